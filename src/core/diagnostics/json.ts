import type { VFile } from 'vfile';
import { severityOf, type Severity } from './message.ts';
import { sortedMessages } from './report.ts';

/** One message for `--format json`: lines and columns are 1-based, absent when the message has no place. */
export interface JsonMessage {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: Severity;
  message: string;
  hint: string | null;
  rule: string | null;
}

export function toJsonMessages(files: readonly VFile[]): JsonMessage[] {
  return sortedMessages(files).map(({ file, message }) => ({
    file: file.path ?? '',
    line: message.place ? (message.line ?? null) : null,
    column: message.place ? (message.column ?? null) : null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    severity: severityOf(message),
    message: message.reason,
    hint: message.note ?? null,
    rule: message.ruleId ?? null,
  }));
}

/** The messages as a JSON array (pretty-printed), what `--format json` prints. */
export function toJson(files: readonly VFile[]): string {
  return JSON.stringify(toJsonMessages(files), null, 2);
}
