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
   * `period.lengthInMonths`), ceiled for what people do and exact for outcomes and money. The role handbook's
   * targets show it, and its onboarding months scale it by the ramp.
   */
  fullMonth: Decimal;
}
