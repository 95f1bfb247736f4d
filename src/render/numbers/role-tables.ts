import type { Labels } from '../../core/labels/index.ts';
import type { PlanModel, RoleTarget } from '../../model/index.ts';
import { type Cell, count, date, figure, money, type NumbersTable, percent } from './cells.ts';

/** Staffing, one rep's targets, quota and onboarding per role, and the milestones: the role handbooks' figures. */
export function roleTables(model: PlanModel, labels: Labels): NumbersTable[] {
  const months = model.period.months.map((m) => ({ key: m.key }));
  const targetName = (t: RoleTarget) => t.name ?? (t.kind === 'bookings' ? labels.bookings : t.id);
  // A money target (bookings) stays money at every cadence; an outcome's week, day and full month are rates.
  const amount = (t: RoleTarget, rate: boolean) => (t.unit === 'money' ? money : rate && t.exactRates ? figure('rate') : count);
  return [
    {
      name: 'staffing',
      description: 'Who staffs each role in the period, and the heads still missing.',
      columns: ['role', 'role_title', 'current', 'planned', 'leaving', 'later', 'needed', 'needed_basis', 'missing'].map((key) => ({ key })),
      rows: model.staffing.map((s) => [s.role, s.title, s.current, s.planned, s.leaving, s.later, count(s.needed), s.neededBasis, s.missing]),
    },
    {
      name: 'role_targets',
      description: "One rep's targets per role: the activities the role owns and the outcomes it is paid on.",
      columns: [
        { key: 'role' },
        { key: 'role_title' },
        { key: 'heads' },
        { key: 'heads_basis' },
        { key: 'target' },
        { key: 'target_name' },
        { key: 'kind' },
        { key: 'team_need' },
        { key: 'per_rep_period' },
        ...months,
        { key: 'full_month' },
        { key: 'per_week' },
        { key: 'per_day' },
      ],
      rows: model.roles.flatMap((r) =>
        [...r.activities, ...r.outcomes].map((t): Cell[] => [
          r.role,
          r.title,
          count(r.heads),
          r.headsBasis,
          t.id,
          targetName(t),
          t.kind,
          amount(t, false)(t.teamNeed),
          amount(t, false)(t.perRep.period),
          ...t.perRep.perMonth.map(amount(t, false)),
          amount(t, true)(t.perRep.fullMonth),
          amount(t, true)(t.perRep.perWeek),
          amount(t, true)(t.perRep.perDay),
        ]),
      ),
    },
    {
      name: 'role_quota',
      description: "One rep's quota per month and the bookings expected at the role's attainment.",
      columns: [{ key: 'role' }, { key: 'role_title' }, { key: 'attainment', unit: '%' }, { key: 'month' }, { key: 'quota', unit: 'currency' }, { key: 'expected', unit: 'currency' }],
      rows: model.roles.flatMap((r) => {
        const q = r.quota;
        if (!q) return [];
        const row = (month: string, v: { quota: typeof q.period.quota; expected: typeof q.period.expected }): Cell[] => [
          r.role,
          r.title,
          percent(q.attainment),
          month,
          money(v.quota),
          money(v.expected),
        ];
        return [...q.months.map((m) => row(m.key, m)), row('full_month', q.fullMonth), row(model.period.label, q.period)];
      }),
    },
    {
      name: 'onboarding',
      description: "The 30/60/90-day plan: a new rep's targets by tenure month, scaled by the ramp.",
      columns: [
        { key: 'role' },
        { key: 'role_title' },
        { key: 'month' },
        { key: 'first_day' },
        { key: 'last_day' },
        { key: 'productivity', unit: '%' },
        { key: 'target' },
        { key: 'target_name' },
        { key: 'per_day' },
        { key: 'per_week' },
        { key: 'full_month' },
      ],
      rows: model.roles.flatMap((r) =>
        r.onboarding.flatMap((m) => {
          const head: Cell[] = [r.role, r.title, m.month, m.firstDay, m.lastDay, percent(m.productivity)];
          const targets = m.targets.map((t): Cell[] => {
            const of = [...r.activities, ...r.outcomes].find((x) => x.id === t.id && x.kind === t.kind);
            const as = of ? amount(of, true) : count;
            return [...head, t.id, of ? targetName(of) : t.id, as(t.perDay), as(t.perWeek), as(t.fullMonth)];
          });
          const quota: Cell[][] = m.quota
            ? [
                [...head, 'quota', labels.quota, undefined, undefined, money(m.quota.quota)],
                [...head, 'expected', labels.expected_bookings, undefined, undefined, money(m.quota.expected)],
              ]
            : [];
          return [...targets, ...quota];
        }),
      ),
    },
    {
      name: 'milestones',
      description: 'The action plan: each milestone with its dates worked out.',
      columns: [{ key: 'milestone' }, { key: 'title' }, { key: 'owner' }, { key: 'owner_title' }, { key: 'start' }, { key: 'end' }, { key: 'days' }, { key: 'delayed' }],
      rows: model.milestones.map((m) => [m.id, m.title, m.owner, roleTitle(model, m.owner), date(m.start), date(m.end), m.days, m.delayed]),
    },
  ];
}

export function roleTitle(model: PlanModel, role: string): string {
  return model.roles.find((r) => r.role === role)?.title ?? role;
}
