import { sourceStages, type PlanModel, type SourceRow, type SourceStage } from '../../model/index.ts';
import type { PlanFacts } from '../../validate/index.ts';

/** Where one source of the top funnel stage enters the process drawing. */
export interface SourceLane extends SourceStage {
  /** When the stage is not the source's own, the source is drawn as a node of its own, feeding the stage. */
  source: SourceRow;
}

/**
 * Each source with the process stage it fills (the model's sourceStages, for the stages given). Only structure is
 * chosen here: every figure drawn is the model's own (SourceRow.volume, SourceRow.stageNeed).
 */
export function sourceLanes(facts: PlanFacts, model: PlanModel): SourceLane[] {
  return sourceStages(facts.process.stages, model).map((placed, i) => ({ source: model.sources[i]!, ...placed }));
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
