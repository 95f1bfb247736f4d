import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { toJsonMessages, type JsonMessage } from '../../src/core/diagnostics/index.ts';
import { listCases, preparePlan } from '../reliability/corpus-cases.ts';
import { runEdited } from './run-plan.ts';

/** The ids GitHub gives the README's headings: what a message's `url` must point at. */
function readmeAnchors(): Set<string> {
  const text = readFileSync(path.resolve('README.md'), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const anchors = new Set<string>();
  for (const [, heading] of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (heading ?? '').trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    let unique = slug;
    for (let n = 1; anchors.has(unique); n++) unique = `${slug}-${n}`;
    anchors.add(unique);
  }
  return anchors;
}

const STAGES = ['parse', 'validate', 'model', 'diagrams', 'config'];

function expectWellFormed(message: JsonMessage, anchors: Set<string>): void {
  const where = `${message.file}:${message.line} ${message.reason}`;
  expect(message.ruleId, where).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(STAGES, where).toContain(message.source);
  expect(message.url, where).toMatch(/^README\.md#/);
  expect(anchors, `${where}: ${message.url}`).toContain(message.url?.slice('README.md#'.length));
}

describe('a duplicate', () => {
  it('id carries a cause at its first definition', async () => {
    const { messages } = await runEdited({ '04-team.md': [['id: bdr', 'id: sdr']] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: 'content/04-team.md', line: 13, ruleId: 'duplicate-id' });
    expect(messages[0]?.cause).toEqual({ file: 'content/04-team.md', line: 7, column: 9, endLine: 7, endColumn: 12, reason: 'first defined here' });
  });

  it('section carries a cause in the file that has it first', async () => {
    const { messages } = await runEdited({ '06-process.md': [['section: process', 'section: goals']] });
    const duplicate = messages.find((m) => m.ruleId === 'duplicate-section');
    expect(duplicate?.file).toBe('content/06-process.md');
    expect(duplicate?.cause).toMatchObject({ file: 'content/03-goals.md', line: 2, column: 10, reason: 'first defined here' });
  });

  it('YAML key carries a cause at the first key', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['target: 250000', 'target: 250000\ntarget: 1']] });
    expect(messages[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 4 });
    expect(messages[0]?.cause).toMatchObject({ file: 'content/03-goals.md', line: 3, column: 1 });
  });
});

describe('a "did you mean"', () => {
  it('carries what was written as actual and what was meant as expected', async () => {
    const { messages } = await runEdited({
      '01-plan.md': [['currency: USD', 'currency: USS']],
      '03-goals.md': [['rate: 25%', 'rate: 25']],
      '04-team.md': [['    quota: 600000', '    qouta: 600000']],
      '08-metrics.md': [['kind: primary', 'kind: primray']],
    });
    const guesses = messages.map((m) => [m.ruleId, m.actual, m.expected]);
    expect(guesses).toEqual(
      expect.arrayContaining([
        ['invalid-currency', 'USS', ['USD']],
        ['invalid-value', '25', ['25%']],
        ['unknown-field', 'qouta', ['quota']],
        ['invalid-value', 'primray', ['primary']],
      ]),
    );
    // References are checked once the sections they join validated; one without a guess says so with nulls.
    const { messages: refs } = await runEdited({ '06-process.md': [['owner: sdr', 'owner: sdrs'], ['owner: ae', 'owner: nobody_like_this']] });
    expect(refs.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['unknown-reference', 'sdrs', ['sdr']],
      ['unknown-reference', null, null],
    ]);
  });
});

describe('every message of the bad-input corpus', () => {
  const anchors = readmeAnchors();
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'salesplan-shape-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('has a ruleId, a source stage and a url to a README heading', async () => {
    let count = 0;
    for (const broken of await listCases()) {
      const cwd = path.join(work, broken.name);
      await preparePlan(broken, path.join(cwd, 'plan'));
      for (const message of toJsonMessages((await loadPlan('plan', cwd)).files)) {
        expectWellFormed(message, anchors);
        count++;
      }
    }
    expect(count).toBeGreaterThan(80);
  });

  it('points a field of a section at that section of the README', async () => {
    const { messages } = await runEdited({ '04-team.md': [['    quota: 600000', '    qouta: 600000']], '01-plan.md': [['currency: USD', 'currency: USS']] });
    expect(messages.map((m) => m.url)).toEqual(['README.md#section-plan', 'README.md#section-team']);
  });
});

describe('the model\'s findings', () => {
  it('are messages of the same shape, source model, placed on their value', async () => {
    const loaded = await loadPlan('content', process.cwd());
    const findings = toJsonMessages(loaded.files).filter((m) => m.source === 'model');
    expect(findings.map((m) => [m.ruleId, m.url])).toEqual([
      ['payback-long', 'README.md#section-goals'],
      ['capacity-unusual', 'README.md#section-team'],
      // The stretch scenario's own findings, placed on its overrides in scenarios.yaml.
      ['month-short', 'README.md#section-goals'],
      ['requisition-past', 'README.md#section-team'],
    ]);
    expect(findings.slice(2).map((m) => m.file)).toEqual(['content/scenarios.yaml', 'content/scenarios.yaml']);
    for (const message of findings) expectWellFormed(message, readmeAnchors());
    expect(findings[0]).toMatchObject({ file: 'content/02-goals.md', line: 26, column: 15, reason: 'CAC payback is 27.1 months, over 12' });
  });
});
