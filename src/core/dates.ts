/**
 * Calendar dates as ISO `YYYY-MM-DD` strings and whole day numbers (days since 1970-01-01, UTC).
 * UTC day arithmetic only: no time zone or clock can shift a plan's dates.
 */

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** Months since year 0, so month differences are plain subtraction. */
export function monthIndex(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function firstOfMonth(index: number): string {
  return `${monthKey(index)}-01`;
}

export function lastOfMonth(index: number): string {
  return addDays(firstOfMonth(index + 1), -1);
}

/** Tenure month of someone who starts on `start`, in the month `index`: 1 in the start month. */
export function tenureMonth(start: string, index: number): number {
  return index - monthIndex(start) + 1;
}
