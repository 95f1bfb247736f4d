import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { paperOf } from '../../src/core/paper.ts';
import { report } from '../../src/core/diagnostics/index.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-config-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('salesplan.config.json', () => {
  it('without a file, the defaults apply', async () => {
    const cwd = await folder('none', {});
    const { config, ok } = await loadConfig(cwd);
    expect(ok).toBe(true);
    expect(config).toMatchObject({ plan: 'content', out: 'output', cacheDir: '.salesplan-cache', site: true, pdf: true, roleHandbooks: true, numbers: true, theme: 'neutral', drafts: false });
    // No paper setting: the plan's locale chooses the size at build time (paperOf), the margins are the default's.
    expect(config.paper).toEqual({});
    expect(paperOf(config.paper, 'en-US')).toEqual({ size: 'Letter', margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' } });
    expect(paperOf(config.paper, 'sv-SE').size).toBe('A4');
    expect(config.baseUrl).toBeUndefined();
  });

  it('defaults < config file < flags', async () => {
    const cwd = await folder('precedence', {
      'salesplan.config.json': JSON.stringify({
        plan: 'plan',
        out: 'public',
        formats: { pdf: false, numbers: false },
        paper: { size: 'Letter', margin: { left: '1in' } },
        theme: 'forest',
        drafts: true,
        baseUrl: 'https://example.com/q4/',
      }),
    });
    const fromFile = (await loadConfig(cwd)).config;
    expect(fromFile).toMatchObject({ plan: 'plan', out: 'public', pdf: false, numbers: false, site: true, theme: 'forest', drafts: true, baseUrl: 'https://example.com/q4/' });
    // A paper setting fills in from the one default: only what the file says changes, whatever the plan's locale.
    expect(paperOf(fromFile.paper, 'sv-SE')).toEqual({ size: 'Letter', margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '1in' } });
    expect(fromFile.file).toBe('salesplan.config.json');
    const flagged = (await loadConfig(cwd, { out: 'elsewhere', pdf: true, theme: 'dark', drafts: false })).config;
    expect(flagged).toMatchObject({ plan: 'plan', out: 'elsewhere', pdf: true, theme: 'dark', drafts: false, baseUrl: 'https://example.com/q4/' });
  });

  it('is also found in the plan folder, with paths relative to it', async () => {
    const cwd = await folder('in-plan', { 'content/salesplan.config.json': '{ "out": "../site" }' });
    const { config } = await loadConfig(cwd);
    expect(config.out).toBe('site');
    expect(config.file).toBe(path.join('content', 'salesplan.config.json'));
  });

  it('reports mistakes at their line and column, with suggestions', async () => {
    const cwd = await folder('bad', {
      'salesplan.config.json': '{\n  "out": "site",\n  "theme": "forrest",\n  "fromats": { "pdf": false }\n}\n',
    });
    const { ok, files } = await loadConfig(cwd);
    expect(ok).toBe(false);
    const text = report(files);
    expect(text).toMatch(/salesplan\.config\.json:3:\d+ error .*theme.*forest/);
    expect(text).toMatch(/salesplan\.config\.json:4:\d+ error unknown field `fromats`; did you mean `formats`\?/);
  });
});
