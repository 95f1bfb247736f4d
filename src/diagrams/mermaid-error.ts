import type { Position } from 'unist';
import type { AuthorDiagram } from '../parse/index.ts';
import { edgeLimitReason } from './limits.ts';

/**
 * Mermaid's parse errors are several lines ("Parse error on line 2:", an excerpt, a caret, "Expecting …") and
 * count lines from the diagram's first line. A plan author needs one line placed on the line of the .md file
 * that is wrong: the block's opening fence is line 0 of the diagram.
 */
export function placeMermaidError(message: string, block: AuthorDiagram): { reason: string; place: Position | Position['start'] } {
  const edges = edgeLimitReason(message);
  if (edges) return { reason: edges, place: block.position };
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  const at = /(?:parse|lexical) error on line (\d+)/i.exec(message);
  const detail = lines.length > 1 ? lines[lines.length - 1] : lines[0];
  const reason = `mermaid diagram does not render: ${detail ?? 'unknown error'}`;
  if (!at?.[1]) return { reason, place: block.position };
  const n = Number(at[1]);
  const sourceLine = block.source.split(/\r?\n/)[n - 1];
  if (sourceLine === undefined) return { reason, place: block.position };
  const column = sourceLine.length - sourceLine.trimStart().length + 1;
  return { reason, place: { line: block.position.start.line + n, column } };
}
