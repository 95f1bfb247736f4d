import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { isUnreadable, markYamlErrors } from './file-flags.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';
import { readPlanFile } from './read-plan.ts';
import type { YamlIndex } from './types.ts';
import { emptyYamlIndex } from './yaml-index.ts';

/** Decision: the scenarios live in one YAML file of their own beside the plan's Markdown, read like a frontmatter. */
export const SCENARIOS_FILE = 'scenarios.yaml';

/** The scenarios file as parsed: its data (numbers as exact Decimals) and where each value is. */
export interface ParsedScenarios {
  file: VFile;
  /** Undefined when the YAML is broken or not a map (reported on `file`). */
  data: Record<string, unknown> | undefined;
  yaml: YamlIndex;
}

/**
 * `<plan>/scenarios.yaml` when the plan has one (a plan without it builds exactly as before). Read like every plan
 * file: only a regular file inside the plan folder, UTF-8; YAML problems are messages on the file.
 */
export async function readScenariosFile(planDir: string, cwd: string): Promise<VFile | undefined> {
  const path = join(resolve(cwd, planDir), SCENARIOS_FILE);
  try {
    await lstat(path);
  } catch {
    return undefined;
  }
  return readPlanFile(path, cwd, resolve(cwd, planDir));
}

/** Parses the text of a scenarios file (the language server hands unsaved text here too). */
export function parseScenarios(file: VFile): ParsedScenarios {
  if (isUnreadable(file)) return { file, data: undefined, yaml: emptyYamlIndex() };
  const text = String(file.value ?? '');
  const lines = text.split('\n');
  const last = lines.at(-1) ?? '';
  // The whole file is the YAML: line 1 of the YAML is line 1 of the file.
  const whole = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: last.length + 1, offset: text.length },
  };
  const frontmatter = parseFrontmatterYaml(file, text, { ...whole, start: { ...whole.start, line: 0 } }, 0);
  if (!frontmatter.ok) markYamlErrors(file);
  const index = frontmatter.yaml;
  // The builder's root is the fence passed in (line 0 here, for the offset): a message with no better place goes on line 1.
  const yaml: YamlIndex = {
    value: (path) => index.value(path),
    key: (path) => index.key(path),
    nearest: (path) => {
      const place = index.nearest(path);
      return place.start.line === 0 ? whole : place;
    },
  };
  return { file, data: frontmatter.ok ? frontmatter.data : undefined, yaml };
}
