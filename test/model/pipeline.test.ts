import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/model/index.ts';
import { runEdited } from '../validate/run-plan.ts';
import { d, withGoals, workedExampleFacts } from './worked-example.ts';

const AFTER_DEAL_SIZE = 'average_deal_size: 12500\n';
/** The worked example without its explicit pipeline_stage, so the default applies. */
function defaultPipeline() {
  const facts = workedExampleFacts();
  const { pipeline_stage: _explicit, ...goals } = facts.goals;
  return { ...facts, goals };
}
const withPipelineStage = (value: string) => ({ '03-goals.md': [[AFTER_DEAL_SIZE, `${AFTER_DEAL_SIZE}pipeline_stage: ${value}\n`]] as [string, string][] });

describe('pipeline coverage counts from the plan’s pipeline stage', () => {
  it('defaults to the stage with id `opportunity`: the worked example’s $1,000,000 (4.0x)', async () => {
    const { facts } = await runEdited({});
    const model = computeModel(facts!);
    expect(model.economics.pipelineStage).toBe('opportunity');
    expect(model.economics.pipelineWinRate.toString()).toBe('0.25');
    expect(model.economics.requiredPipeline.toString()).toBe('1000000');
    expect(model.economics.pipelineMultiple.toString()).toBe('4');
  });

  it('takes the product of the rates from that stage down to won, not the last rate alone', () => {
    // opportunity → proposal → won at 30% and 70%: the opportunities must be worth target / 0.21.
    const facts = withGoals(defaultPipeline(), {
      funnel: [
        { id: 'opportunity', name: 'Opportunity', rate: d('0.3') },
        { id: 'proposal', name: 'Proposal', rate: d('0.7') },
        { id: 'won', name: 'Won' },
      ],
    });
    const model = computeModel(facts);
    expect(model.economics.pipelineStage).toBe('opportunity');
    expect(model.economics.pipelineWinRate.toString()).toBe('0.21');
    expect(model.economics.requiredPipeline.eq(d(250000).div('0.21'))).toBe(true);
    expect(model.economics.pipelineMultiple.toFixed(2)).toBe('4.76');
  });

  it('falls back to the top stage when no stage is called `opportunity`', () => {
    const model = computeModel(defaultPipeline());
    expect(model.economics.pipelineStage).toBe('meetings_booked');
    // 80% × 50% × 25% = 10%
    expect(model.economics.pipelineWinRate.toString()).toBe('0.1');
    expect(model.economics.requiredPipeline.toString()).toBe('2500000');
  });

  it('reads pipeline_stage from the plan file', async () => {
    const { facts, messages } = await runEdited(withPipelineStage('meeting_held'));
    expect(messages).toEqual([]);
    const model = computeModel(facts!);
    expect(model.economics.pipelineStage).toBe('meeting_held');
    expect(model.economics.requiredPipeline.toString()).toBe('2000000'); // 250,000 / (50% × 25%)
    const won = computeModel((await runEdited(withPipelineStage('won'))).facts!);
    expect(won.economics.requiredPipeline.toString()).toBe('250000');
  });

  it('reports a pipeline_stage that is not a funnel stage, at the value, with the nearest one', async () => {
    const { facts, messages } = await runEdited(withPipelineStage('oportunity'));
    expect(facts).toBeUndefined();
    expect(messages).toEqual([
      expect.objectContaining({
        file: 'content/03-goals.md',
        line: 5,
        column: 17,
        severity: 'error',
        reason: 'pipeline_stage `oportunity` is not a funnel stage; did you mean `opportunity`?',
        note: 'funnel stages: meeting_booked, meeting_held, opportunity, won',
        ruleId: 'unknown-reference',
      }),
    ]);
  });
});
