import { Decimal, ONE } from '../../core/decimal.ts';
import { dayNumber } from '../../core/dates.ts';
import type { ActualDeal, GoalsSection } from '../../validate/index.ts';
import type { ConversionActual } from './types.ts';

/**
 * The conversion from each funnel stage to the next over some deals (the team's, or one rep's), from their
 * stage-entry dates: of the deals that entered the stage in the period through `asOf` (`inPeriod`), those that
 * entered any later one by then, those lost while in it and those still open in it.
 */
export function conversionOf(
  goals: GoalsSection,
  rates: readonly Decimal[],
  deals: readonly ActualDeal[],
  inPeriod: (iso: string | undefined) => boolean,
  today: number,
): ConversionActual[] {
  const funnel = goals.funnel;
  const wonStage = funnel[funnel.length - 1]?.id ?? '';
  // A deal's stage-entry dates, its won day counting as entering the won stage.
  const entries = deals.map((d) => ({ status: d.status, entered: d.wonOn && !d.entered[wonStage] ? { ...d.entered, [wonStage]: d.wonOn } : d.entered }));
  return funnel.slice(0, -1).map((stage, i) => {
    const later = funnel.slice(i + 1).map((s) => s.id);
    const cohort = entries.filter((e) => inPeriod(e.entered[stage.id]));
    // Decision: a deal that entered any later stage by as_of converted, even if the CRM skipped the next one.
    const went = cohort.filter((e) => later.some((id) => e.entered[id] !== undefined && dayNumber(e.entered[id] as string) <= today));
    const converted = went.length;
    const lost = cohort.filter((e) => e.status === 'lost' && !went.includes(e)).length;
    const row: ConversionActual = {
      from: stage.id,
      to: funnel[i + 1]?.id ?? '',
      planRate: rates[i] ?? ONE,
      entered: cohort.length,
      converted,
      lost,
      open: cohort.length - converted - lost,
    };
    if (cohort.length > 0) row.rate = new Decimal(converted).div(cohort.length);
    return row;
  });
}
