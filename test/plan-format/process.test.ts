import { describe, expect, it } from 'vitest';
import { processDiagram } from '../../src/diagrams/generate/process.ts';
import { onlyError, planFrom, type PlanRun } from './plan-from.ts';

/** README "The plan format" → `section: process`: every field, from a plan file to the process diagram. */

const PROCESS = '05-process.md';

/** The diagram node of a stage, by position: its name, its owner's title and its funnel volumes, as one line of text (the generator wraps them into rows: test/diagrams). */
function node(run: PlanRun, index: number): string {
  const { facts, model } = run.loaded;
  if (!facts || !model) throw new Error(`not valid: ${run.errors.map((m) => m.reason).join('; ')}`);
  const line = processDiagram(facts, model).source.split('\n').find((l) => l.startsWith(`  s${index}[`));
  return /\["(.*)"\]/.exec(line ?? '')?.[1]?.split('<br/>').join(' ') ?? '';
}

describe('stages', () => {
  it('name, owner and funnel_stage make the stage’s box: its owner’s title and the volumes into it', async () => {
    const run = await planFrom();
    expect(node(run, 3)).toBe('Discovery Account Executive 200 Meeting booked → 160 Meeting held (80%)');
  });

  it('funnel_stage moved: the box shows the conversion into that stage', async () => {
    const run = await planFrom({ [PROCESS]: { 'stages.discovery.funnel_stage': 'opportunity' } });
    expect(node(run, 3)).toBe('Discovery Account Executive 160 Meeting held → 80 Opportunity (50%)');
  });

  it('funnel_stage left out: no volumes', async () => {
    const run = await planFrom({ [PROCESS]: { 'stages.discovery.funnel_stage': null } });
    expect(node(run, 3)).toBe('Discovery Account Executive');
  });

  it('owner: the box names the owning role', async () => {
    const run = await planFrom({ [PROCESS]: { 'stages.discovery.owner': 'head_of_sales', 'stages.discovery.name': 'First call' } });
    expect(node(run, 3)).toBe('First call Head of Sales 200 Meeting booked → 160 Meeting held (80%)');
  });

  it('activities, method and playbook are read', async () => {
    const run = await planFrom({
      [PROCESS]: { 'stages.discovery.activities': '[Ask, Listen]', 'stages.discovery.method': 'meddicc', 'stages.discovery.playbook': 'wiki > Discovery' },
    });
    expect(run.loaded.facts?.process.stages.find((s) => s.id === 'discovery')).toMatchObject({
      activities: ['Ask', 'Listen'],
      method: 'meddicc',
      playbook: 'wiki > Discovery',
    });
  });

  it.each([
    ['owner', 'sdrr', 'owner `sdrr` is not a role; did you mean `sdr`?'],
    ['funnel_stage', 'meeting_hold', 'funnel_stage `meeting_hold` is not a funnel stage; did you mean `meeting_held`?'],
    ['method', 'spinn', 'method `spinn` is not a method; did you mean `spin`?'],
  ])('%s naming nothing that exists is refused at it, with the one meant', async (field, value, message) => {
    const run = await planFrom({ [PROCESS]: { [`stages.discovery.${field}`]: value } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(PROCESS, `stages.discovery.${field}`), reason: message, ruleId: 'unknown-reference' });
    expect(run.pointsAt(error)).toBe(value);
  });

  it('a stage without an owner is reported at the stage', async () => {
    const run = await planFrom({ [PROCESS]: { 'stages.discovery.owner': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PROCESS, 'stages.discovery'), reason: 'missing field `owner`; add `owner: <value>`' });
  });

  it('no stages at all is refused', async () => {
    const run = await planFrom({ [PROCESS]: { stages: '[]' } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PROCESS, 'stages'), reason: 'stages must list at least one item' });
  });
});

describe('methods', () => {
  it('id, name and when are read', async () => {
    const run = await planFrom({ [PROCESS]: { 'methods.spin.when': 'Discovery calls' } });
    expect(run.loaded.facts?.process.methods?.find((m) => m.id === 'spin')).toEqual({ id: 'spin', name: 'SPIN Selling', when: 'Discovery calls' });
  });

  it('left out, a stage naming a method is refused', async () => {
    const run = await planFrom({ [PROCESS]: { 'methods.spin': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PROCESS, 'stages.discovery.method'), reason: expect.stringMatching(/^method `spin` is not a method/) });
  });

  it('a method without `when` is reported at the method', async () => {
    const run = await planFrom({ [PROCESS]: { 'methods.spin.when': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(PROCESS, 'methods.spin'), reason: 'missing field `when`; add `when: <value>`' });
  });
});
