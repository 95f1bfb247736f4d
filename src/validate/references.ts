import type { CheckContext, Named, Path } from './context.ts';
import { ID_DEFINITIONS, ID_REFERENCES, type IdKind, referencesIn } from './id-references.ts';
import { list } from './ids.ts';
import type { SectionKey } from './schema/index.ts';
import { guessName, listNames } from '../core/suggest.ts';

/** The ids one can refer to, with the word for them; undefined when their section did not validate. */
interface Target {
  kind: string;
  ids: Set<string>;
}

/** Every value that names something defined elsewhere (the table in id-references.ts) must name something that exists. */
export function checkReferences(ctx: CheckContext): void {
  // Unvalidated data (see CheckContext.raw): a section with a schema error still defines and uses ids.
  const targets = new Map<IdKind, Target | undefined>();
  const targetOf = (kind: IdKind) => {
    if (!targets.has(kind)) {
      const { section, list: listKey, field, word } = ID_DEFINITIONS[kind];
      const data = ctx.raw[section];
      targets.set(kind, data && target(word, data, listKey, field));
    }
    return targets.get(kind);
  };
  for (const reference of ID_REFERENCES) {
    const data = ctx.raw[reference.section];
    if (data) check(ctx, reference.section, referencesIn(data, reference), targetOf(reference.kind));
  }
  if (ctx.raw.team && ctx.facts.team && ctx.facts.goals) checkCapacityKeys(ctx, ctx.facts.team.roles, ctx.facts.goals);
}

/**
 * The ids of the list `listKey`, or undefined when the list is not one or any item lacks a well-formed id: with
 * an id unreadable, every reference to it would be a false "unknown" on top of the schema's message.
 */
function target(kind: string, data: object, listKey: string, field: string): Target | undefined {
  const items = (data as Record<string, unknown>)[listKey];
  const named = list(data, listKey, field);
  if (!Array.isArray(items) || named.length !== items.length) return undefined;
  return { kind, ids: new Set(named.map((n) => n.name)) };
}

function check(ctx: CheckContext, key: SectionKey, refs: Named[], to: Target | undefined): void {
  if (!to) return;
  for (const ref of refs) {
    if (to.ids.has(ref.name)) continue;
    const { text, expected, actual } = guessName(ref.name, to.ids);
    ctx.error(key, ref.path, `${field(ref.path)} \`${ref.name}\` is not a ${to.kind}${text}`, {
      ruleId: 'unknown-reference',
      hint: to.ids.size > 0 ? `${to.kind}s: ${listNames(to.ids)}` : `no ${to.kind} is defined yet`,
      expected,
      actual,
    });
  }
}

/** Capacity is given per source activity or per funnel stage: its keys must be one of those ids. */
function checkCapacityKeys(
  ctx: CheckContext,
  roles: readonly { capacity?: Record<string, unknown> | undefined }[],
  goals: { sources: readonly { activity: string }[]; funnel: readonly { id: string }[] },
): void {
  const activities = goals.sources.map((s) => s.activity);
  const stages = goals.funnel.map((s) => s.id);
  const known = new Set([...activities, ...stages]);
  roles.forEach((role, i) => {
    for (const name of Object.keys(role.capacity ?? {})) {
      if (known.has(name)) continue;
      const { text, expected, actual } = guessName(name, known);
      const path: Path = ['roles', i, 'capacity', name];
      const reason = `capacity \`${name}\` is not a source activity or funnel stage${text}`;
      ctx.error('team', path, reason, {
        at: 'key',
        ruleId: 'unknown-reference',
        hint: `source activities: ${listNames(activities)}; funnel stages: ${listNames(stages)}`,
        expected,
        actual,
      });
    }
  });
}

/** The field a reference sits in: `depends_on`, `owner`. */
function field(path: Path): string {
  return String([...path].reverse().find((segment) => typeof segment === 'string'));
}
