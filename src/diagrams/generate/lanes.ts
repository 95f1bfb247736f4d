import type { PlanModel, SourceRow } from '../../model/index.ts';
import type { PlanFacts } from '../../validate/index.ts';

/** Where one source of the top funnel stage enters the process drawing. */
export interface SourceLane {
  source: SourceRow;
  /** Index of the process stage the source fills. */
  stage: number;
  /**
   * The stage is this source's alone ("Prospecting by email" for the cold emails): the stage is the source's lane
   * and carries its figures. Otherwise (one "Prospecting" stage doing emails and calls) the source is drawn as
   * a node of its own, feeding that stage.
   */
  own: boolean;
}

const norm = (text: string) => text.trim().toLowerCase();

/**
 * The process stage each source fills, in order of evidence: a stage that lists the source (its activity id or
 * name) among its activities; else a stage producing the top funnel stage whose owner is the role the model gives
 * the source's activity to; else the first stage producing the top funnel stage; else the first stage, where the
 * process starts (a stage that does not produce the top funnel stage is never a lane). Only structure is chosen here:
 * every figure drawn is the model's own (SourceRow.volume, SourceRow.stageNeed).
 */
export function sourceLanes(facts: PlanFacts, model: PlanModel): SourceLane[] {
  const stages = facts.process.stages;
  const top = model.funnel[0]?.id;
  const fillsTop = (i: number) => top !== undefined && stages[i]?.funnel_stage === top;
  const chosen = model.sources.map((source): { stage: number; lane: boolean } => {
    const names = [source.activity, source.name].map(norm);
    const listed = stages.findIndex((s) => (s.activities ?? []).some((a) => names.includes(norm(a))));
    if (listed !== -1) return { stage: listed, lane: true };
    const doer = model.activities.find((a) => a.activity === source.activity)?.role;
    const owned = stages.findIndex((s, i) => fillsTop(i) && s.owner === doer);
    if (owned !== -1) return { stage: owned, lane: true };
    const first = stages.findIndex((_, i) => fillsTop(i));
    return first === -1 ? { stage: 0, lane: false } : { stage: first, lane: true };
  });
  return model.sources.map((source, i) => {
    const { stage, lane } = chosen[i]!;
    return { source, stage, own: lane && chosen.filter((c) => c.stage === stage).length === 1 };
  });
}

/**
 * The stages as the drawing's steps, in order: a run of consecutive lane stages is one step (drawn side by side,
 * each joined to the steps before and after it, never to each other); every other stage is a step of its own.
 */
export function processSteps(stageCount: number, lanes: readonly SourceLane[]): number[][] {
  const laneStages = new Set(lanes.flatMap((lane) => (lane.own ? [lane.stage] : [])));
  const steps: number[][] = [];
  for (let i = 0; i < stageCount; i++) {
    const previous = steps[steps.length - 1];
    if (previous && laneStages.has(i) && laneStages.has(i - 1)) previous.push(i);
    else steps.push([i]);
  }
  return steps;
}
