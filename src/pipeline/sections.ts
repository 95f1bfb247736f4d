import type { ParsedSection } from '../parse/index.ts';
import type { RenderInput, RenderedProse } from '../render/index.ts';
import type { ValidPage } from '../validate/index.ts';
import { SECTION_KEYS, type PlanFacts, type SectionKey } from '../validate/index.ts';

/** The parsed file that holds each section, once validation has accepted the plan. */
export function sectionsByKey(parsed: ParsedSection[]): Map<SectionKey, ParsedSection> {
  const byKey = new Map<SectionKey, ParsedSection>();
  for (const section of parsed) {
    const key = section.data?.section;
    if (typeof key === 'string' && (SECTION_KEYS as readonly string[]).includes(key) && !byKey.has(key as SectionKey)) {
      byKey.set(key as SectionKey, section);
    }
  }
  return byKey;
}

/** What the render stage needs of a loaded, valid plan (see load-plan.ts). */
export interface SectionsInput {
  facts: PlanFacts;
  byKey: ReadonlyMap<SectionKey, ParsedSection>;
  pages?: readonly ValidPage[];
  /** The prose of a section as HTML under the plan's sanitising policy. */
  proseHtml: (section: ParsedSection) => RenderedProse;
}

/**
 * Pages in reading order, with the title the author gave (frontmatter `title`, else the first # heading) and their
 * prose as HTML: this is where, at render time, each file's parsed tree becomes HTML.
 */
export function renderSections({ facts, byKey, pages = [], proseHtml }: SectionsInput): RenderInput['sections'] {
  const sections = SECTION_KEYS.flatMap((key) => {
    const parsed = byKey.get(key);
    if (!parsed) return [];
    const fromFacts = key === 'plan' ? facts.plan.title : facts[key].title;
    const { html, headings } = proseHtml(parsed);
    return [
      {
        key,
        slug: key === 'plan' ? 'index' : key.replaceAll('_', '-'),
        title: fromFacts ?? parsed.title ?? key,
        html,
        headings,
        file: parsed.file.path,
      },
    ];
  });
  return withPages(sections, pages, proseHtml);
}

/** Extra pages right after their parent section (in file order), parentless ones at the end. */
function withPages(
  sections: RenderInput['sections'],
  pages: readonly ValidPage[],
  proseHtml: SectionsInput['proseHtml'],
): RenderInput['sections'] {
  if (pages.length === 0) return sections;
  const taken = new Set(sections.map((s) => s.slug));
  const views = pages.map(({ parsed, facts }) => {
    const base = pageSlug(parsed.file.stem ?? 'page');
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    const { html, headings } = proseHtml(parsed);
    return {
      key: 'page' as const,
      ...(facts.parent ? { parent: facts.parent } : {}),
      slug,
      title: facts.title,
      html,
      headings,
      file: parsed.file.path,
    };
  });
  const present = new Set(sections.map((s) => s.key));
  const under = (key: string) => views.filter((v) => v.parent === key);
  return [
    ...sections.flatMap((s) => [s, ...under(s.key)]),
    ...views.filter((v) => !v.parent || !present.has(v.parent)),
  ];
}

/** `12-onboarding notes.md` → `onboarding-notes`: the file name readers see in the address bar. */
export function pageSlug(stem: string): string {
  const slug = stem
    .toLowerCase()
    .replace(/^[\d\s._-]+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'page';
}
