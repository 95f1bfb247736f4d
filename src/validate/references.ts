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
  const { goals, team, process, action_plan: actionPlan, metrics } = ctx.facts;
  const roles = team && target('role', list(team, 'roles', 'id'));
  const stages = goals && target('funnel stage', list(goals, 'funnel', 'id'));
  const methods = process && target('method', list(process, 'methods', 'id'));
  const milestones = actionPlan && target('milestone', list(actionPlan, 'milestones', 'id'));

  if (goals?.pipeline_stage !== undefined) {
    check(ctx, 'goals', [{ name: goals.pipeline_stage, path: ['pipeline_stage'] }], stages);
  }
  if (team) {
    check(ctx, 'team', list(team, 'roles', 'reports_to'), roles);
    check(ctx, 'team', list(team, 'people', 'role'), roles);
    check(ctx, 'team', list(team, 'hires', 'role'), roles);
    if (goals) checkCapacityKeys(ctx, team.roles, goals);
  }
  if (process) {
    check(ctx, 'process', list(process, 'stages', 'owner'), roles);
    check(ctx, 'process', list(process, 'stages', 'funnel_stage'), stages);
    check(ctx, 'process', list(process, 'stages', 'method'), methods);
  }
  if (actionPlan) {
    check(ctx, 'action_plan', list(actionPlan, 'milestones', 'owner'), roles);
    const dependencies = actionPlan.milestones.flatMap((m, i) =>
      (m.depends_on ?? []).map((name, j): Named => ({ name, path: ['milestones', i, 'depends_on', j] })),
    );
    check(ctx, 'action_plan', dependencies, milestones);
  }
  if (metrics) {
    check(ctx, 'metrics', list(metrics, 'kpis', 'stage'), stages);
    check(ctx, 'metrics', list(metrics, 'kpis', 'role'), roles);
    check(ctx, 'metrics', list(metrics, 'dashboards', 'role'), roles);
  }
}

function target(kind: string, named: Named[]): Target {
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
