import type { PlanModel } from '../../model/index.ts';
import { exact, type NumbersTable } from './cells.ts';

/** Staffing, one rep's targets, quota and onboarding per role, and the milestones: the role handbooks' figures. */
export function roleTables(model: PlanModel): NumbersTable[] {
  const months = model.period.months.map((m) => m.key);
  return [
    {
      name: 'staffing',
      columns: ['role', 'current', 'planned', 'leaving', 'later', 'needed', 'needed_basis', 'missing'],
      rows: model.staffing.map((s) => [
        s.role,
        String(s.current),
        String(s.planned),
        String(s.leaving),
        String(s.later),
        exact(s.needed),
        s.neededBasis ?? '',
        s.missing === undefined ? '' : String(s.missing),
      ]),
    },
    {
      name: 'role_targets',
      columns: ['role', 'heads', 'heads_basis', 'target', 'kind', 'team_need', 'per_rep_period', ...months, 'full_month', 'per_week', 'per_day'],
      rows: model.roles.flatMap((r) =>
        [...r.activities, ...r.outcomes].map((t) => [
          r.role,
          exact(r.heads),
          r.headsBasis,
          t.id,
          t.kind,
          exact(t.teamNeed),
          exact(t.perRep.period),
          ...t.perRep.perMonth.map(exact),
          exact(t.perRep.fullMonth),
          exact(t.perRep.perWeek),
          exact(t.perRep.perDay),
        ]),
      ),
    },
    {
      name: 'role_quota',
      columns: ['role', 'attainment', 'month', 'quota', 'expected'],
      rows: model.roles.flatMap((r) => {
        const q = r.quota;
        if (!q) return [];
        return [
          ...q.months.map((m) => [r.role, exact(q.attainment), m.key, exact(m.quota), exact(m.expected)]),
          [r.role, exact(q.attainment), 'full_month', exact(q.fullMonth.quota), exact(q.fullMonth.expected)],
          [r.role, exact(q.attainment), model.period.label, exact(q.period.quota), exact(q.period.expected)],
        ];
      }),
    },
    {
      name: 'onboarding',
      columns: ['role', 'month', 'days', 'productivity', 'target', 'per_day', 'per_week', 'full_month'],
      rows: model.roles.flatMap((r) =>
        r.onboarding.flatMap((m) => {
          const head = [r.role, String(m.month), `${m.firstDay}-${m.lastDay}`, exact(m.productivity)];
          const quota = m.quota ? [[...head, 'quota', '', '', exact(m.quota.quota)], [...head, 'expected', '', '', exact(m.quota.expected)]] : [];
          return [...m.targets.map((t) => [...head, t.id, exact(t.perDay), exact(t.perWeek), exact(t.fullMonth)]), ...quota];
        }),
      ),
    },
    {
      name: 'milestones',
      columns: ['milestone', 'owner', 'start', 'end', 'days', 'delayed'],
      rows: model.milestones.map((m) => [m.id, m.owner, m.start, m.end, String(m.days), String(m.delayed)]),
    },
  ];
}
