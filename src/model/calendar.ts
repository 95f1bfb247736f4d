import type { PlanSettings } from '../validate/index.ts';
import { Decimal, ONE, ZERO } from '../core/decimal.ts';
import { addDays, dayNumber, firstOfMonth, isoDate, lastOfMonth, monthIndex, monthKey, weekday } from '../core/dates.ts';
import type { Period } from './types.ts';

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
const DEFAULT_WORKWEEK = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** A calendar month the period touches, clipped to the period. */
export interface CalendarMonth {
  /** Months since year 0 (see dates.monthIndex). */
  index: number;
  key: string;
  start: string;
  end: string;
  workingDays: number;
  /** Working days of the whole calendar month, inside the period or not. */
  monthWorkingDays: number;
  /** How much of the month the period holds, for monthly quota and pay: 1 when whole, else its working-day share. */
  fraction: Decimal;
}

export interface Calendar {
  kind: Period['kind'];
  label: string;
  start: string;
  end: string;
  workingDays: number;
  weeks: Decimal;
  months: CalendarMonth[];
}

interface Span {
  kind: Period['kind'];
  label: string;
  start: string;
  end: string;
}

function resolveSpan(period: PlanSettings['period']): Span {
  if (typeof period === 'string') {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter) {
      const first = Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3;
      return { kind: 'quarter', label: period, start: firstOfMonth(first), end: lastOfMonth(first + 2) };
    }
    const index = monthIndex(`${period}-01`);
    return { kind: 'month', label: period, start: firstOfMonth(index), end: lastOfMonth(index) };
  }
  if ('end' in period) {
    return { kind: 'range', label: `${period.start} – ${period.end}`, start: period.start, end: period.end };
  }
  // Decision: a {start, days: N} plan covers N calendar days, the start day included.
  const end = addDays(period.start, period.days - 1);
  return { kind: 'days', label: `${period.start} – ${end}`, start: period.start, end };
}

export function workingDayTest(plan: PlanSettings): (day: number) => boolean {
  const workweek = new Set<number>((plan.calendar?.workweek ?? DEFAULT_WORKWEEK).map((d) => WEEKDAY_INDEX[d]));
  const holidays = new Set((plan.calendar?.holidays ?? []).map(dayNumber));
  return (day) => workweek.has(weekday(day)) && !holidays.has(day);
}

function countWorkingDays(from: number, to: number, isWorking: (day: number) => boolean): number {
  let count = 0;
  for (let day = from; day <= to; day++) if (isWorking(day)) count++;
  return count;
}

/** Days per working week: the distinct weekdays of the workweek. */
export function workdaysPerWeek(plan: PlanSettings): number {
  return new Set(plan.calendar?.workweek ?? DEFAULT_WORKWEEK).size;
}

/** The period's dates, working days (workweek minus holidays) in total and per month, and working weeks. */
export function resolveCalendar(plan: PlanSettings): Calendar {
  const span = resolveSpan(plan.period);
  const isWorking = workingDayTest(plan);
  const [from, to] = [dayNumber(span.start), dayNumber(span.end)];
  const months: CalendarMonth[] = [];
  // An end before the start leaves no months and no working days: reported as zero working days.
  for (let index = monthIndex(span.start); from <= to && index <= monthIndex(span.end); index++) {
    const [monthFrom, monthTo] = [dayNumber(firstOfMonth(index)), dayNumber(lastOfMonth(index))];
    const [clipFrom, clipTo] = [Math.max(from, monthFrom), Math.min(to, monthTo)];
    const workingDays = countWorkingDays(clipFrom, clipTo, isWorking);
    const monthWorkingDays = countWorkingDays(monthFrom, monthTo, isWorking);
    const whole = clipFrom === monthFrom && clipTo === monthTo;
    const fraction = whole ? ONE : monthWorkingDays === 0 ? ZERO : new Decimal(workingDays).div(monthWorkingDays);
    months.push({
      index,
      key: monthKey(index),
      start: isoDate(clipFrom),
      end: isoDate(clipTo),
      workingDays,
      monthWorkingDays,
      fraction,
    });
  }
  const workingDays = months.reduce((acc, m) => acc + m.workingDays, 0);
  const weeks = new Decimal(workingDays).div(workdaysPerWeek(plan));
  return { ...span, workingDays, weeks, months };
}
