import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { addMessage } from '../core/diagnostics/message.ts';
import { LIMITS_URL, reportYamlProblems, YAML_LIMIT } from './yaml-errors.ts';
import { YamlIndexBuilder } from './yaml-index.ts';
import { toPosition, yamlToData } from './yaml-to-data.ts';

export interface Frontmatter {
  /** The YAML as plain data; undefined when it is not a map of `key: value` pairs. */
  data: Record<string, unknown> | undefined;
  yaml: YamlIndexBuilder;
  /** False when the YAML has syntax errors: its data is a best guess, not worth validating. */
  ok: boolean;
}

/**
 * Parses frontmatter YAML (core schema, so `2026-10-01` stays a string and `0.7` is a number) and
 * reports problems on `file` at their place in the .md file.
 * @param fence where the whole frontmatter block, `---` lines included, is in the file.
 * @param textOffset offset in the file where the YAML text starts (the line after the opening `---`).
 */
export function parseFrontmatterYaml(file: VFile, text: string, fence: Position, textOffset: number): Frontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, version: '1.2', schema: 'core' });
  const placement = { lineCounter, lineOffset: fence.start.line, offset: textOffset };
  const yaml = new YamlIndexBuilder(fence);
  const { data, duplicates, limits } = yamlToData(doc, yaml, placement);
  reportYamlProblems(file, doc.errors, doc.warnings, placement, text, duplicates);
  for (const limit of limits) {
    const [start = 0, end = start] = limit.at ?? [];
    addMessage(file, limit.reason, toPosition(start, end, placement), { ruleId: YAML_LIMIT, source: 'parse', hint: limit.hint, url: LIMITS_URL });
  }
  // A document cut short at a limit is not the plan its author wrote: not worth validating either.
  const ok = doc.errors.length === 0 && limits.length === 0;

  if (data === null || data === undefined) return { data: {}, yaml, ok };
  if (typeof data !== 'object' || Array.isArray(data)) {
    if (ok) {
      addMessage(file, 'the frontmatter must be `key: value` fields, one per line', yaml.nearest([]), {
        ruleId: 'frontmatter-not-a-map',
        source: 'parse',
        hint: 'start it with `section: <name>` on the line after the opening `---`',
      });
    }
    return { data: undefined, yaml, ok: false };
  }
  return { data: data as Record<string, unknown>, yaml, ok };
}
