import type { PlanModel } from '../model/index.ts';
import type { Format } from '../core/format.ts';
import type { Labels } from '../core/labels/index.ts';
import { cadenceView } from './view-goals.ts';
import { capacityRowView } from './view-team.ts';

/** The headline numbers on the index page and the handbook's first chapter. */
export function summaryView(model: PlanModel, f: Format, l: Labels) {
  const short = model.headcount.filter((h) => h.missing > 0);
  const missing = model.missingHeads;
  const capacity = model.capacity;
  return {
    target: f.money(model.deals.target),
    averageDealSize: f.money(model.deals.averageDealSize),
    dealsNeeded: f.count(model.deals.needed),
    period: model.period.label,
    workingDays: f.count(model.period.workingDays),
    funnel: model.funnel.map((row) => {
      const need = cadenceView(row.need, f, row.outcome);
      return { name: row.name, period: need.period, perWeek: need.perWeek, perDay: need.perDay };
    }),
    sources: model.sources.map((s) => {
      const volume = cadenceView(s.volume, f);
      return { name: s.name, period: volume.period, perWeek: volume.perWeek, perDay: volume.perDay };
    }),
    headcount: {
      missing: f.count(missing),
      hasGap: missing > 0,
      roles: short.map((h) => ({ title: h.title, missing: f.count(h.missing), needed: f.count(h.needed) })),
    },
    coverage: capacity && capacityRowView(capacity.total, model.period.label, f, l),
  };
}

export type SummaryView = ReturnType<typeof summaryView>;
