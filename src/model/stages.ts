import type { PlanFacts } from '../validate/index.ts';
import type { Decimal } from '../core/decimal.ts';
import type { ActivityTarget, FunnelRow, SourceRow, StageRow } from './types.ts';

type ProcessStage = PlanFacts['process']['stages'][number];

/** Where one source of the top funnel stage enters the process: the stage it fills, and whether it is its alone. */
export interface SourceStage {
  /** Index of the process stage the source fills. */
  stage: number;
  /**
   * The stage is this source's alone ("Prospecting by email" for the cold emails): the stage carries the source's
   * figures. Otherwise (one "Prospecting" stage doing emails and calls) the stage delivers what its sources add up to.
   */
  own: boolean;
}

const norm = (text: string) => text.trim().toLowerCase();

/**
 * The process stage each source fills, in order of evidence: a stage that lists the source (its activity id or
 * name) among its activities; else a stage producing the top funnel stage whose owner is the role the model gives
 * the source's activity to; else the first stage producing the top funnel stage; else the first stage, where the
 * process starts (a stage that does not produce the top funnel stage is never a source's own).
 */
export function sourceStages(
  stages: readonly ProcessStage[],
  model: { funnel: readonly FunnelRow[]; sources: readonly SourceRow[]; activities: readonly ActivityTarget[] },
): SourceStage[] {
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
  return chosen.map(({ stage, lane }) => ({ stage, own: lane && chosen.filter((c) => c.stage === stage).length === 1 }));
}

/**
 * Each process stage's volume in the period. A stage that is one source's own delivers that source's part of the
 * top stage (SourceRow.stageNeed: 100 of the 200 meetings when emails and calls each book half); a stage producing
 * another funnel stage, or the top stage for several sources together, delivers its funnel stage's need.
 */
export function computeStages(
  stages: readonly ProcessStage[],
  funnel: readonly FunnelRow[],
  sources: readonly SourceRow[],
  placed: readonly SourceStage[],
): StageRow[] {
  const rows = new Map(funnel.map((row) => [row.id, row]));
  return stages.map((stage, i): StageRow => {
    const fed = sources.filter((_, s) => placed[s]?.stage === i);
    // A source's own stage carries its figures when it books the top stage (or names no funnel stage at all).
    const top = stage.funnel_stage === undefined || stage.funnel_stage === funnel[0]?.id;
    const own = top ? placed.findIndex((p) => p.stage === i && p.own) : -1;
    const need: Decimal | undefined = own !== -1 ? sources[own]?.stageNeed : stage.funnel_stage ? rows.get(stage.funnel_stage)?.need.period : undefined;
    // A source's own stage books the top stage's units even when the plan names no funnel stage for it.
    const produces = stage.funnel_stage ?? (own !== -1 ? funnel[0]?.id : undefined);
    return {
      id: stage.id,
      name: stage.name,
      ...(produces !== undefined && { funnelStage: produces }),
      ...(need !== undefined && { volume: need }),
      sources: fed.map((s) => s.activity),
    };
  });
}
