import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import type { PlanFacts } from '../../src/validate/index.ts';
import { workedExampleFacts } from './worked-example.ts';

const withStages = (facts: PlanFacts, stages: PlanFacts['process']['stages']): PlanFacts => ({ ...facts, process: { ...facts.process, stages } });
const volumes = (facts: PlanFacts) => computeModel(facts).stages.map((s) => [s.name, s.volume?.toString(), s.sources]);

describe('the process stages and what each delivers', () => {
  it('gives a stage that is one source\'s own that source\'s part of the top stage, the others their funnel stage\'s need', () => {
    const model = computeModel(workedExampleFacts());
    // 200 meetings booked, half from the SDRs' emails and half from the BDRs' calls: 100 each.
    expect(model.funnel[0]?.need.period.toString()).toBe('200');
    expect(model.sources.map((s) => [s.activity, s.stageNeed.toString()])).toEqual([['cold_emails', '100'], ['cold_calls', '100']]);
    expect(volumes(workedExampleFacts())).toEqual([
      ['Prospect', '100', ['cold_emails']],
      ['Call', '100', ['cold_calls']],
      ['Close', '20', []],
    ]);
  });

  it('gives one stage doing every source the whole top stage', () => {
    const facts = withStages(workedExampleFacts(), [
      { id: 'prospect', name: 'Prospect', owner: 'sdr', funnel_stage: 'meetings_booked' },
      { id: 'close', name: 'Close', owner: 'ae', funnel_stage: 'won' },
    ]);
    expect(volumes(facts)).toEqual([
      ['Prospect', '200', ['cold_emails', 'cold_calls']],
      ['Close', '20', []],
    ]);
  });

  it('leaves a stage that produces no funnel stage and fills no source without a volume', () => {
    const facts = withStages(workedExampleFacts(), [
      { id: 'prospect', name: 'Prospect', owner: 'sdr', funnel_stage: 'meetings_booked' },
      { id: 'handoff', name: 'Handoff', owner: 'sdr' },
      { id: 'close', name: 'Close', owner: 'ae', funnel_stage: 'won' },
    ]);
    expect(volumes(facts)).toEqual([
      ['Prospect', '200', ['cold_emails', 'cold_calls']],
      ['Handoff', undefined, []],
      ['Close', '20', []],
    ]);
  });

  it('gives a stage listing a source but producing a later funnel stage that stage\'s need', () => {
    const facts = withStages(workedExampleFacts(), [
      { id: 'prospect', name: 'Prospect', owner: 'sdr', funnel_stage: 'meetings_booked', activities: ['cold_emails'] },
      { id: 'call', name: 'Call and meet', owner: 'bdr', funnel_stage: 'meetings_held', activities: ['cold_calls'] },
      { id: 'close', name: 'Close', owner: 'ae', funnel_stage: 'won' },
    ]);
    expect(volumes(facts)).toEqual([
      ['Prospect', '100', ['cold_emails']],
      ['Call and meet', '160', ['cold_calls']],
      ['Close', '20', []],
    ]);
  });
});
