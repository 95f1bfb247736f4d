import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf, type Severity } from './message.ts';
import { counted, reportWords } from './words.ts';

/**
 * Prints messages the way compilers do, one line each, so editors and terminals can jump to them:
 *   content/02-goals.md:14:9 error rate must be a rate between 0 and 1; did you mean 25%?
 *     hint: write it as 25% or 0.25
 * then a summary line (`2 errors, 1 warning`). Returns '' when there is nothing to say.
 */

export interface ReportOptions {
  /** ANSI colours; off by default, the CLI turns it on for a terminal. */
  color?: boolean;
  /** The language of the hint prefix and the summary (see words.ts); English by default. */
  locale?: string;
}

export interface LocatedMessage {
  file: VFile;
  message: VFileMessage;
}

/** All messages of all files, sorted by file path, then line, then column (messages without a place first). */
export function sortedMessages(files: readonly VFile[]): LocatedMessage[] {
  const all = files.flatMap((file) => file.messages.map((message) => ({ file, message })));
  return all.sort(
    (a, b) =>
      compareText(a.file.path ?? '', b.file.path ?? '') ||
      (a.message.line ?? 0) - (b.message.line ?? 0) ||
      (a.message.column ?? 0) - (b.message.column ?? 0),
  );
}

export function report(files: readonly VFile[], { color = false, locale = 'en' }: ReportOptions = {}): string {
  const messages = sortedMessages(files);
  if (messages.length === 0) return '';
  const paint = color ? ansi : plain;
  const words = reportWords(locale);
  const lines: string[] = [];
  for (const { file, message } of messages) {
    const severity = severityOf(message);
    lines.push(`${location(file, message)} ${paint[severity](severity)} ${message.reason}`);
    if (message.note) lines.push(paint.hint(`  ${words.hint}: ${message.note}`));
  }
  lines.push(summary(files, locale));
  return lines.join('\n');
}

/** `2 errors, 1 warning` (infos are counted only when there are some); `2 fel, 1 varning` in Swedish. */
export function summary(files: readonly VFile[], locale = 'en'): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const message of file.messages) counts[severityOf(message)] += 1;
  const words = reportWords(locale);
  const parts = [counted(locale, counts.error, words.error), counted(locale, counts.warning, words.warning)];
  if (counts.info > 0) parts.push(counted(locale, counts.info, words.info));
  return parts.join(', ');
}

function location(file: VFile, message: VFileMessage): string {
  const path = file.path ?? '<input>';
  return message.line ? `${path}:${message.line}:${message.column ?? 1}` : path;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Painter = Record<Severity | 'hint', (text: string) => string>;

const plain: Painter = { error: (t) => t, warning: (t) => t, info: (t) => t, hint: (t) => t };
const ansi: Painter = {
  error: (t) => `\u001b[31m${t}\u001b[39m`,
  warning: (t) => `\u001b[33m${t}\u001b[39m`,
  info: (t) => `\u001b[36m${t}\u001b[39m`,
  hint: (t) => `\u001b[2m${t}\u001b[22m`,
};
