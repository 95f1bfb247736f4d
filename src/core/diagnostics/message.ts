import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { readmeUrl, sectionUrl, stageUrl, type Stage } from './urls.ts';

/**
 * The one shape of every diagnostic: a VFileMessage on the file it is about, in vfile's own vocabulary.
 *   reason    what is wrong, one line
 *   place     where (line and column, 1-based, of the value or key)
 *   ruleId    the stable kebab-case id of the check, e.g. `unknown-reference`
 *   source    the stage that found it: parse, validate, model, diagrams or config
 *   fatal     true for an error, false for a warning, undefined for an info
 *   note      what to do about it (printed as `hint:`)
 *   url       the README's section on that field or subject, e.g. `README.md#section-goals` (see urls.ts)
 *   expected / actual   for a "did you mean": what was written and what it probably should be
 *   cause     another place the message is about, e.g. where a duplicate id was first defined
 * Every message is made here, so none lacks a ruleId, a source or a url.
 */

export type Severity = 'error' | 'warning' | 'info';
export type { Stage } from './urls.ts';

/** The other place a message is about: where a duplicate was first defined. */
export interface MessageCause {
  /** Default `first defined here`. */
  reason?: string;
  place: Position | Point;
  /** The file the other place is in, when it is not the message's own file. */
  file?: string;
}

export interface MessageOptions {
  severity?: Severity;
  ruleId: string;
  source: Stage;
  /** What to do about it; printed on a second, indented line. */
  hint?: string | undefined;
  /** The README section on the subject; default by the section the message is placed in, else by its source. */
  url?: string | undefined;
  /** A "did you mean": the value that was probably meant (one or more)... */
  expected?: readonly string[] | undefined;
  /** ...and the value that was written. */
  actual?: string | undefined;
  cause?: MessageCause | undefined;
}

/** A message's options before its stage is known: what a check hands to whoever places it. */
export type MessageDraft = Omit<MessageOptions, 'source' | 'severity'>;

export interface MessageAtOptions extends Omit<MessageOptions, 'source'> {
  /** Point at the value (default) or at the key of the pair at `path` (unknown fields, record keys). */
  at?: 'value' | 'key';
  /** Default `validate`: most messages placed on a frontmatter value are validation's. */
  source?: Stage;
}

export function addMessage(file: VFile, reason: string, place: Position | Point | undefined, options: MessageOptions): VFileMessage {
  const { severity = 'error', ruleId, source, hint, url, expected, actual, cause } = options;
  const other = cause ? { cause: causeMessage(cause, file.path, ruleId, source) } : {};
  const message = file.message(reason, { place, ruleId, source, ...other });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.url = url ?? stageUrl(source);
  if (hint) message.note = hint;
  if (expected && expected.length > 0) message.expected = [...expected];
  if (actual !== undefined) message.actual = actual;
  return message;
}

/** Where a file's YAML keys and values are; the parser's YamlIndex is one. */
export interface YamlPlaces {
  key(path: readonly (string | number)[]): Position | undefined;
  nearest(path: readonly (string | number)[]): Position;
}

/** A parsed plan file as far as placing a message on it goes (the parser's ParsedSection is one). */
export interface PlacedFile {
  file: VFile;
  yaml: YamlPlaces;
  /** Its frontmatter: `section` picks the README section a message's url points at. */
  data?: Record<string, unknown> | undefined;
}

/** Place a message on the YAML value (or key) at `path` of a section's frontmatter, or the closest thing that exists. */
export function messageAt(
  section: PlacedFile,
  path: readonly (string | number)[],
  reason: string,
  options: MessageAtOptions,
): VFileMessage {
  const { at, source = 'validate', ...rest } = options;
  const place = (at === 'key' ? section.yaml.key(path) : undefined) ?? section.yaml.nearest(path);
  const key = section.data?.section;
  const url = rest.url ?? (typeof key === 'string' ? sectionUrl(key) : undefined) ?? readmeUrl('the-plan-format');
  return addMessage(section.file, reason, place, { ...rest, source, url });
}

function causeMessage(cause: MessageCause, path: string, ruleId: string, source: Stage): VFileMessage {
  const message = new VFileMessage(cause.reason ?? 'first defined here', { place: cause.place, ruleId, source });
  message.file = cause.file ?? path;
  message.fatal = undefined;
  return message;
}

/** The other place of a message (its `cause`), when it has one of ours. */
export function causeOf(message: VFileMessage): VFileMessage | undefined {
  return message.cause instanceof VFileMessage ? message.cause : undefined;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** True when any file has an error (a fatal message). */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
