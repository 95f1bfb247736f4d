import type { ParsedSection } from '../parse/index.ts';
import { list, type SectionKey } from '../validate/index.ts';

type Path = readonly (string | number)[];

/** A kind of id the plan defines once and names elsewhere. */
export type IdKind = 'role' | 'stage' | 'method' | 'milestone' | 'activity';

/** Where each kind is defined: the section, the list and the field holding the id. */
export const DEFINITIONS: Record<IdKind, { section: SectionKey; list: string; field: string }> = {
  role: { section: 'team', list: 'roles', field: 'id' },
  stage: { section: 'goals', list: 'funnel', field: 'id' },
  method: { section: 'process', list: 'methods', field: 'id' },
  milestone: { section: 'action_plan', list: 'milestones', field: 'id' },
  activity: { section: 'goals', list: 'sources', field: 'activity' },
};

/**
 * The fields that name an id defined elsewhere, per section, as path patterns (`*` any list index): the same
 * fields validate/references.ts checks.
 */
const REFERENCES: { section: SectionKey; pattern: readonly (string | '*')[]; kind: IdKind }[] = [
  { section: 'goals', pattern: ['pipeline_stage'], kind: 'stage' },
  { section: 'team', pattern: ['roles', '*', 'reports_to'], kind: 'role' },
  { section: 'team', pattern: ['people', '*', 'role'], kind: 'role' },
  { section: 'team', pattern: ['hires', '*', 'role'], kind: 'role' },
  { section: 'process', pattern: ['stages', '*', 'owner'], kind: 'role' },
  { section: 'process', pattern: ['stages', '*', 'funnel_stage'], kind: 'stage' },
  { section: 'process', pattern: ['stages', '*', 'method'], kind: 'method' },
  { section: 'action_plan', pattern: ['milestones', '*', 'owner'], kind: 'role' },
  { section: 'action_plan', pattern: ['milestones', '*', 'depends_on', '*'], kind: 'milestone' },
  { section: 'metrics', pattern: ['kpis', '*', 'stage'], kind: 'stage' },
  { section: 'metrics', pattern: ['kpis', '*', 'role'], kind: 'role' },
  { section: 'metrics', pattern: ['dashboards', '*', 'role'], kind: 'role' },
];

const matches = (pattern: readonly (string | '*')[], path: Path) =>
  pattern.length === path.length && pattern.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]));

/** What the value at `path` of a section is: a reference to an id, the definition of one, or neither. */
export function idAt(section: SectionKey, path: Path): { kind: IdKind; role: 'reference' | 'definition' } | undefined {
  const reference = REFERENCES.find((r) => r.section === section && matches(r.pattern, path));
  if (reference) return { kind: reference.kind, role: 'reference' };
  for (const [kind, d] of Object.entries(DEFINITIONS) as [IdKind, (typeof DEFINITIONS)[IdKind]][]) {
    if (d.section === section && matches([d.list, '*', d.field], path)) return { kind, role: 'definition' };
  }
  return undefined;
}

/** The kind of id a field takes when the cursor is at its value: for completion. */
export function kindOfField(section: SectionKey, path: Path): IdKind | undefined {
  const found = idAt(section, path);
  return found?.role === 'reference' ? found.kind : undefined;
}

export interface IdPlace {
  section: ParsedSection;
  path: (string | number)[];
}

/** Every id of a kind the plan defines, with where. */
export function definitions(byKey: ReadonlyMap<SectionKey, ParsedSection>, kind: IdKind): (IdPlace & { name: string })[] {
  const d = DEFINITIONS[kind];
  const section = byKey.get(d.section);
  return section ? list(section.data ?? {}, d.list, d.field).map((id) => ({ ...id, section })) : [];
}

/** Every place that names an id of a kind. */
export function references(byKey: ReadonlyMap<SectionKey, ParsedSection>, kind: IdKind, name: string): IdPlace[] {
  const places: IdPlace[] = [];
  for (const ref of REFERENCES.filter((r) => r.kind === kind)) {
    const section = byKey.get(ref.section);
    if (!section?.data) continue;
    for (const path of expand(section.data, ref.pattern)) {
      if (valueAt(section.data, path) === name) places.push({ section, path });
    }
  }
  return places;
}

/** The concrete paths a pattern matches in the data. */
function expand(data: unknown, pattern: readonly (string | '*')[], prefix: (string | number)[] = []): (string | number)[][] {
  if (pattern.length === 0) return [prefix];
  const [head, ...rest] = pattern;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => expand(item, rest, [...prefix, i])) : [];
  }
  if (typeof data !== 'object' || data === null || !(head! in data)) return [];
  return expand((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

export function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
