import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { causeOf, severityOf, type Severity } from './message.ts';
import { sortedMessages } from './report.ts';

/**
 * One message for `check --format json`: the VFileMessage itself, in vfile's own field names, flattened. Lines and
 * columns are 1-based and null when the message has no place; absent optional fields are null, never missing, so
 * every object has every key.
 */
export interface JsonMessage extends JsonPlace {
  severity: Severity;
  reason: string;
  /** What to do about it (printed as `hint:` in the text report). */
  note: string | null;
  ruleId: string | null;
  /** The stage that found it: parse, validate, model, diagrams or config. */
  source: string | null;
  /** The README section on the field or subject, e.g. `README.md#section-goals`. */
  url: string | null;
  /** For a "did you mean": the value(s) probably meant, and the value written. */
  expected: string[] | null;
  actual: string | null;
  /** Another place the message is about, e.g. where a duplicate id was first defined. */
  cause: (JsonPlace & { reason: string }) | null;
}

interface JsonPlace {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

function place(file: string, at: Point | Position | undefined): JsonPlace {
  const start = at && 'start' in at ? at.start : at;
  const end = at && 'end' in at ? at.end : undefined;
  return { file, line: start?.line ?? null, column: start?.column ?? null, endLine: end?.line ?? null, endColumn: end?.column ?? null };
}

export function toJsonMessage(file: VFile, message: VFileMessage): JsonMessage {
  const cause = causeOf(message);
  return {
    ...place(file.path ?? '', message.place),
    severity: severityOf(message),
    reason: message.reason,
    note: message.note ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    url: message.url ?? null,
    expected: message.expected ?? null,
    actual: message.actual ?? null,
    cause: cause ? { ...place(cause.file ?? file.path ?? '', cause.place), reason: cause.reason } : null,
  };
}

export function toJsonMessages(files: readonly VFile[]): JsonMessage[] {
  return sortedMessages(files).map(({ file, message }) => toJsonMessage(file, message));
}

/** The messages as a JSON array (pretty-printed), what `--format json` prints. */
export function toJson(files: readonly VFile[]): string {
  return JSON.stringify(toJsonMessages(files), null, 2);
}
