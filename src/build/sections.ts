import type { ParsedSection } from '../parse/types.ts';
import type { RenderInput } from '../render/types.ts';
import { SECTION_KEYS, type PlanFacts, type SectionKey } from '../validate/schema/index.ts';

/** The parsed file that holds each section, once validation has accepted the plan. */
export function sectionsByKey(parsed: ParsedSection[]): Map<SectionKey, ParsedSection> {
  const byKey = new Map<SectionKey, ParsedSection>();
  for (const section of parsed) {
    const key = section.data?.section;
    if (typeof key === 'string' && (SECTION_KEYS as string[]).includes(key) && !byKey.has(key as SectionKey)) {
      byKey.set(key as SectionKey, section);
    }
  }
  return byKey;
}

/** Pages in reading order, with the title the author gave (frontmatter `title`, else the first # heading). */
export function renderSections(facts: PlanFacts, byKey: Map<SectionKey, ParsedSection>): RenderInput['sections'] {
  return SECTION_KEYS.flatMap((key) => {
    const parsed = byKey.get(key);
    if (!parsed) return [];
    const fromFacts = key === 'plan' ? facts.plan.title : facts[key].title;
    return [
      {
        key,
        slug: key === 'plan' ? 'index' : key.replaceAll('_', '-'),
        title: fromFacts ?? parsed.title ?? key,
        html: parsed.html,
        headings: parsed.headings,
        file: parsed.file.path,
      },
    ];
  });
}
