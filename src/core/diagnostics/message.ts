import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/**
 * Every message of salesplan goes through here, so they all look alike:
 * `source` is 'salesplan', errors are `fatal: true`, warnings `fatal: false`, infos `fatal: undefined`,
 * and the hint (what to do about it) is stored in `message.note`.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface MessageOptions {
  severity?: Severity;
  /** Stable kebab-case id of the check, e.g. `unknown-reference`. */
  ruleId?: string;
  /** What to do about it; printed on a second, indented line. */
  hint?: string | undefined;
}

export interface MessageAtOptions extends MessageOptions {
  /** Point at the value (default) or at the key of the pair at `path` (unknown fields, record keys). */
  at?: 'value' | 'key';
}

export const SOURCE = 'salesplan';

export function addMessage(
  file: VFile,
  reason: string,
  place: Position | undefined,
  { severity = 'error', ruleId, hint }: MessageOptions = {},
): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: SOURCE });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (hint) message.note = hint;
  return message;
}

/** Where a file's YAML keys and values are; the parser's YamlIndex is one. */
export interface YamlPlaces {
  key(path: readonly (string | number)[]): Position | undefined;
  nearest(path: readonly (string | number)[]): Position;
}

/** Place a message on the YAML value (or key) at `path` of a section's frontmatter, or the closest thing that exists. */
export function messageAt(
  section: { file: VFile; yaml: YamlPlaces },
  path: readonly (string | number)[],
  reason: string,
  options: MessageAtOptions = {},
): VFileMessage {
  const place = (options.at === 'key' ? section.yaml.key(path) : undefined) ?? section.yaml.nearest(path);
  return addMessage(section.file, reason, place, options);
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** True when any file has an error (a fatal message). */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
