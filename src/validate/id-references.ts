import type { Named } from './context.ts';
import { isId } from './ids.ts';
import type { SectionKey } from './schema/index.ts';

/**
 * The one table of the plan's cross-file ids: where each kind is defined and every field that names one. check's
 * reference rule (references.ts) and the language server's go to definition, find references and completion
 * (lsp/references.ts) both read it, so a field added here is checked and navigable alike.
 */

/** A kind of id the plan defines once and names elsewhere. */
export type IdKind = 'role' | 'stage' | 'method' | 'milestone' | 'activity';

/** Where each kind is defined (the section, the list and the field holding the id), and the word messages use. */
export const ID_DEFINITIONS: Record<IdKind, { section: SectionKey; list: string; field: string; word: string }> = {
  role: { section: 'team', list: 'roles', field: 'id', word: 'role' },
  stage: { section: 'goals', list: 'funnel', field: 'id', word: 'funnel stage' },
  method: { section: 'process', list: 'methods', field: 'id', word: 'method' },
  milestone: { section: 'action_plan', list: 'milestones', field: 'id', word: 'milestone' },
  activity: { section: 'goals', list: 'sources', field: 'activity', word: 'source activity' },
};

/** A field that names an id defined elsewhere, as a path pattern in its section (`*`: any list index). */
export interface IdReference {
  section: SectionKey;
  pattern: readonly (string | '*')[];
  kind: IdKind;
}

export const ID_REFERENCES: readonly IdReference[] = [
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

/** The concrete paths a pattern matches in a section's data, validated or not. */
export function expandPattern(data: unknown, pattern: readonly (string | '*')[], prefix: (string | number)[] = []): (string | number)[][] {
  if (pattern.length === 0) return [prefix];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => expandPattern(item, rest, [...prefix, i])) : [];
  if (typeof data !== 'object' || data === null || !(head! in data)) return [];
  return expandPattern((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The well-formed ids a reference field names in the data (a malformed one gets the schema's message alone). */
export function referencesIn(data: object, reference: IdReference): Named[] {
  return expandPattern(data, reference.pattern).flatMap((path) => {
    const name = valueAt(data, path);
    return isId(name) ? [{ name, path }] : [];
  });
}
