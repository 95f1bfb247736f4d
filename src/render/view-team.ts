import { hireNames, type CapacityRow, type PlanModel } from '../model/index.ts';
import type { TeamSection } from '../validate/index.ts';
import type { Format } from '../core/format.ts';
import { daysLabel, fillLabel, type LabelId, type Labels } from '../core/labels/index.ts';

type Role = TeamSection['roles'][number];

/** Names for activity and funnel stage ids, for a role's capacity list. */
function activityNames(model: PlanModel): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of model.funnel) names.set(row.id, row.name);
  for (const s of model.sources) names.set(s.activity, s.name);
  for (const a of model.activities) names.set(a.activity, a.name);
  return names;
}

function roleView(role: Role, model: PlanModel, titles: Map<string, string>, names: Map<string, string>, f: Format, l: Labels) {
  const quotaLabel: LabelId = `quota_per_${role.quota_period ?? 'year'}`;
  const variable = model.economics.roles.find((r) => r.role === role.id)?.variable;
  const compensation = role.ote || role.base || role.commission || role.incentives?.length;
  return {
    id: role.id,
    title: role.title,
    reportsTo: role.reports_to ? fillLabel(l.reports_to, titles.get(role.reports_to) ?? role.reports_to) : undefined,
    summary: role.summary,
    responsibilities: role.responsibilities ?? [],
    skills: role.skills ?? [],
    compensation: compensation
      ? {
          ote: role.ote ? f.money(role.ote) : undefined,
          base: role.base ? f.money(role.base) : undefined,
          variable: variable ? f.money(variable) : undefined,
          commission: role.commission,
          incentives: role.incentives ?? [],
        }
      : undefined,
    quota: role.quota ? fillLabel(l[quotaLabel], f.money(role.quota)) : undefined,
    attainment: role.attainment ? f.percent(role.attainment) : undefined,
    ramp: (role.ramp ?? []).map((step) => f.percent(step)),
    timeToFill: role.time_to_fill_days === undefined ? undefined : daysLabel(role.time_to_fill_days, f, l),
    capacity: Object.entries(role.capacity ?? {}).map(([id, perDay]) => ({ name: names.get(id) ?? id, perDay: f.ratio(perDay) })),
  };
}

export function capacityRowView(row: CapacityRow, label: string, f: Format, l: Labels) {
  return {
    label,
    rre: f.rre(row.rre),
    streetQuota: f.money(row.streetQuota),
    expected: f.money(row.expected),
    target: f.money(row.target),
    gap: f.gap(row.gap),
    coverage: f.percent(row.coverage),
    status: row.status,
    statusLabel: l[`status_${row.status}`],
  };
}

export function teamView(team: TeamSection, model: PlanModel, f: Format, l: Labels) {
  const titles = new Map(team.roles.map((r) => [r.id, r.title]));
  const names = activityNames(model);
  const title = (id: string) => titles.get(id) ?? id;
  const capacity = model.capacity;
  const hiringNames = hireNames(model.hiring);
  return {
    attrition: team.attrition === undefined ? undefined : f.percent(team.attrition),
    roles: team.roles.map((r) => roleView(r, model, titles, names, f, l)),
    headcount: model.headcount.map((h) => ({
      title: h.title,
      activities: h.activities.map((a) => ({ name: names.get(a.activity) ?? a.activity, fte: f.fte(a.fte) })),
      fte: f.fte(h.fte),
      needed: f.count(h.needed),
      current: f.count(h.current),
      planned: f.count(h.planned),
      missing: f.count(h.missing),
      short: h.missing > 0,
    })),
    capacity: capacity && {
      roles: fillLabel(l.capacity_roles, capacity.roles.map(title).join(', ')),
      months: capacity.months.map((m) => capacityRowView(m, f.month(m.key), f, l)),
      total: capacityRowView(capacity.total, model.period.label, f, l),
      overAssignment: f.multiple(capacity.overAssignment),
      requiredAttainment: f.percent(capacity.requiredAttainment),
      rampedRepsNeeded: f.count(capacity.rampedRepsNeeded),
      hiresToCloseGap: f.count(capacity.hiresToCloseGap),
    },
    hiring: model.hiring.map((h, i) => ({
      title: hiringNames[i],
      start: f.date(h.start),
      timeToFill: daysLabel(h.timeToFillDays, f, l),
      requisitionOpen: f.date(h.requisitionOpen),
      late: h.late,
      lateLabel: h.late ? l.late : l.on_time,
      fullyRamped: f.date(h.fullyRamped),
    })),
    people: (team.people ?? []).map((p) => ({
      name: p.name ?? p.id,
      role: title(p.role),
      start: f.date(p.start),
      end: p.end ? f.date(p.end) : l.none,
    })),
  };
}

export type TeamView = ReturnType<typeof teamView>;
