import { beforeAll, describe, expect, it } from 'vitest';
import { formatFor } from '../../src/core/format.ts';
import { loadPlan } from '../../src/pipeline/load-plan.ts';
import { proseRenderer } from '../../src/pipeline/prose.ts';
import { renderSections } from '../../src/pipeline/sections.ts';
import { BUILTIN_TEMPLATES, handbookRoles, present, roleHandbookHtml, type RenderInput } from '../../src/render/index.ts';

// Issue 12, item 11: a role handbook is the rep's own. Its stage pages say which volume is the team's and what one
// rep of the role is to reach there, and the plan's links are on its cover, their addresses printed for paper.
const plans = { en: 'content', sv: 'examples/sv/content' } as const;
const inputs = new Map<string, RenderInput>();

beforeAll(async () => {
  for (const [key, dir] of Object.entries(plans)) {
    const loaded = await loadPlan(dir, process.cwd());
    const { facts, model } = loaded;
    if (!facts || !model) throw new Error(`${dir} did not validate`);
    const sections = renderSections({ ...loaded, facts, proseHtml: proseRenderer(loaded.htmlPolicy) });
    inputs.set(key, { facts, model, sections, diagrams: new Map(), downloads: [], warnings: [] });
  }
});

const roleHtml = (key: string, roleId: string) => roleHandbookHtml(present(inputs.get(key)!, { templateDirs: [BUILTIN_TEMPLATES] }), roleId);

// The templates' own markup, read with patterns: the tests' dependencies hold no HTML parser.
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const stageArticles = (html: string) => [...html.matchAll(/<article class="role-stage">([\s\S]*?)<\/article>/g)].map((m) => m[1]!);
/** Each `dt` → `dd` pair of one stage article, as text. */
const pairs = (article: string) => [...article.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [text(m[1]!), text(m[2]!)] as const);

describe.each(Object.keys(plans))('role handbooks (%s)', (key) => {
  it("show one rep's target beside the team's volume on each stage the role is paid on", () => {
    const input = inputs.get(key)!;
    const f = formatFor(input.facts.plan);
    let shown = 0;
    for (const { id } of handbookRoles(input)) {
      const plan = input.model.roles.find((r) => r.role === id)!;
      const owned = input.facts.process.stages.filter((s) => s.owner === id);
      const volumes = input.model.stages.filter((_, i) => input.facts.process.stages[i]?.owner === id).map((s) => s.volume);
      const articles = stageArticles(roleHtml(key, id));
      expect(articles).toHaveLength(owned.length);
      owned.forEach((stage, i) => {
        const values = pairs(articles[i]!);
        const outcome = plan.outcomes.find((t) => t.kind === 'stage' && t.id === stage.funnel_stage);
        const row = input.model.funnel.find((r) => r.id === stage.funnel_stage);
        const team = values.find(([label]) => /team|teamets/i.test(label));
        // The stage's own volume: a prospecting stage of one source books that source's part of the meetings.
        const volume = volumes[i];
        expect(team?.[1]).toBe(volume ? f.count(volume) : team?.[1]);
        if (volume && row) expect(volume.lte(row.need.period)).toBe(true);
        const target = values.find(([label]) => /your target|ditt mål/i.test(label));
        if (!outcome) {
          expect(target).toBeUndefined();
          return;
        }
        shown++;
        // One rep's figure, never the team's: a role of several reps is asked for less than the stage's volume.
        expect(target?.[1]).toBe(f.count(outcome.perRep.period.toDecimalPlaces(0)));
        if (volume && plan.heads.gt(1)) expect(outcome.perRep.period.lt(volume)).toBe(true);
      });
    }
    expect(shown).toBeGreaterThanOrEqual(3);
  });

  it("print the plan's links on the cover, with their addresses", () => {
    const input = inputs.get(key)!;
    const links = input.facts.plan.links ?? [];
    for (const { id } of handbookRoles(input)) {
      const cover = /<section class="cover"[\s\S]*?<\/section>/.exec(roleHtml(key, id))?.[0] ?? '';
      const items = [...cover.matchAll(/<li><a href="([^"]*)">[\s\S]*?<\/a> <span class="cover-link-url">([^<]*)<\/span><\/li>/g)];
      expect(links.length).toBeGreaterThan(0);
      expect(items.map((m) => m[1])).toEqual(links.map((l) => l.href));
      expect(items.map((m) => m[2])).toEqual(links.map((l) => l.href));
    }
  });
});
