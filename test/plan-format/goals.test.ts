import { describe, expect, it } from 'vitest';
import { onlyError, planFrom, type PlanRun } from './plan-from.ts';

/** README "The plan format" → `section: goals`: every field and every form, from a plan file to the model. */

const GOALS = '02-goals.md';

const model = (run: PlanRun) => {
  if (!run.loaded.model) throw new Error(`no model: ${run.errors.map((m) => m.reason).join('; ')}`);
  return run.loaded.model;
};
const funnelNeeds = (run: PlanRun) => model(run).funnel.map((row) => `${row.id} ${row.need.period.toString()}`);
const sources = (run: PlanRun) =>
  model(run).sources.map((s) => `${s.activity} share ${s.share} one in ${s.oneIn} → ${s.stageNeed} → ${s.volume.period} (${s.volume.perDay}/day)`);

describe('target and average_deal_size', () => {
  it('give the deals needed, and the funnel is chained up from them', async () => {
    const run = await planFrom();
    expect(model(run).deals.needed.toString()).toBe('20');
    expect(funnelNeeds(run)).toEqual(['meeting_booked 200', 'meeting_held 160', 'opportunity 80', 'won 20']);
  });

  it('a target that is not a whole number of deals: one deal more, and a warning at the deal size', async () => {
    const run = await planFrom({ [GOALS]: { average_deal_size: '12000' } });
    expect(model(run).deals.needed.toString()).toBe('21');
    expect(model(run).deals.overshoot.toString()).toBe('2000');
    const warning = run.warnings.find((m) => m.ruleId === 'target-not-divisible');
    expect(warning).toMatchObject({ ...run.where(GOALS, 'average_deal_size') });
    expect(run.pointsAt(warning!)).toBe('12000');
  });

  it.each([
    ['"$250,000"', "target names a currency ($); amounts are plain numbers in the plan's currency (`currency` in the plan section): write 250000, not $250,000"],
    ['250000 USD', "target names a currency (USD); amounts are plain numbers in the plan's currency (`currency` in the plan section): write 250000, not 250000 USD"],
    ['0', 'target must be an amount greater than 0'],
    ['lots', 'target must be an amount written as a plain number, e.g. 250000 (no currency sign or separators)'],
  ])('target %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [GOALS]: { target: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(GOALS, 'target'), reason: message });
  });
});

describe('funnel', () => {
  it.each(['25%', '0.25'])('a rate written %s converts a stage into the next', async (rate) => {
    const run = await planFrom({ [GOALS]: { 'funnel.opportunity.rate': rate } });
    expect(model(run).funnel.find((r) => r.id === 'opportunity')?.rate?.toString()).toBe('0.25');
    expect(funnelNeeds(run)).toEqual(['meeting_booked 200', 'meeting_held 160', 'opportunity 80', 'won 20']);
  });

  it('a rate is exact from its source text: 21 deals at 0.7 need exactly 30 opportunities', async () => {
    // In binary floating point 21 / 0.7 is 30.000000000000004, which would ceil to 31.
    const run = await planFrom({ [GOALS]: { target: '262500', 'funnel.opportunity.rate': '0.7' } });
    expect(funnelNeeds(run).slice(2)).toEqual(['opportunity 30', 'won 21']);
  });

  it.each([
    ['25', 'rate must be a rate between 0 and 1; did you mean 25%?'],
    ['0', 'rate must be a rate between 0 and 1'],
    ['120%', 'rate must be a rate between 0 and 1'],
    ['high', 'rate must be a rate such as 25% or 0.25'],
  ])('a rate written %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [GOALS]: { 'funnel.opportunity.rate': value } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(GOALS, 'funnel.opportunity.rate'), reason: message });
    expect(run.pointsAt(error)).toBe(value);
  });

  it('a stage above the won deal without a rate is reported at the stage', async () => {
    const run = await planFrom({ [GOALS]: { 'funnel.meeting_held.rate': null } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'funnel.meeting_held'),
      reason: 'funnel stage `meeting_held` needs a `rate`: the share that becomes `opportunity`',
      ruleId: 'funnel-rate',
    });
  });

  it('the won deal with a rate is reported at the rate', async () => {
    const run = await planFrom({ [GOALS]: { 'funnel.won.rate': '10%' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'funnel.won.rate'),
      reason: 'the last funnel stage `won` is the won deal and has no `rate`',
    });
  });

  it('a funnel of one stage is refused', async () => {
    const run = await planFrom({ [GOALS]: { funnel: '[{id: won, name: Won}]' } });
    expect(run.errors).toContainEqual(
      expect.objectContaining({ ...run.where(GOALS, 'funnel'), reason: 'funnel needs at least two stages, ending with the won deal' }),
    );
  });

  it('a stage without a name is reported at the stage', async () => {
    const run = await planFrom({ [GOALS]: { 'funnel.opportunity.name': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(GOALS, 'funnel.opportunity'), reason: 'missing field `name`; add `name: <value>`' });
  });
});

describe('sources', () => {
  const byOneIn = 'cold_emails share 0.5 one in 128 → 100 → 12800 (200/day)';

  it('one_in: one top-stage result per so many activities', async () => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_emails.one_in': '128' } });
    expect(sources(run)[0]).toBe(byOneIn);
  });

  it.each(['0.78125%', '0.0078125'])('rate %s instead of one_in gives the same figures', async (rate) => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_emails.one_in': null, 'sources.cold_emails.rate': rate } });
    expect(run.errors).toEqual([]);
    expect(sources(run)[0]).toBe(byOneIn);
  });

  it('share: the part of the top stage each source brings', async () => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_emails.share': '75%', 'sources.cold_calls.share': '0.25' } });
    expect(sources(run)).toEqual([
      'cold_emails share 0.75 one in 128 → 150 → 19200 (300/day)',
      'cold_calls share 0.25 one in 128 → 50 → 6400 (100/day)',
    ]);
  });

  it('both one_in and rate: reported at the rate', async () => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_emails.rate': '1%' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'sources.cold_emails.rate'),
      reason: 'source `cold_emails` has both `one_in` and `rate`',
      ruleId: 'source-yield',
    });
  });

  it('neither one_in nor rate: reported at the source', async () => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_calls.one_in': null } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'sources.cold_calls'),
      reason: 'source `cold_calls` needs `one_in` or `rate`',
    });
  });

  it('shares that do not add up to 100%: reported at the first share', async () => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_calls.share': '40%' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'sources.0.share'),
      reason: 'the shares of the sources add up to 90%, not 100%',
      ruleId: 'shares-sum',
    });
  });

  it.each([
    ['0', 'one_in must be greater than 0'],
    ['many', 'one_in must be a number, e.g. 20'],
  ])('one_in %s is refused at the value', async (value, message) => {
    const run = await planFrom({ [GOALS]: { 'sources.cold_emails.one_in': value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(GOALS, 'sources.cold_emails.one_in'), reason: message });
  });
});

describe('gross_margin, annual_churn, other_sales_costs', () => {
  it('margin and churn give the lifetime value: deal size × margin / churn', async () => {
    const run = await planFrom({ [GOALS]: { gross_margin: '80%', annual_churn: '0.1' } });
    expect(model(run).economics.ltv?.toString()).toBe('100000');
  });

  it('the payback halves when the margin doubles', async () => {
    const [low, high] = [await planFrom({ [GOALS]: { gross_margin: '40%' } }), await planFrom({ [GOALS]: { gross_margin: '80%' } })];
    const [a, b] = [model(low).economics.paybackMonths, model(high).economics.paybackMonths];
    expect(a && b && a.div(b).toString()).toBe('2');
  });

  it('without them there is no payback or lifetime value', async () => {
    const run = await planFrom({ [GOALS]: { gross_margin: null, annual_churn: null } });
    expect(run.errors).toEqual([]);
    expect(model(run).economics.paybackMonths).toBeUndefined();
    expect(model(run).economics.ltv).toBeUndefined();
  });

  it('other_sales_costs are added to the team cost', async () => {
    const run = await planFrom({ [GOALS]: { other_sales_costs: '45000' } });
    const { teamCost, otherCosts, totalCost } = model(run).economics;
    expect(otherCosts.toString()).toBe('45000');
    expect(totalCost.minus(teamCost).toString()).toBe('45000');
  });

  it('other_sales_costs may be 0 or left out', async () => {
    for (const value of ['0', null]) {
      const run = await planFrom({ [GOALS]: { other_sales_costs: value } });
      expect(run.errors).toEqual([]);
      expect(model(run).economics.otherCosts.toString()).toBe('0');
    }
  });

  it.each([
    ['gross_margin', '80', 'gross_margin must be a rate between 0 and 1; did you mean 80%?'],
    ['annual_churn', '0%', 'annual_churn must be a rate between 0 and 1'],
    ['other_sales_costs', '-1', 'other_sales_costs must not be negative'],
  ])('%s %s is refused at the value', async (field, value, message) => {
    const run = await planFrom({ [GOALS]: { [field]: value } });
    expect(onlyError(run)).toMatchObject({ ...run.where(GOALS, field), reason: message });
  });
});

describe('pipeline_stage', () => {
  it('left out: coverage counts from the stage with id `opportunity`, target / 25%', async () => {
    const { economics } = model(await planFrom());
    expect([economics.pipelineStage, economics.pipelineWinRate.toString(), economics.requiredPipeline.toString()]).toEqual([
      'opportunity',
      '0.25',
      '1000000',
    ]);
  });

  it('named: coverage counts from that stage, target / (the rates from it down to won)', async () => {
    const { economics } = model(await planFrom({ [GOALS]: { pipeline_stage: 'meeting_held' } }));
    expect([economics.pipelineStage, economics.pipelineWinRate.toString(), economics.requiredPipeline.toString()]).toEqual([
      'meeting_held',
      '0.125',
      '2000000',
    ]);
  });

  it('naming no funnel stage: reported at the value, with the stage meant', async () => {
    const run = await planFrom({ [GOALS]: { pipeline_stage: 'opportunities' } });
    expect(onlyError(run)).toMatchObject({
      ...run.where(GOALS, 'pipeline_stage'),
      reason: 'pipeline_stage `opportunities` is not a funnel stage; did you mean `opportunity`?',
      ruleId: 'unknown-reference',
    });
  });
});
