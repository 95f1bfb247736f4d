import type { VFile } from 'vfile';
import type { YAMLError } from 'yaml';
import { readmeUrl } from '../core/diagnostics/urls.ts';
import { addMessage, type MessageCause } from '../core/diagnostics/message.ts';
import { depthProblem, toPosition, type DuplicateKey, type YamlPlacement } from './yaml-to-data.ts';

/** Rule id of every YAML syntax problem; validation skips files that have one. */
export const YAML_SYNTAX = 'yaml-syntax';
/** Rule id of a frontmatter over one of the reader's limits (YAML_LIMITS): too deep, too many alias values, digits. */
export const YAML_LIMIT = 'yaml-limit';
/** The README's list of every limit. */
export const LIMITS_URL = readmeUrl('limits-and-ranges');

/** What to do about each kind of YAML error the yaml package reports (its `code`). */
const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs for indentation',
  BAD_INDENT: 'keys of the same group must start in the same column; indent nested fields by 2 spaces',
  BLOCK_AS_IMPLICIT_KEY:
    'check the indentation of this line and the ones around it; quote a value that contains ": " (e.g. "a: b")',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check the indentation and quote values that contain ": "',
  MISSING_CHAR: 'add the missing character',
  UNEXPECTED_TOKEN: 'check the punctuation on this line; quote values that start with [ { " \' * & ! | > % @ or `',
  BAD_SCALAR_START: 'quote the value: it starts with a character YAML treats specially',
  DUPLICATE_KEY: 'each key may appear only once in a group; remove or rename one of them',
  MULTIPLE_DOCS: 'the frontmatter is one YAML document: remove the extra `---` or `...` line',
  BAD_ALIAS: 'an alias (*name) must refer to an anchor (&name) defined above it',
};

export function reportYamlProblems(
  file: VFile,
  errors: readonly YAMLError[],
  warnings: readonly YAMLError[],
  placement: YamlPlacement,
  yamlText: string,
  duplicates: readonly DuplicateKey[],
): void {
  for (const [problems, severity] of [
    [errors, 'error'],
    [warnings, 'warning'],
  ] as const) {
    for (const problem of severity === 'error' ? firstErrors(problems) : problems) {
      let [start, end] = problem.pos;
      let reason = `invalid YAML in the frontmatter: ${firstLine(problem.message)}`;
      let hint = HINTS[problem.code] ?? 'check the YAML syntax on this line';
      if (problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)) {
        // The yaml package points where the file ended; the author needs the quote that was opened.
        const opening = openingQuote(yamlText, start, problem.message.includes('"') ? '"' : "'");
        if (opening !== undefined) [start, end] = [opening, opening + 1];
        reason = 'invalid YAML in the frontmatter: this quote is never closed';
        hint = 'close the quote on the same line, or remove it (plain text needs no quotes)';
      }
      if (/^sequence item without - indicator/i.test(firstLine(problem.message))) {
        reason = 'invalid YAML in the frontmatter: this line is not indented like the fields around it';
        hint = HINTS.BAD_INDENT ?? hint;
      }
      const glued = problem.code === 'MULTILINE_IMPLICIT_KEY' ? gluedKey(yamlText, start) : undefined;
      if (glued) {
        [start, end] = [glued.colon, glued.colon + 1];
        reason = `invalid YAML in the frontmatter: \`${glued.key}:\` needs a space after the colon`;
        hint = `write \`${glued.key}: ${glued.value}\``;
      }
      if (/^flow (sequence|mapping)/i.test(firstLine(problem.message))) {
        hint = 'close the [ or { on the line where it opens, or put each item on its own line starting with "- "';
      }
      if (problem.code === 'RESOURCE_EXHAUSTION') {
        // The yaml parser ran out of stack on nesting far past the limit: say which limit, as the walk would.
        const limit = depthProblem(problem.pos);
        addMessage(file, limit.reason, toPosition(start, end, placement), { severity, ruleId: YAML_LIMIT, source: 'parse', hint: limit.hint, url: LIMITS_URL });
        continue;
      }
      let cause: MessageCause | undefined;
      if (problem.code === 'DUPLICATE_KEY') {
        const duplicate = duplicates.find((d) => d.at === start);
        if (duplicate) {
          reason = `duplicate key \`${duplicate.key}\` (already on line ${duplicate.first.start.line})`;
          hint = `each key may appear only once in a group; remove or rename one of the two \`${duplicate.key}:\``;
          cause = { place: duplicate.first };
        }
      }
      addMessage(file, reason, toPosition(start, end, placement), { severity, ruleId: YAML_SYNTAX, source: 'parse', hint, cause });
    }
  }
}

/**
 * Duplicate keys, and the first other syntax error only: the yaml parser keeps going after one and reports
 * every following line of the block again (a tab on one line gave twenty messages), which buries the cause.
 */
function firstErrors(errors: readonly YAMLError[]): YAMLError[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const first = errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0])[0];
  return first ? [first, ...duplicates] : duplicates;
}

/** `key:value` on the line at `offset`: YAML reads it as one word, so the next line breaks instead. */
function gluedKey(text: string, offset: number): { key: string; value: string; colon: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const m = /^(\s*(?:- )?)([A-Za-z_][\w-]*):(\S.*)$/.exec(line);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined || /^\/\//.test(m[3])) return undefined;
  return { key: m[2], value: m[3].trim(), colon: lineStart + m[1].length + m[2].length };
}

/** The yaml package's message without its " at line 3, column 1:" and the code excerpt after it. */
function firstLine(message: string): string {
  const text = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function openingQuote(text: string, before: number, quote: string): number | undefined {
  for (let i = Math.min(before, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && !(quote === '"' && text[i - 1] === '\\')) return i;
  }
  return undefined;
}
