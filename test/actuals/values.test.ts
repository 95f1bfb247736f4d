import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate } from '../../src/parse/index.ts';
import type { ValueFormat } from '../../src/parse/actuals/index.ts';

const en: ValueFormat = { decimal: '.', slash: 'mdy' };
const sv: ValueFormat = { decimal: ',', slash: 'mdy' };
const dmy: ValueFormat = { decimal: '.', slash: 'dmy' };
const date = (cell: string | number, format = en) => {
  const r = parseDate(cell, format);
  return r.ok ? r.value : `! ${r.problem}`;
};
const amount = (cell: string | number, format = en) => {
  const r = parseAmount(cell, format);
  return r.ok ? `${String(r.value.amount)}${r.value.currency ? ` ${r.value.currency}` : ''}` : `! ${r.problem}`;
};

describe('dates as CRMs write them', () => {
  it('ISO with or without a time, dd.mm.yyyy, m/d/yyyy and Excel serials', () => {
    expect(date('2026-10-14')).toBe('2026-10-14');
    expect(date('2026-10-14 09:32')).toBe('2026-10-14');
    expect(date('2026-10-14T23:59:59Z')).toBe('2026-10-14');
    expect(date('14.10.2026')).toBe('2026-10-14');
    expect(date('10/14/2026')).toBe('2026-10-14');
    expect(date('10/14/2026 5:30 PM')).toBe('2026-10-14');
    expect(date(46309)).toBe('2026-10-14');
    expect(date(46309.75)).toBe('2026-10-14');
    expect(date('46309')).toBe('2026-10-14');
  });

  it('03/04/2026 is March 4 unless the mapping file says date_order: dmy', () => {
    expect(date('03/04/2026')).toBe('2026-03-04');
    expect(date('03/04/2026', dmy)).toBe('2026-04-03');
    expect(date('14/10/2026')).toBe('! 2026-14-10 is not a date that exists');
    expect(date('14/10/2026', dmy)).toBe('2026-10-14');
  });

  it('refuses what is no date', () => {
    expect(date('2026-02-30')).toBe('! 2026-02-30 is not a date that exists');
    expect(date('next Tuesday')).toBe('! "next Tuesday" is not a date salesplan reads');
    expect(date('1850-01-01')).toBe('! the year 1850 is outside 1900-2100');
  });
});

describe('amounts with the export’s separators', () => {
  it('English: comma groups, point decimals, a symbol or code', () => {
    expect(amount('12,500.50')).toBe('12500.5');
    expect(amount('$12,500')).toBe('12500 USD');
    expect(amount('USD 12,500')).toBe('12500 USD');
    expect(amount('-1,000')).toBe('-1000');
    expect(amount(12500.5)).toBe('12500.5');
  });

  it('Swedish: spaces (also no-break) or points group, comma decimals, kr names no currency', () => {
    expect(amount('12 500,50', sv)).toBe('12500.5');
    expect(amount('12\u00a0500,50 kr', sv)).toBe('12500.5');
    expect(amount('12.500,50', sv)).toBe('12500.5');
    expect(amount('12 500,00 EUR', sv)).toBe('12500 EUR');
    expect(amount('0,1', sv)).toBe('0.1');
  });

  it('refuses what is no amount', () => {
    expect(amount('12 5OO')).toBe('! "12 5OO" is not an amount written with "." as the decimal mark');
    expect(amount('12,500.00', sv)).toBe('! "12,500.00" is not an amount written with "," as the decimal mark');
    expect(amount('=1+1')).toMatch(/^! /);
  });
});
