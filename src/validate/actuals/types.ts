import type { Decimal } from '../../core/decimal.ts';

/** Where a deal or activity came from: the export file and its row, for the dashboard's drill-down and messages. */
export interface ActualSource {
  file: string;
  line: number;
}

/** A deal of the exports in the plan's terms: its funnel stage, its owner as a person (or hire) id. */
export interface ActualDeal {
  id: string;
  amount: Decimal;
  status: 'won' | 'lost' | 'open';
  /** The funnel stage it is in (open deals), or last was in when the export says (its `won` stage for won deals). */
  stage?: string;
  owner: string;
  created?: string;
  /** The day it was won: the won time, else the close date (won deals only). */
  wonOn?: string;
  /** The expected close date (open deals), when the export has one. */
  expectedClose?: string;
  /** The day it entered each funnel stage, where the export has stage-entry dates. */
  entered: Record<string, string>;
  source: ActualSource;
}

export interface ActualActivity {
  activity: string;
  owner: string;
  date: string;
  source: ActualSource;
}

/** Everything read from the actuals folder, resolved against the plan, that the model compares with the plan. */
export interface Actuals {
  deals: ActualDeal[];
  activities: ActualActivity[];
  /** Activities the export lists as not done, and those whose type the mapping file says to ignore. */
  notDone: number;
  ignored: number;
  /** One entry per export read: what it was recognised as, and how many rows it gave. */
  exports: { file: string; crm: string; kind: 'deals' | 'activities'; language: 'en' | 'sv'; rows: number }[];
  /** Whether any deal export gives stage-entry dates: the actual conversion rates are measured from them. */
  hasStageDates: boolean;
}
