import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { proseRenderer } from '../../src/pipeline/prose.ts';
import { pageSlug, renderSections } from '../../src/pipeline/sections.ts';
import { renderHandbook, renderSite } from '../../src/render/index.ts';
import type { RenderInput } from '../../src/render/types.ts';

let work: string;
let plan: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'salesplan-pages-'));
  plan = path.join(work, 'content');
  await cp('content', plan, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (front: string, prose: string) => `---\nsection: page\n${front}\n---\n\n${prose}\n`;

async function render() {
  const loaded = await loadPlan(plan, work);
  expect(loaded.files.flatMap((f) => f.messages.filter((m) => m.fatal).map(String))).toEqual([]);
  const { facts, model } = loaded;
  if (!facts || !model) throw new Error('the plan did not validate');
  const input: RenderInput = {
    facts,
    model,
    sections: renderSections({ ...loaded, facts, proseHtml: proseRenderer(loaded.htmlPolicy) }),
    diagrams: new Map(),
    downloads: [],
    warnings: [],
  };
  return { input, site: renderSite(input, { templateDirs: [] }) };
}

describe('extra prose pages (`section: page`)', () => {
  it('become their own site pages, listed in the nav under their parent only', async () => {
    await writeFile(path.join(plan, '10-onboarding.md'), page('title: Onboarding notes\nparent: team', 'Week one: shadow calls.'));
    await writeFile(path.join(plan, '11-faq.md'), page('title: FAQ\nparent: team', 'Questions we hear.'));
    await writeFile(path.join(plan, '12-glossary.md'), page('title: Glossary', 'ICP: ideal customer profile.'));
    const { input, site } = await render();

    expect(input.sections.map((s) => s.slug)).toEqual([
      'index', 'mission', 'goals', 'team', 'onboarding', 'faq', 'customers', 'process', 'action-plan', 'metrics', 'glossary',
    ]);
    const file = (name: string) => site.files.find((f) => f.path === name)?.contents ?? '';
    expect(file('onboarding.html')).toContain('Week one: shadow calls.');
    expect(file('onboarding.html')).toContain('<h1 id="title-onboarding">Onboarding notes</h1>');
    // The team page and its pages show the sub-list; other sections' pages do not.
    expect(file('team.html')).toMatch(/class="nav-children".*href="onboarding\.html".*href="faq\.html"/s);
    expect(file('faq.html')).toMatch(/href="faq\.html" aria-current="page"/);
    expect(file('goals.html')).not.toContain('onboarding.html');
    // A page without a parent is a top-level entry at the end.
    expect(file('goals.html')).toContain('href="glossary.html"');
    expect(file('glossary.html')).not.toContain('<script');
  });

  it('are printed in the handbook right after their parent', async () => {
    await writeFile(path.join(plan, '10-onboarding.md'), page('title: Onboarding notes\nparent: team', 'Week one: shadow calls.'));
    const { input } = await render();
    const html = renderHandbook(input, { templateDirs: [] });
    const team = html.indexOf('id="team-title"');
    const onboarding = html.indexOf('Week one: shadow calls.');
    const customers = html.indexOf('id="customers-title"');
    expect(team).toBeGreaterThan(0);
    expect(onboarding).toBeGreaterThan(team);
    expect(customers).toBeGreaterThan(onboarding);
  });

  it('may be many, but each needs a title and a known parent, reported at the value', async () => {
    await writeFile(path.join(plan, '10-a.md'), page('title: A', 'a'));
    await writeFile(path.join(plan, '11-b.md'), page('title: B\nparent: teams', 'b'));
    await writeFile(path.join(plan, '12-c.md'), page('parent: team', 'c'));
    const loaded = await loadPlan(plan, work);
    const errors = loaded.files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${path.basename(f.path)}:${m.line}:${m.column} ${m.reason}`));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^11-b\.md:4:9 .*parent/);
    expect(errors[1]).toMatch(/^12-c\.md:\d+:\d+ .*title/);
    expect(errors.join('\n')).not.toMatch(/already in/);
  });

  it('get a slug from the file name that no section or other page has', () => {
    expect(pageSlug('12-Onboarding notes')).toBe('onboarding-notes');
    expect(pageSlug('007')).toBe('page');
  });
});
