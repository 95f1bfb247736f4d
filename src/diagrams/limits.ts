import { DIAGRAM_LIMITS } from '../core/limits.ts';
import type { DiagramSpec } from './types.ts';

/** What is wrong with a diagram Mermaid would not draw, in words, or undefined when it is within the limits. */
export interface LimitProblem {
  reason: string;
  hint: string;
}

const n = (value: number) => value.toLocaleString('en-US');

/** A flowchart connection as the generators write one: `  s0 --> s1` or `  s0 -->|"100 Meetings"| s1` on its own line. */
const GENERATED_EDGE = /^\s*[A-Za-z]\w*\s+-->(?:\|"[^"\n]*"\|)?\s+[A-Za-z]\w*\s*$/gm;

/** A generated diagram (process, gantt, org) over Mermaid's limits: too much text, or too many connections. */
export function generatedDiagramProblem(spec: DiagramSpec, drawnFrom: string): LimitProblem | undefined {
  const size = spec.source.length;
  if (size > DIAGRAM_LIMITS.textSize) {
    return {
      reason: `the diagram "${spec.title}" drawn from these ${drawnFrom} is ${n(size)} characters of Mermaid; Mermaid draws at most ${n(DIAGRAM_LIMITS.textSize)}`,
      hint: `list fewer ${drawnFrom} or give them shorter names: a diagram that size would not be legible anyway`,
    };
  }
  const edges = spec.source.match(GENERATED_EDGE)?.length ?? 0;
  if (edges > DIAGRAM_LIMITS.edges) {
    return {
      reason: `the diagram "${spec.title}" drawn from these ${drawnFrom} has ${n(edges)} connections; Mermaid draws at most ${n(DIAGRAM_LIMITS.edges)}`,
      hint: `list fewer ${drawnFrom}: a diagram that size would not be legible anyway`,
    };
  }
  return undefined;
}

/** An author's ```mermaid block over Mermaid's text limit (its connections are counted by Mermaid as it draws). */
export function authorDiagramProblem(source: string): LimitProblem | undefined {
  if (source.length <= DIAGRAM_LIMITS.textSize) return undefined;
  return {
    reason: `this Mermaid diagram is ${n(source.length)} characters long; Mermaid draws at most ${n(DIAGRAM_LIMITS.textSize)}`,
    hint: 'split it into several diagrams, each in its own ```mermaid block',
  };
}

/** Mermaid's "Edge limit exceeded. 500 edges found, but the limit is 500. …" as one line, or undefined. */
export function edgeLimitReason(message: string): string | undefined {
  if (!/^Edge limit exceeded/i.test(message.trim())) return undefined;
  return `this Mermaid diagram has more than ${n(DIAGRAM_LIMITS.edges)} connections; Mermaid draws at most ${n(DIAGRAM_LIMITS.edges)}`;
}
