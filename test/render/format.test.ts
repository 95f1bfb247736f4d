import { describe, expect, it } from 'vitest';
import { dec } from '../../src/core/decimal.ts';
import { createFormat } from '../../src/core/format.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

describe('createFormat en-US / USD', () => {
  const f = createFormat('en-US', 'USD');

  it('formats a whole amount without cents, any other to the cent', () => {
    expect(f.money(dec(250000))).toBe('$250,000');
    expect(f.money(dec('85937.5'))).toBe('$85,937.50');
    expect(f.money(dec('-5937.5'))).toBe(`${MINUS}$5,937.50`);
    // A prorated amount a hair off whole prints whole: what shows decides, not the 40th digit.
    expect(f.money(dec(130000).div(12).times(3))).toBe('$32,500');
    expect(f.money(dec('32499.996'))).toBe('$32,500');
    expect(f.money(dec('32499.994'))).toBe('$32,499.99');
    expect(f.gap(dec('-5937.4999999'))).toBe(`${MINUS}$5,937.50`);
    expect(f.gap(dec('-5937.0000001'))).toBe(`${MINUS}$5,937`);
  });

  it('formats money in whole dollars where asked, rounding half away from zero', () => {
    expect(f.moneyWhole(dec(150000))).toBe('$150,000');
    expect(f.moneyWhole(dec('2343.75'))).toBe('$2,344');
    expect(f.moneyWhole(dec('11718.5'))).toBe('$11,719');
    expect(f.moneyWhole(dec('-5937.5'))).toBe(`${MINUS}$5,938`);
  });

  it('formats large and long decimals exactly, without binary floating point', () => {
    // 2^53 + 1 is not representable as a double; the string path keeps it.
    expect(f.money(dec('9007199254740993'))).toBe('$9,007,199,254,740,993');
    expect(f.money(dec('0.125'))).toBe('$0.13');
    expect(f.money(dec('1e21'))).toBe('$1,000,000,000,000,000,000,000');
  });

  it('formats counts with grouping and never rounds a fraction down', () => {
    expect(f.count(dec(12800))).toBe('12,800');
    expect(f.count(64)).toBe('64');
    expect(f.count(dec('6.2'))).toBe('7');
  });

  it('formats percentages, FTE, RRE and rates to their decimals', () => {
    expect(f.percent(dec('0.25'))).toBe('25%');
    expect(f.percent(dec('0.9309090909090909'))).toBe('93.1%');
    expect(f.fte(dec(10))).toBe('10.0');
    expect(f.fte(dec('3.75'))).toBe('3.8');
    expect(f.rre(dec('2.25'))).toBe('2.25');
    expect(f.rre(dec(2))).toBe('2.00');
    expect(f.outcomeRate(dec('0.3125'))).toBe('0.31');
    expect(f.multiple(dec(4))).toBe('4.0×');
    expect(f.ratio(dec(1280))).toBe('1,280');
    expect(f.ratio(dec(1).div('0.7'))).toBe('1.43');
  });

  it('signs gaps with a real minus sign and the currency, cents only where the amount has them', () => {
    expect(f.gap(dec('11875'))).toBe('+$11,875');
    expect(f.gap(dec('-5937.5'))).toBe(`${MINUS}$5,937.50`);
    expect(f.gap(dec(0))).toBe('$0');
  });

  it('formats dates in UTC, whatever the machine time zone', () => {
    expect(f.date('2026-10-02')).toBe('Oct 2, 2026');
    expect(f.date('2026-01-01')).toBe('Jan 1, 2026');
    expect(f.month('2026-12')).toBe('Dec 2026');
    expect(f.timestamp('2026-10-05T09:30:00Z')).toMatch(/^Oct 5, 2026, 9:30\sAM$/);
    expect(f.date('not a date')).toBe('not a date');
  });
});

describe('createFormat sv-SE / SEK', () => {
  const f = createFormat('sv-SE', 'SEK');

  it('formats money with the Swedish separators and the kr sign', () => {
    expect(f.money(dec(250000))).toBe(`250${NBSP}000${NBSP}kr`);
    expect(f.money(dec('-5937.5'))).toBe(`${MINUS}5${NBSP}937,50${NBSP}kr`);
    expect(f.moneyWhole(dec('23437.5'))).toBe(`23${NBSP}438${NBSP}kr`);
  });

  it('formats counts, percentages and gaps', () => {
    expect(f.count(dec(12800))).toBe(`12${NBSP}800`);
    expect(f.percent(dec('0.25'))).toBe(`25${NBSP}%`);
    expect(f.percent(dec('0.271'))).toBe(`27,1${NBSP}%`);
    expect(f.fte(dec(10))).toBe('10,0');
    expect(f.multiple(dec(4))).toBe('4,0×');
    expect(f.gap(dec('11875'))).toBe(`+11${NBSP}875${NBSP}kr`);
    expect(f.gap(dec('-5937.5'))).toBe(`${MINUS}5${NBSP}937,50${NBSP}kr`);
  });

  it('formats dates the Swedish way', () => {
    expect(f.date('2026-10-02')).toBe('2 okt. 2026');
    expect(f.month('2026-10')).toBe('okt. 2026');
  });

  it('uses no narrow no-break space where Intl writes a plain one', () => {
    expect(f.money(dec(1000))).not.toContain(NNBSP);
  });
});

describe('currency minor units', () => {
  it('shows yen without decimals and gaps to match', () => {
    const f = createFormat('en-US', 'JPY');
    expect(f.money(dec('1234.5'))).toBe('¥1,235');
    expect(f.gap(dec('-1234'))).toBe(`${MINUS}¥1,234`);
  });
});
