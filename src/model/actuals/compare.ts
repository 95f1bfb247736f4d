import { Decimal, ONE, ZERO, sum } from '../../core/decimal.ts';
import { dayNumber, isoDate, monthIndex, monthKey, tenureMonth } from '../../core/dates.ts';
import type { ActualDeal, Actuals, PlanFacts } from '../../validate/index.ts';
import { workingDayTest } from '../calendar.ts';
import { stageRates } from '../funnel.ts';
import { monthlyQuota, rampAt } from '../people.ts';
import type { PlanModel } from '../types.ts';
import { conversionOf } from './conversion.ts';
import { dashboards } from './dashboards.ts';
import { recalibrate } from './recalibrate.ts';
import type { ActivityActual, ActualsModel, BookingsPoint, BookingsToDate, ConversionActual, FunnelActual, MonthActual, RepActual } from './types.ts';

const div = (a: Decimal, b: Decimal | number): Decimal | undefined => (new Decimal(b).isZero() ? undefined : a.div(b));

/**
 * The plan against its actuals as of `asOf` (planning-model.md's phasing, working days and funnel): bookings to
 * date against the phased target and the pacing, per month and per rep; the forecast to the period end by run
 * rate and by the open pipeline at the plan's own conversion rates; activities per rep per working day against
 * the daily targets; and the stage-to-stage conversion the stage-entry dates show. Pure and exact.
 */
export function compareActuals(facts: PlanFacts, model: PlanModel, actuals: Actuals, asOf: string): ActualsModel {
  const { period } = model;
  const isWorking = workingDayTest(facts.plan);
  const [start, end, today] = [dayNumber(period.start), dayNumber(period.end), dayNumber(asOf)];
  const workingBetween = (from: number, to: number) => {
    let n = 0;
    for (let d = Math.max(from, start); d <= Math.min(to, end); d++) if (isWorking(d)) n++;
    return n;
  };
  const elapsed = workingBetween(start, today);
  const elapsedIn = period.months.map((m) => workingBetween(dayNumber(m.start), Math.min(today, dayNumber(m.end))));
  const share = (i: number) => {
    const m = period.months[i];
    return m && m.workingDays > 0 ? new Decimal(elapsedIn[i] ?? 0).div(m.workingDays) : ZERO;
  };

  const inPeriod = (iso: string | undefined) => iso !== undefined && dayNumber(iso) >= start && dayNumber(iso) <= Math.min(end, today);
  const won = actuals.deals.filter((d) => d.status === 'won');
  const wonToDate = won.filter((d) => inPeriod(d.wonOn));
  const wonBefore = won.filter((d) => d.wonOn !== undefined && dayNumber(d.wonOn) < start);
  const wonAfter = won.filter((d) => d.wonOn !== undefined && dayNumber(d.wonOn) > Math.min(end, today));
  const amount = (deals: ActualDeal[]) => sum(deals.map((d) => d.amount));

  const months: MonthActual[] = period.months.map((m, i) => {
    const deals = wonToDate.filter((d) => d.wonOn?.startsWith(m.key));
    const booked = amount(deals);
    return { key: m.key, target: m.target, pacing: m.target.times(share(i)), booked, wonDeals: deals.length, attainment: div(booked, m.target) ?? ZERO };
  });
  const target = model.deals.target;
  const booked = amount(wonToDate);
  const pacing = sum(months.map((m) => m.pacing));
  const pacingAttainment = div(booked, pacing);

  // The plan's win rate from each stage: the product of the stage rates from it down to the won deal.
  const rates = stageRates(facts.goals);
  const winFrom = new Map(facts.goals.funnel.map((s, i) => [s.id, rates.slice(i).reduce((acc, r) => acc.times(r), ONE)]));
  const open = actuals.deals.filter((d) => d.status === 'open');
  const closingLater = open.filter((d) => d.expectedClose !== undefined && dayNumber(d.expectedClose) > end);
  const later = new Set(closingLater);
  const counted = open.filter((d) => !later.has(d));
  const weighted = (deals: ActualDeal[]) => sum(deals.map((d) => d.amount.times(winFrom.get(d.stage ?? '') ?? ZERO)));
  const weightedOpen = weighted(counted);
  const runRate = elapsed > 0 ? booked.div(elapsed).times(period.workingDays) : undefined;
  const pipeline = booked.plus(weightedOpen);

  const bookings: BookingsToDate = { target, pacing, booked, wonDeals: wonToDate.length, vsPacing: booked.minus(pacing), attainment: div(booked, target) ?? ZERO, ...(pacingAttainment ? { pacingAttainment } : {}) };
  const repRows = reps();
  const activityRows = activities();
  const conversionRows = conversionOf(facts.goals, rates, actuals.deals, inPeriod, today);
  const result: ActualsModel = {
    asOf,
    elapsedWorkingDays: elapsed,
    remainingWorkingDays: period.workingDays - elapsed,
    bookings,
    months,
    reps: repRows,
    forecast: {
      target,
      pipeline,
      booked,
      weightedOpen,
      openDeals: counted.length,
      closingLater: { deals: closingLater.length, amount: amount(closingLater) },
      pipelineCoverage: div(pipeline, target) ?? ZERO,
      ...(runRate ? { runRate, runRateCoverage: div(runRate, target) ?? ZERO } : {}),
    },
    activities: activityRows,
    conversion: conversionRows,
    series: series(),
    funnel: funnel(conversionRows),
    dashboards: dashboards({ facts, model, deals: actuals.deals, reps: repRows, activities: activityRows, inPeriod, today, rates }),
    recalibration: recalibrate(facts, conversionRows, bookings),
    outside: {
      wonBefore: { deals: wonBefore.length, amount: amount(wonBefore) },
      wonAfter: { deals: wonAfter.length, amount: amount(wonAfter) },
      activities: actuals.activities.filter((a) => !inPeriod(a.date)).length,
    },
    counts: {
      deals: actuals.deals.length,
      won: won.length,
      lost: actuals.deals.filter((d) => d.status === 'lost').length,
      open: open.length,
      activities: actuals.activities.length,
      notDone: actuals.notDone,
      ignored: actuals.ignored,
    },
    exports: actuals.exports,
  };
  return result;

  function people() {
    return (facts.team.people ?? []).map((p) => ({ id: p.id, name: p.name ?? p.id, role: p.role, start: p.start }))
      .concat((facts.team.hires ?? []).flatMap((h) => (h.id ? [{ id: h.id, name: h.id, role: h.role, start: h.start }] : [])));
  }

  function reps(): RepActual[] {
    const owners = new Set(actuals.deals.map((d) => d.owner));
    return people()
      .filter((p) => owners.has(p.id) || facts.team.roles.find((r) => r.id === p.role)?.quota !== undefined)
      .map((p) => {
        const mine = (deals: ActualDeal[]) => deals.filter((d) => d.owner === p.id);
        const bookedByRep = amount(mine(wonToDate));
        const openByRep = mine(counted);
        const rep: RepActual = {
          person: p.id,
          name: p.name,
          role: p.role,
          booked: bookedByRep,
          wonDeals: mine(wonToDate).length,
          openDeals: openByRep.length,
          openAmount: amount(openByRep),
          weightedPipeline: weighted(openByRep),
        };
        const role = facts.team.roles.find((r) => r.id === p.role);
        const monthly = role ? monthlyQuota(role) : undefined;
        if (role && monthly) {
          const due = sum(
            period.months.map((m, i) => {
              const index = monthIndex(m.start);
              if (monthKey(index) < p.start.slice(0, 7)) return ZERO;
              return monthly.times(m.fraction).times(rampAt(role, tenureMonth(p.start, index))).times(share(i));
            }),
          );
          rep.quotaToDate = due;
          const a = div(bookedByRep, due);
          if (a) rep.attainmentToDate = a;
        }
        return rep;
      });
  }

  function activities(): ActivityActual[] {
    const rows: ActivityActual[] = [];
    const done = new Map<string, number>();
    for (const a of actuals.activities) if (inPeriod(a.date)) done.set(`${a.owner}\u0000${a.activity}`, (done.get(`${a.owner}\u0000${a.activity}`) ?? 0) + 1);
    for (const p of people()) {
      const plan = model.roles.find((r) => r.role === p.role);
      const own = new Map((plan?.activities ?? []).map((t) => [t.id, t.perRep.perDay]));
      const logged = actuals.activities.filter((a) => a.owner === p.id).map((a) => a.activity);
      for (const activity of [...new Set([...own.keys(), ...logged])]) {
        const count = done.get(`${p.id}\u0000${activity}`) ?? 0;
        const days = workingBetween(Math.max(start, dayNumber(p.start)), today);
        const row: ActivityActual = { person: p.id, name: p.name, role: p.role, activity, done: count, workingDays: days };
        const perDay = div(new Decimal(count), days);
        if (perDay) row.perDay = perDay;
        const targetPerDay = own.get(activity);
        if (targetPerDay) {
          row.targetPerDay = targetPerDay;
          const a = perDay ? div(perDay, targetPerDay) : undefined;
          if (a) row.attainment = a;
        }
        rows.push(row);
      }
    }
    return rows;
  }

  function series(): BookingsPoint[] {
    const points: BookingsPoint[] = [];
    const wonOn = new Map<number, Decimal>();
    for (const d of wonToDate) if (d.wonOn) wonOn.set(dayNumber(d.wonOn), (wonOn.get(dayNumber(d.wonOn)) ?? ZERO).plus(d.amount));
    let bookedSoFar = ZERO;
    for (let day = start; day <= end; day++) {
      if (day <= today) bookedSoFar = bookedSoFar.plus(wonOn.get(day) ?? ZERO);
      // Decision: a day off gets no point, its bookings join the next working day's; as-of on a day off gets its own
      // point, so the line ends at the bookings to date.
      if (!isWorking(day) && day !== today) continue;
      const pacingSoFar = sum(
        period.months.map((m) => (m.workingDays > 0 ? m.target.times(workingBetween(dayNumber(m.start), Math.min(day, dayNumber(m.end)))).div(m.workingDays) : ZERO)),
      );
      points.push({ date: isoDate(day), pacing: pacingSoFar, ...(day <= today ? { booked: bookedSoFar } : {}) });
    }
    return points;
  }

  function funnel(conversionRows: ConversionActual[]): FunnelActual[] {
    // The share of the period's need the phasing asks for by asOf: pacing / target.
    const toDate = div(pacing, target) ?? ZERO;
    const last = facts.goals.funnel.length - 1;
    return model.funnel.map((row, i) => {
      const needToDate = row.need.period.times(toDate);
      // The won stage is always measured (won deals); the others from stage-entry dates (the cohort that entered).
      const actual = i === last ? wonToDate.length : actuals.hasStageDates ? conversionRows[i]?.entered : undefined;
      const out: FunnelActual = { stage: row.id, name: row.name, periodNeed: row.need.period, needToDate };
      if (actual !== undefined) {
        out.actual = actual;
        const a = div(new Decimal(actual), needToDate);
        if (a) out.attainment = a;
      }
      return out;
    });
  }
}
