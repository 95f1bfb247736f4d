import type { SectionKey } from '../validate/index.ts';
import type { LabelId, Labels } from '../core/labels/index.ts';

/** A heading the section's own template writes above a computed table, card list or diagram. */
export interface TableHeading {
  /** The table kind (`funnel`, `capacity`): with the section it makes the id, so the id never shifts. */
  kind: string;
  id: string;
  text: string;
  depth: 2 | 3;
}

type Entry = readonly [kind: string, label: LabelId, depth: 2 | 3, shown?: (facts: FactsShape) => boolean];

/** The parts of a section's facts that decide whether an optional table is there (see the section partials). */
interface FactsShape {
  positioning?: unknown;
  activities?: readonly unknown[];
  people?: readonly unknown[];
  capacity?: unknown;
  hiring?: readonly unknown[];
  methods?: readonly unknown[];
  dashboards?: readonly unknown[];
  tools?: readonly unknown[];
  sourcesHeading?: string;
}

const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

/**
 * What each section's template shows above its prose, in the order it shows it: the same list makes the
 * headings' ids (templates/partials/sections/*.hbs place them), the site's "On this page", the handbook's
 * contents and, through the headings, the PDF's bookmarks.
 */
const SECTION_HEADINGS: Partial<Record<SectionKey, readonly Entry[]>> = {
  plan: [
    ['funnel-headline', 'funnel_headline', 2],
    ['headcount-gap', 'headcount_gap', 2],
    ['coverage', 'coverage_status', 2],
  ],
  mission: [
    ['positioning', 'positioning', 2, (f) => Boolean(f.positioning)],
    ['competitors', 'competitors', 2],
    ['value-proposition', 'value_proposition', 2],
  ],
  goals: [
    ['targets', 'targets', 2],
    ['phasing', 'phasing', 3],
    ['funnel', 'funnel', 2],
    ['sources', 'sources', 2],
    ['activity-targets', 'activity_targets', 2, (f) => some(f.activities)],
    ['economics', 'economics', 2],
  ],
  team: [
    ['org-chart', 'org_chart', 2],
    ['roles', 'roles', 2],
    ['headcount', 'headcount', 2],
    ['roster', 'roster', 3, (f) => some(f.people)],
    ['capacity', 'capacity', 2, (f) => Boolean(f.capacity)],
    ['hiring', 'hiring', 2, (f) => some(f.hiring)],
  ],
  customers: [
    ['icp', 'icp', 2],
    ['personas', 'personas', 2],
  ],
  process: [
    ['diagram', 'process', 2],
    ['stages', 'stages', 2],
    ['methods', 'methods', 2, (f) => some(f.methods)],
  ],
  action_plan: [
    ['timeline', 'timeline', 2],
    ['milestones', 'milestones', 2],
  ],
  metrics: [
    ['kpis', 'kpis', 2],
    ['dashboards', 'dashboards', 2, (f) => some(f.dashboards)],
    ['tools', 'tools', 2, (f) => some(f.tools)],
  ],
};

/** The id of a section's table heading: `goals-funnel`, `team-capacity`; the same on the site and in the handbook. */
export function tableHeadingId(key: string, kind: string): string {
  return `${key.replace(/_/g, '-')}-${kind}`;
}

/** The headings a section's template writes, with their ids and texts, for the facts it shows. */
export function tableHeadings(key: SectionKey | 'page', facts: unknown, l: Labels): TableHeading[] {
  const entries = key === 'page' ? undefined : SECTION_HEADINGS[key];
  if (!entries) return [];
  const shape = (facts ?? {}) as FactsShape;
  return entries
    .filter(([, , , shown]) => !shown || shown(shape))
    .map(([kind, label, depth]) => ({
      kind,
      id: tableHeadingId(key, kind),
      text: kind === 'sources' && shape.sourcesHeading ? shape.sourcesHeading : l[label],
      depth,
    }));
}

/** Every id a section's template may place, shown or not: `ids.funnel` in the partial. */
export function tableHeadingIds(key: SectionKey | 'page'): Record<string, string> {
  const entries = key === 'page' ? [] : (SECTION_HEADINGS[key] ?? []);
  return Object.fromEntries(entries.map(([kind]) => [kind, tableHeadingId(key, kind)]));
}
