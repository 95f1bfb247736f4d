import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';

// The example plan's site, built once without PDFs: every computed table's heading is linkable and listed.
let work: string;
let out: string;
const PAGES: Record<string, string[]> = {
  index: ['plan-funnel-headline', 'plan-headcount-gap', 'plan-coverage'],
  mission: ['mission-competitors', 'mission-value-proposition'],
  goals: ['goals-targets', 'goals-phasing', 'goals-funnel', 'goals-sources', 'goals-activity-targets', 'goals-economics'],
  team: ['team-org-chart', 'team-roles', 'team-headcount', 'team-capacity', 'team-hiring'],
  customers: ['customers-icp', 'customers-personas'],
  process: ['process-diagram', 'process-stages'],
  'action-plan': ['action-plan-timeline', 'action-plan-milestones'],
  metrics: ['metrics-kpis'],
};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-table-headings-'));
  out = path.join(work, 'output');
  const result = await build({ planDir: 'content', outDir: out, cacheDir: path.join(work, 'cache'), pdf: false });
  expect(result.ok).toBe(true);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('computed tables have stable ids', () => {
  for (const [page, ids] of Object.entries(PAGES)) {
    it(`${page}.html: each id is a heading and is listed in "On this page", in the page's order`, async () => {
      const html = await readFile(path.join(out, `${page}.html`), 'utf8');
      const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const listed = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      for (const id of ids) expect(html).toMatch(new RegExp(`<h[23] id="${id}"`));
      // Listed in the order the page shows them, and every listed anchor exists.
      expect(listed.filter((id) => ids.includes(id!))).toEqual(ids);
      for (const id of listed) expect(html).toContain(`id="${id}"`);
      // Each listed heading's level as the page has it: an entry indented under no parent would read as one.
      const depths = [...toc.matchAll(/class="toc-depth-(\d)"><a href="#([^"]+)"/g)].map((m) => [m[2], Number(m[1])]);
      for (const [id, depth] of depths) expect(html, String(id)).toMatch(new RegExp(`<h${depth} id="${id}"`));
      expect(depths[0]?.[1], page).toBe(2);
    });
  }
});
