import type { CheckContext, Named, Path } from './context.ts';
import { list } from './ids.ts';
import type { SectionKey } from './schema/index.ts';
import { guessName, listNames } from '../core/suggest.ts';

/** The ids one can refer to, with the word for them; undefined when their section did not validate. */
interface Target {
  kind: string;
  ids: Set<string>;
}

/** Every value that names something defined elsewhere must name something that exists. */
export function checkReferences(ctx: CheckContext): void {
  // Unvalidated data (see CheckContext.raw): a section with a schema error still defines and uses ids.
  const { goals, team, process, action_plan: actionPlan, metrics } = ctx.raw;
  const roles = team && target('role', team, 'roles');
  const stages = goals && target('funnel stage', goals, 'funnel');
  const methods = process && target('method', process, 'methods');
  const milestones = actionPlan && target('milestone', actionPlan, 'milestones');

  const pipelineStage = (goals as { pipeline_stage?: unknown } | undefined)?.pipeline_stage;
  if (typeof pipelineStage === 'string') check(ctx, 'goals', [{ name: pipelineStage, path: ['pipeline_stage'] }], stages);
  if (team) {
    check(ctx, 'team', list(team, 'roles', 'reports_to'), roles);
    check(ctx, 'team', list(team, 'people', 'role'), roles);
    check(ctx, 'team', list(team, 'hires', 'role'), roles);
    if (ctx.facts.team && ctx.facts.goals) checkCapacityKeys(ctx, ctx.facts.team.roles, ctx.facts.goals);
  }
  if (process) {
    check(ctx, 'process', list(process, 'stages', 'owner'), roles);
    check(ctx, 'process', list(process, 'stages', 'funnel_stage'), stages);
    check(ctx, 'process', list(process, 'stages', 'method'), methods);
  }
  if (actionPlan) {
    check(ctx, 'action_plan', list(actionPlan, 'milestones', 'owner'), roles);
    check(ctx, 'action_plan', dependencies(actionPlan), milestones);
  }
  if (metrics) {
    check(ctx, 'metrics', list(metrics, 'kpis', 'stage'), stages);
    check(ctx, 'metrics', list(metrics, 'kpis', 'role'), roles);
    check(ctx, 'metrics', list(metrics, 'dashboards', 'role'), roles);
  }
}

/** Each milestone's `depends_on` entries that are well-formed ids (others get the schema's message). */
function dependencies(actionPlan: object): Named[] {
  const milestones = (actionPlan as { milestones?: unknown }).milestones;
  if (!Array.isArray(milestones)) return [];
  return milestones.flatMap((milestone: unknown, i) => {
    const dependsOn = typeof milestone === 'object' && milestone !== null ? (milestone as { depends_on?: unknown }).depends_on : undefined;
    if (!Array.isArray(dependsOn)) return [];
    return list({ depends_on: dependsOn.map((name) => ({ name })) }, 'depends_on', 'name').map(
      (ref): Named => ({ name: ref.name, path: ['milestones', i, 'depends_on', ref.path[1] as number] }),
    );
  });
}

/**
 * The ids of the list `listKey`, or undefined when the list is not one or any item lacks a well-formed id: with
 * an id unreadable, every reference to it would be a false "unknown" on top of the schema's message.
 */
function target(kind: string, data: object, listKey: string): Target | undefined {
  const items = (data as Record<string, unknown>)[listKey];
  const named = list(data, listKey, 'id');
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
