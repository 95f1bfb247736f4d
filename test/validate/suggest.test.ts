import { describe, expect, it } from 'vitest';
import { didYouMean, listNames, suggest } from '../../src/core/suggest.ts';
import { allowedKeys } from '../../src/validate/zod-shape.ts';
import { planSection } from '../../src/validate/schema/plan.ts';
import { teamSection } from '../../src/validate/schema/team.ts';

describe('suggest', () => {
  it('finds typos and case slips, and nothing for unrelated names', () => {
    expect(suggest('qouta', ['quota', 'ote', 'ramp'])).toBe('quota');
    expect(suggest('sdrr', ['sdr', 'bdr', 'ae'])).toBe('sdr');
    expect(suggest('AE', ['sdr', 'ae'])).toBe('ae');
    expect(suggest('x', ['ae', 'sdr'])).toBeUndefined();
    expect(suggest('marketing', ['sdr', 'bdr', 'ae'])).toBeUndefined();
    expect(suggest('ae', ['ae'])).toBeUndefined();
    expect(didYouMean('goal', ['goals', 'team'])).toBe('; did you mean `goals`?');
    expect(didYouMean('zzz', ['goals'])).toBe('');
  });

  it('lists names once each, cut at a maximum', () => {
    expect(listNames(['a', 'b', 'a'])).toBe('a, b');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b, ...');
  });
});

describe('allowedKeys', () => {
  it('reads the keys of the object at a path through optional, array and record wrappers', () => {
    expect(allowedKeys(teamSection, ['roles', 3], {})).toContain('quota_period');
    expect(allowedKeys(planSection, ['calendar'], {})).toEqual(['workweek', 'holidays']);
    expect(allowedKeys(teamSection, ['nope'], {})).toEqual([]);
  });

  it('picks the union form that shares most keys with the input', () => {
    expect(allowedKeys(planSection, ['period'], { start: 'x', days: 30, extra: 1 })).toEqual(['start', 'days']);
    expect(allowedKeys(planSection, ['period'], { start: 'x', end: 'y', extra: 1 })).toEqual(['start', 'end']);
  });
});
