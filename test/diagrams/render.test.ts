import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/launch.ts';
import { generatedDiagrams } from '../../src/diagrams/index.ts';
import { renderDiagrams } from '../../src/diagrams/mermaid-page.ts';
import type { DiagramSpec } from '../../src/diagrams/types.ts';
import { computeMilestones } from '../../src/model/milestones.ts';
import { formatFor } from '../../src/core/format.ts';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { exampleFacts, exampleModel } from './fixture.ts';

const session = new BrowserSession();
let cacheDir: string;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'salesplan-diagram-cache-'));
});

afterAll(async () => {
  await session.close();
  await rm(cacheDir, { recursive: true, force: true });
});

const generated = () => generatedDiagrams(exampleFacts(), exampleModel());
const broken: DiagramSpec = { id: '03-goals-1', source: 'flowchart LR\n  A --> (', title: 'Broken', description: 'Does not parse.' };
const journey: DiagramSpec = {
  id: 'journey',
  source: 'journey\n  title Buying\n  section Evaluate\n    Demo: 5: Buyer',
  title: 'Buyer journey',
  description: 'How a buyer evaluates.',
};

/** The text a reader sees: tags dropped, tspans of one label joined. */
function visibleText(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('renderDiagrams', () => {
  it('renders every diagram to a labelled, inert SVG and reports a broken one with mermaid’s message', async () => {
    const specs = [...generated(), broken, journey];
    const { results, errors, stats } = await renderDiagrams(specs, { session, cacheDir });

    expect(errors).toHaveLength(1);
    expect(errors[0]!.id).toBe('03-goals-1');
    expect(errors[0]!.message).toMatch(/Parse error on line 2/);
    expect([...results.keys()]).toEqual(['process', 'process-narrow', 'gantt', 'org', 'journey']);
    expect(stats).toMatchObject({ rendered: 5, cached: 0 });

    for (const spec of specs.filter((s) => s !== broken)) {
      const { svg, title, description, cached } = results.get(spec.id)!;
      expect(cached).toBe(false);
      expect(title).toBe(spec.title);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<foreignObject/i);
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/\son\w+\s*=/i);
      expect(svg).toMatch(/^<svg[^>]*\brole="img"/);
      expect(svg).toContain(`<title id="diagram-${spec.id}-title">${title}</title>`);
      expect(svg).toContain(`<desc id="diagram-${spec.id}-desc">${description}</desc>`);
      // Every element id is prefixed with the diagram's own, so several diagrams can share one HTML page.
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id.startsWith(`diagram-${spec.id}`)).toBe(true);
    }

    // Flowchart labels wrap at 130 px: the spaces between wrapped rows are lost.
    const process = visibleText(results.get('process')!.svg).replace(/\s+/g, '');
    expect(process).toContain('160meetingsheld(80%)');
    expect(process).toContain('Prospecting');
    const org = visibleText(results.get('org')!.svg);
    expect(org).toContain('Head of Sales:1 current + 0 planned');
    const gantt = visibleText(results.get('gantt')!.svg);
    expect(gantt).toContain('Recruit Account Executive');
    expect(gantt).toContain('Launch outbound');
    // The launch (its own start Nov 1) is drawn after the playbook it waits for (to Oct 30), defined further down.
    const bar = (task: string) => {
      const rect = new RegExp(`<rect[^>]*id="diagram-gantt-${task}"[^>]*>`).exec(results.get('gantt')!.svg)![0];
      const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(rect)![1]);
      return { start: num('x'), end: num('x') + num('width') };
    };
    expect(bar('m2').start).toBeGreaterThanOrEqual(bar('m1').end);
    expect(bar('m2').start).toBeGreaterThan(bar('m0').end);
    // One day (Oct 31) between them, at the scale of the Oct 1 – Nov 20 chart.
    expect(bar('m2').start - bar('m1').end).toBeLessThan((bar('m1').end - bar('m1').start) / 10);
    // The journey chart's HTML labels were turned into SVG text, not dropped.
    expect(visibleText(results.get('journey')!.svg)).toContain('Buyer');
  });

  it('draws each source of both example plans with its name, its activity volume and what it delivers', async () => {
    const squash = (text: string) => text.replace(/\s+/g, '');
    for (const dir of ['content', 'examples/sv/content']) {
      const { facts, model } = await loadPlan(dir, process.cwd());
      const format = formatFor(model!);
      const specs = generatedDiagrams(facts!, model!)
        .filter((s) => s.id.startsWith('process'))
        .map((s) => ({ ...s, id: `${dir.replace(/\W/g, '-')}-${s.id}` }));
      const { results, errors } = await renderDiagrams(specs, { session, cacheDir });
      expect(errors).toEqual([]);
      expect(results.size).toBe(2);
      for (const { svg } of results.values()) {
        const text = squash(visibleText(svg));
        for (const source of model!.sources) {
          expect(text).toContain(squash(source.name));
          expect(text).toContain(squash(format.count(source.volume.period)));
          expect(text).toContain(squash(`${format.count(source.stageNeed)} ${model!.funnel[0]!.name}`));
        }
      }
    }
  });

  it('shows plan text as written, whatever characters it holds', async () => {
    const nasty = 'R&D "Ops" <b>lead</b> #1; a:b [x] (y) 50%';
    const facts = exampleFacts({
      roles: [{ id: 'ops', title: nasty }],
      stages: [{ id: 's', name: nasty, owner: 'ops' }],
      milestones: [{ id: 'm', title: nasty, owner: 'ops', start: '2026-10-01', duration_days: 5 }],
    });
    const model = exampleModel({ hiring: [], milestones: computeMilestones(facts.action_plan) });
    const specs = generatedDiagrams(facts, model).map((s) => ({ ...s, id: `nasty-${s.id}` }));
    const { results, errors } = await renderDiagrams(specs, { session, cacheDir });
    expect(errors).toEqual([]);
    // Labels wrap into rows (spaces lost between them); flowchart quotes turn typographic.
    const squash = (text: string) => text.replace(/\u2060/g, '').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, '');
    for (const id of ['nasty-process', 'nasty-gantt', 'nasty-org']) {
      expect(squash(visibleText(results.get(id)!.svg))).toContain(squash(nasty));
    }
    expect(results.get('nasty-process')!.svg).not.toContain('<b>');
  });

  it('serves a second build from the cache without launching a browser', async () => {
    const second = new BrowserSession();
    try {
      const { results, errors, stats } = await renderDiagrams(generated(), { session: second, cacheDir });
      expect(errors).toEqual([]);
      expect(stats).toMatchObject({ rendered: 0, cached: 4 });
      expect(second.launched).toBe(false);
      expect([...results.values()].every((r) => r.cached)).toBe(true);
      expect(results.get('org')!.svg).toContain('<svg');
      const files = await readdir(cacheDir);
      expect(files.filter((f) => /^[0-9a-f]{64}\.svg$/.test(f)).length).toBeGreaterThanOrEqual(3);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('re-renders when the theme changes', async () => {
    const { stats, results } = await renderDiagrams(generated().slice(3), { session, cacheDir, theme: 'default' });
    expect(stats).toMatchObject({ rendered: 1, cached: 0 });
    expect(results.get('org')!.cached).toBe(false);
  });

  it('gives up on a diagram that takes too long and goes on with a fresh page', async () => {
    const specs = generated()
      .filter((s) => s.id !== 'process-narrow')
      .map((s) => ({ ...s, id: `slow-${s.id}` }));
    const slow = await renderDiagrams(specs.slice(0, 2), { session, cacheDir, timeoutMs: 1 });
    expect(slow.errors.map((e) => e.id)).toEqual(['slow-process', 'slow-gantt']);
    expect(slow.errors[0]!.message).toMatch(/did not finish within/);
    const after = await renderDiagrams(specs.slice(0, 1), { session, cacheDir });
    expect(after.errors).toEqual([]);
    expect(after.stats.rendered).toBe(1);
  });
});
