import type { Decimal } from '../core/decimal.ts';

/** The same need at four cadences. */
export interface Cadence {
  period: Decimal;
  perMonth: Decimal[];
  perWeek: Decimal;
  perDay: Decimal;
}

/** A cadence for one rep, with the figure of one full month beside the calendar months. */
export interface RepCadence extends Cadence {
  /**
   * A full month at full productivity: the period figure / the period's length in months (Σ working-day fractions,
   * `period.lengthInMonths`). The role handbook's targets and its onboarding months both show this figure.
   */
  fullMonth: Decimal;
}
