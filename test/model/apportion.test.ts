import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/model/apportion.ts';
import { d } from './worked-example.ts';

const split = (total: number, weights: (number | string)[]) => apportion(d(total), weights.map((w) => d(w))).map(String);

describe('apportion: a whole count over months by largest remainder', () => {
  it('adds up to the total, the rest to the largest remainders', () => {
    expect(split(10, [22, 20, 22])).toEqual(['4', '3', '3']); // 3.44, 3.13, 3.44: a tie, to the earlier month
    expect(split(8, [22, 20, 22])).toEqual(['3', '2', '3']);
    expect(split(7, [1, 1, 1])).toEqual(['3', '2', '2']);
    expect(split(12, [1, 1, 1])).toEqual(['4', '4', '4']);
    expect(split(5, ['0.5455', 1, 1, '0.3810'])).toEqual(['1', '2', '2', '0']);
  });

  it('gives a month of weight 0 nothing, and all months 0 when no month has weight', () => {
    expect(split(3, [0, 1, 2])).toEqual(['0', '1', '2']);
    expect(split(3, [0, 0])).toEqual(['0', '0']);
    expect(split(0, [1, 2])).toEqual(['0', '0']);
  });
});
