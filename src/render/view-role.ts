import { formatFor, type Format } from '../core/format.ts';
import { fillLabel, type Labels } from '../core/labels/index.ts';
import { dashboardPage, dashboardPdfPath, dashboardTitle } from './view-dashboards.ts';
import type { RenderInput } from './types.ts';
import { buildView, type PlanView } from './view-model.ts';
import { onboardingView, repTargetsView, targetFormat } from './view-role-targets.ts';
import { customersView, metricsView, missionView, processView } from './view-sections.ts';
import { teamView } from './view-team.ts';

/**
 * The roles that get their own handbook, in the order of the team section: those the model gave targets
 * (activities or outcomes) or a quota (RolePlan.handbook).
 */
export function handbookRoles(input: Pick<RenderInput, 'model'>): { id: string; title: string }[] {
  return input.model.roles.filter((r) => r.handbook).map((r) => ({ id: r.role, title: r.title }));
}

/** The funnel stages a role's process stages produce: their KPIs belong in its handbook. */
function ownedFunnelStages(input: RenderInput, roleId: string): Set<string> {
  return new Set(input.facts.process.stages.flatMap((s) => (s.owner === roleId && s.funnel_stage ? [s.funnel_stage] : [])));
}

/**
 * Everything one role's handbook shows, for that role only: a rep reads their own numbers, stages, KPIs and
 * dashboard, never another role's. KPIs of a stage the role owns count too, unless they name another role.
 */
export function buildRoleView(
  input: RenderInput,
  roleId: string,
  // A build passes its one print view and formatter (see present.ts); built here only when called alone.
  shared: { base?: PlanView; format?: Format } = {},
) {
  const { facts, model } = input;
  const role = facts.team.roles.find((r) => r.id === roleId);
  const plan = model.roles.find((r) => r.role === roleId);
  if (!role || !plan) throw new Error(`no role "${roleId}" in the team section`);
  const f = shared.format ?? formatFor(facts.plan);
  const base = shared.base ?? buildView(input, 'print', f);
  const { labels: l } = base;
  const team = teamView(facts.team, model, f, l);
  const processAll = processView(facts, model, f, l);
  const stageIndexes = facts.process.stages.flatMap((s, i) => (s.owner === roleId ? [i] : []));
  // A rep's share of a stage's volume is the outcome the model planned for one rep at that stage, when the role
  // is paid on it (RolePlan.outcomes); the team's volume stays beside it, named as the team's.
  const stages = stageIndexes.map((i) => {
    const funnelStage = model.stages[i]?.funnelStage;
    const outcome = plan.outcomes.find((t) => t.kind === 'stage' && t.id === funnelStage);
    return { ...processAll.stages[i]!, share: outcome ? targetFormat(outcome, f).whole(outcome.perRep.period) : undefined };
  });
  const methodIds = new Set(stageIndexes.flatMap((i) => facts.process.stages[i]?.method ?? []));
  const funnelStages = ownedFunnelStages(input, roleId);

  const kpiFacts = facts.metrics.kpis.filter(
    (k) => k.role === roleId || (k.stage !== undefined && funnelStages.has(k.stage) && (k.role === undefined || k.role === roleId)),
  );
  const metrics = metricsView({ ...facts, metrics: { ...facts.metrics, kpis: kpiFacts } }, model, l);

  const targets = repTargetsView(model, plan, f, l);
  const chapter = (key: string, title: string, headings: { text: string; depth: number; href: string }[] = []) =>
    ({ key, anchor: `role-${key}`, href: `#role-${key}`, partial: `role/${key}`, title, headings });
  // The rep's own tables, each with a heading the contents lists (ids as in role/targets.hbs).
  const targetHeadings = [
    targets.staffing && { text: l.your_team, depth: 2, href: '#role-targets-team' },
    targets.activities.length > 0 && { text: l.activity_targets, depth: 2, href: '#role-targets-activities' },
    targets.outcomes.length > 0 && { text: l.outcome_targets, depth: 2, href: '#role-targets-outcomes' },
    targets.quota && { text: l.quota_and_expected, depth: 2, href: '#role-targets-quota' },
  ].filter((h) => typeof h === 'object' && h !== null);
  const chapters = [
    chapter('mission', l.role_mission),
    chapter('role', l.role_card),
    chapter('targets', l.role_targets, targetHeadings),
    chapter('customers', l.role_customers),
    chapter('process', l.role_process),
    chapter('kpis', l.role_kpis),
    chapter('onboarding', l.role_onboarding),
  ];
  return {
    mode: 'print' as const,
    lang: base.lang,
    labels: l,
    plan: base.plan,
    generated: base.generated,
    kicker: fillLabel(l.role_handbook_for, role.title),
    documentTitle: fillLabel(l.role_handbook_title, role.title),
    role: team.roles.find((r) => r.id === roleId)!,
    chapters,
    mission: missionView(facts, l),
    targets,
    customers: customersView(facts),
    stages,
    methods: (facts.process.methods ?? []).filter((m) => methodIds.has(m.id)).map((m) => ({ name: m.name, when: m.when })),
    kpis: metrics.kpis,
    dashboards: metrics.dashboards.filter((_, i) => facts.metrics.dashboards?.[i]?.role === roleId),
    onboarding: onboardingView(plan, f, l),
    dashboard: teamDashboard(input, roleId, l),
    ramp: team.roles.find((r) => r.id === roleId)?.ramp ?? [],
  };
}

/**
 * The dashboard of the role's team, when the build has actuals. Decision: named by its file (the PDF beside the
 * handbooks' folder, the site's page) rather than linked: a link in a PDF cannot point at a file beside it.
 */
function teamDashboard(input: RenderInput, roleId: string, l: Labels) {
  const a = input.model.actuals;
  const d = a?.dashboards.find((x) => x.kind !== 'leader' && x.roles.includes(roleId)) ?? a?.dashboards.find((x) => x.roles.includes(roleId));
  if (!a || !d) return undefined;
  const titles = new Map(input.facts.team.roles.map((r) => [r.id, r.title]));
  return { title: dashboardTitle(d, titles, l), pdf: dashboardPdfPath(d.id, a.asOf), page: dashboardPage(d.id) };
}

export type RoleView = ReturnType<typeof buildRoleView>;

