import type { CheckContext, Named } from './context.ts';
import type { SectionKey } from './schema/index.ts';
import { ID_PATTERN } from './schema/values.ts';

/** Lists of ids that must be unique, each with the word a message uses for one of them. */
const ID_LISTS: { key: SectionKey; kind: string; ids: (facts: object) => Named[] }[] = [
  { key: 'goals', kind: 'funnel stage', ids: (f) => list(f, 'funnel', 'id') },
  { key: 'goals', kind: 'source activity', ids: (f) => list(f, 'sources', 'activity') },
  { key: 'team', kind: 'role', ids: (f) => list(f, 'roles', 'id') },
  { key: 'team', kind: 'person', ids: (f) => [...list(f, 'people', 'id'), ...list(f, 'hires', 'id')] },
  { key: 'customers', kind: 'persona', ids: (f) => list(f, 'personas', 'id') },
  { key: 'process', kind: 'process stage', ids: (f) => list(f, 'stages', 'id') },
  { key: 'process', kind: 'method', ids: (f) => list(f, 'methods', 'id') },
  { key: 'action_plan', kind: 'milestone', ids: (f) => list(f, 'milestones', 'id') },
  { key: 'metrics', kind: 'kpi', ids: (f) => list(f, 'kpis', 'id') },
];

export function checkDuplicateIds(ctx: CheckContext): void {
  for (const { key, kind, ids } of ID_LISTS) {
    const facts = ctx.raw[key];
    if (!facts) continue;
    const first = new Map<string, Named>();
    for (const id of ids(facts)) {
      const earlier = first.get(id.name);
      if (!earlier) {
        first.set(id.name, id);
        continue;
      }
      const firstPlace = ctx.place(key, earlier.path);
      const line = firstPlace?.start.line;
      ctx.error(key, id.path, `duplicate ${kind} id \`${id.name}\`${line ? ` (already used on line ${line})` : ''}`, {
        ruleId: 'duplicate-id',
        hint: `each ${kind} needs its own id; rename one of them`,
        cause: firstPlace ? { place: firstPlace } : undefined,
      });
    }
  }
}

/**
 * The `field` of each item of the list `listKey` that holds a well-formed id. Works on unvalidated data too:
 * items without it, or with a value the schema rejects (reported there), are skipped; ids of hires are optional.
 */
export function list(facts: object, listKey: string, field: string): Named[] {
  const items = (facts as Record<string, unknown>)[listKey];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, i) => {
    const name = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
    return isId(name) ? [{ name, path: [listKey, i, field] }] : [];
  });
}

/** The same rule as the schema's `id`, so a malformed value gets the schema's message alone, not a second one. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
