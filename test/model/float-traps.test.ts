import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import { d, targetForDeals, withGoals, withRate, workedExampleFacts } from './worked-example.ts';

/**
 * Inputs where binary floating point ceils to the wrong whole number. Each test first shows the float result is
 * really off (so the trap is real), then that the model, computing in decimals, gets it right.
 */
describe('float traps', () => {
  it('ceil(21 / 0.7) is 30 opportunities, not 31', () => {
    expect(Math.ceil(21 / 0.7)).toBe(31);
    const facts = withRate(withGoals(workedExampleFacts(), { target: targetForDeals(21) }), 'opportunities', d(0.7));
    const model = computeModel(facts);
    expect(model.deals.needed.toString()).toBe('21');
    expect(model.funnel.find((f) => f.id === 'opportunities')?.need.period.toString()).toBe('30');
  });

  it('ceil(57 / 0.57) is 100 opportunities, not 101', () => {
    expect(Math.ceil(57 / 0.57)).toBe(101);
    const facts = withRate(withGoals(workedExampleFacts(), { target: targetForDeals(57) }), 'opportunities', d(0.57));
    expect(computeModel(facts).funnel.find((f) => f.id === 'opportunities')?.need.period.toString()).toBe('100');
  });

  it('a 7% source share of 200 meetings is 14 meetings, not 15', () => {
    expect(Math.ceil(200 * 0.07)).toBe(15);
    const facts = withGoals(workedExampleFacts(), {
      sources: [
        { activity: 'cold_emails', name: 'Cold emails', share: d(0.07), one_in: d(128) },
        { activity: 'cold_calls', name: 'Cold calls', share: d(0.93), one_in: d(128) },
      ],
    });
    const model = computeModel(facts);
    expect(model.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const emails = model.sources.find((s) => s.activity === 'cold_emails');
    expect(emails?.stageNeed.toString()).toBe('14');
    expect(emails?.volume.period.toString()).toBe('1792'); // 14 × 128
  });
});
