import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
// The modules themselves, not the pipeline's index: that would load the browser and the templates too.
import { ParseCache } from '../../src/pipeline/cache/parse-cache.ts';
import { loadPlan, type LoadedPlan } from '../../src/pipeline/load-plan.ts';
import { toJsonMessages, type JsonMessage } from '../../src/core/diagnostics/index.ts';
import { tempPlan } from '../parse/temp-plan.ts';

/**
 * Plans for the plan-format tests: the example plan (content/ of the repository) with some frontmatter values
 * rewritten as an author would write them, run through the same load as `salesplan check` and `numbers`
 * (read → parse → validate → model). Values are YAML source text, so `0.7`, `25%` and `{start: …, days: 90}`
 * reach the parser exactly as typed.
 *
 * A path is dotted: `period`, `calendar.workweek`, `funnel.0.rate`. Inside a list a segment that is not a number
 * picks the item whose `id` (or `activity`) it is: `roles.ae.quota_period`, `sources.cold_emails.one_in`.
 * A last segment `+` appends to the list. A value of `null` deletes the key. The empty path is the whole frontmatter.
 *
 * Kept fast (a plan in well under 100 ms) two ways: the prose of each file is cut to its `# Title`, since the
 * frontmatter is what these tests are about and the example's prose is most of the parse; and the files a test
 * leaves as they are come from an in-memory parse cache, as in a warm `build`. An edited or added file is always
 * parsed afresh.
 */

export const EXAMPLE_PLAN = join(import.meta.dirname, '..', '..', 'content');

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/;
const YAML_OPTIONS = { version: '1.2', schema: 'core' } as const;

const example: Record<string, string> = Object.fromEntries(
  readdirSync(EXAMPLE_PLAN)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name, titleOnly(readFileSync(join(EXAMPLE_PLAN, name), 'utf8'))]),
);

/** The frontmatter as it is, the prose cut to its `# Title`. */
function titleOnly(text: string): string {
  const { yaml, rest } = split(text);
  const title = /^# .*$/m.exec(rest)?.[0] ?? '';
  return `---\n${yaml}---\n\n${title}\n`;
}

/** In memory only: its folder does not exist and nothing saves it. */
const parseCache = await ParseCache.open(join(EXAMPLE_PLAN, '..', '.no-such-cache-dir'), EXAMPLE_PLAN);

export type Edits = Record<string, Record<string, string | null>>;

export interface PlanFromOptions {
  /** Files to add (name → whole text) or, with null, to leave out. */
  files?: Record<string, string | null>;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface PlanRun {
  loaded: LoadedPlan;
  /** Every message, as `check --format json` prints it. */
  messages: JsonMessage[];
  errors: JsonMessage[];
  warnings: JsonMessage[];
  /** The text of a file as written to the plan folder. */
  written(file: string): string;
  /** Where the value at `path` of `file` sits in the written file, found by reading the file again here. */
  where(file: string, path: string): Place;
  /** The source text a message points at, from its start to its end. */
  pointsAt(message: JsonMessage): string;
}

/** The example plan with `edits` applied (per file, path → YAML text), loaded like `salesplan check` loads it. */
export async function planFrom(edits: Edits = {}, options: PlanFromOptions = {}): Promise<PlanRun> {
  const texts: Record<string, string> = { ...example };
  for (const [file, changes] of Object.entries(edits)) {
    const text = texts[file];
    if (text === undefined) throw new Error(`the example plan has no ${file}`);
    texts[file] = editFrontmatter(text, changes);
  }
  for (const [file, text] of Object.entries(options.files ?? {})) {
    if (text === null) delete texts[file];
    else texts[file] = text;
  }
  const { cwd } = tempPlan(texts);
  const loaded = await loadPlan('content', cwd, {}, { cache: parseCache });
  const messages = toJsonMessages(loaded.files);
  const written = (file: string) => {
    const text = texts[file];
    if (text === undefined) throw new Error(`the plan has no ${file}`);
    return text;
  };
  return {
    loaded,
    messages,
    errors: messages.filter((m) => m.severity === 'error'),
    warnings: messages.filter((m) => m.severity === 'warning'),
    written,
    where: (file, path) => placeOf(file, written(file), path),
    pointsAt: (message) => {
      const name = message.file.replace(/^content\//, '');
      return textBetween(written(name), message);
    },
  };
}

/** A section file of one's own: frontmatter fields as YAML text, then the prose. */
export function sectionFile(frontmatter: string, prose = '# Page\n\nText.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n${prose}`;
}

function split(text: string): { yaml: string; rest: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('the file has no frontmatter');
  return { yaml: match[1] ?? '', rest: text.slice(match[0].length) };
}

/** Sets or deletes values through the yaml Document API, so the rest of the frontmatter (comments too) is kept. */
function editFrontmatter(text: string, changes: Record<string, string | null>): string {
  const { yaml, rest } = split(text);
  const doc = parseDocument(yaml, YAML_OPTIONS);
  for (const [path, value] of Object.entries(changes)) {
    const segments = resolve(doc, path);
    if (value === null) {
      if (!doc.hasIn(segments)) throw new Error(`nothing to delete at ${path}`);
      doc.deleteIn(segments);
      continue;
    }
    const node = parseDocument(value, YAML_OPTIONS).contents;
    if (segments[segments.length - 1] === '+') doc.addIn(segments.slice(0, -1), node);
    else doc.setIn(segments, node);
  }
  // lineWidth 0: long text stays on one line rather than being folded anew.
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${rest}`;
}

/** A dotted path as the keys and list positions the Document API takes, items picked by their id. */
function resolve(doc: Document, path: string): (string | number)[] {
  const out: (string | number)[] = [];
  let node: unknown = doc.contents;
  if (path === '') return out;
  for (const segment of path.split('.')) {
    let key: string | number = segment;
    if (isSeq(node) && segment !== '+') {
      key = /^\d+$/.test(segment) ? Number(segment) : node.items.findIndex((item) => itemId(item) === segment);
      if (key === -1) throw new Error(`no item \`${segment}\` in ${out.join('.') || 'the frontmatter'} (path ${path})`);
    }
    out.push(key);
    node = isMap(node) || isSeq(node) ? node.get(key as never, true) : undefined;
  }
  return out;
}

function itemId(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = item.get('id') ?? item.get('activity');
  return typeof id === 'string' ? id : undefined;
}

/** 1-based line and column of the value at `path`, counted in the whole file (the `---` line is line 1). */
function placeOf(file: string, text: string, path: string): Place {
  const { yaml } = split(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { ...YAML_OPTIONS, lineCounter });
  const node = doc.getIn(resolve(doc, path), true) as YamlNode | undefined;
  const start = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
  if (start === undefined) throw new Error(`no value at ${path} in ${file}`);
  const { line, col } = lineCounter.linePos(start);
  return { file: `content/${file}`, line: line + 1, column: col };
}

function textBetween(text: string, message: JsonMessage): string {
  const lines = text.split(/\r?\n/);
  const { line, column, endLine, endColumn } = message;
  if (line === null || column === null) return '';
  const end = { line: endLine ?? line, column: endColumn ?? column };
  if (end.line === line) return (lines[line - 1] ?? '').slice(column - 1, end.column - 1);
  const middle = lines.slice(line, end.line - 1);
  return [(lines[line - 1] ?? '').slice(column - 1), ...middle, (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
}

/** The one error of a run; fails when there is none or more than one, listing them. */
export function onlyError(run: PlanRun): JsonMessage {
  const [only, ...more] = run.errors;
  if (!only || more.length > 0) {
    throw new Error(`expected exactly one error, got ${run.errors.length}:\n${run.errors.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`).join('\n')}`);
  }
  return only;
}
