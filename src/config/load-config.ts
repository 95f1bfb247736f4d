import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { addMessage, hasErrors, readmeUrl } from '../core/diagnostics/index.ts';
import { paperOf } from '../core/paper.ts';
import { parseFrontmatterYaml } from '../parse/index.ts';
import { friendlyErrors } from '../validate/index.ts';
import { describeIssues } from '../validate/index.ts';
import { configSchema, DEFAULTS, type ConfigFile, type ResolvedConfig } from './schema.ts';

export const CONFIG_FILE = 'salesplan.config.json';

/** Settings given on the command line; undefined means "not given", so the config file or default applies. */
export type ConfigFlags = { [K in keyof Omit<ResolvedConfig, 'file'>]?: ResolvedConfig[K] | undefined };

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The config file with its messages, when there is one: print them like the plan's. */
  files: VFile[];
  ok: boolean;
}

/**
 * Defaults < salesplan.config.json < flags. The file is looked for in the working directory, then in the plan
 * folder (the one given on the command line, else `content`). It is read with the plan's YAML reader (JSON is
 * YAML), so a mistake is reported at its line and column like a mistake in the plan.
 */
export async function loadConfig(cwd: string, flags: ConfigFlags = {}): Promise<LoadedConfig> {
  const candidates = [path.join(cwd, CONFIG_FILE), path.join(cwd, flags.plan ?? DEFAULTS.plan, CONFIG_FILE)];
  for (const candidate of candidates) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const file = new VFile({ path: path.relative(cwd, candidate), cwd, value: text });
    const fromFile = parseConfig(file, text);
    const relativeTo = path.dirname(candidate);
    const config = resolve(fromFile ? rebase(fromFile, relativeTo, cwd) : {}, flags);
    return { config: { ...config, file: file.path }, files: [file], ok: !hasErrors([file]) };
  }
  return { config: resolve({}, flags), files: [], ok: true };
}

function parseConfig(file: VFile, text: string): ConfigFile | undefined {
  // The YAML reader places values by `fence.start.line` + YAML line: a whole-file document starts at line 0.
  const fence = { start: { line: 0, column: 1, offset: 0 }, end: { line: 0, column: 1, offset: 0 } };
  const { data, yaml, ok } = parseFrontmatterYaml(file, text, fence, 0);
  if (!ok || !data) return undefined;
  const result = configSchema.safeParse(data, { reportInput: true, error: friendlyErrors });
  if (result.success) return result.data;
  const hasKey = (p: (string | number)[]) => yaml.key(p) !== undefined;
  for (const finding of describeIssues(result.error.issues, { schema: configSchema, hasKey })) {
    const place = (finding.at === 'key' ? yaml.key(finding.path) : undefined) ?? yaml.nearest(finding.path);
    addMessage(file, finding.reason, place, { ...finding.options, ruleId: `config-${finding.options.ruleId}`, source: 'config', url: readmeUrl('customising') });
  }
  return undefined;
}

/** Paths in the file are relative to the file's folder; the rest of salesplan takes them relative to cwd. */
function rebase(config: ConfigFile, from: string, cwd: string): ConfigFile {
  const move = (p: string | undefined) => (p === undefined ? undefined : path.relative(cwd, path.resolve(from, p)) || '.');
  return { ...config, plan: move(config.plan), out: move(config.out), cacheDir: move(config.cacheDir) };
}

function resolve(file: ConfigFile, flags: ConfigFlags): ResolvedConfig {
  const pick = <K extends keyof ResolvedConfig>(key: K, fromFile: ResolvedConfig[K] | undefined): ResolvedConfig[K] =>
    (flags[key as keyof ConfigFlags] as ResolvedConfig[K] | undefined) ?? fromFile ?? DEFAULTS[key];
  return {
    plan: pick('plan', file.plan),
    out: pick('out', file.out),
    cacheDir: pick('cacheDir', file.cacheDir),
    site: pick('site', file.formats?.site),
    pdf: pick('pdf', file.formats?.pdf),
    roleHandbooks: pick('roleHandbooks', file.formats?.roleHandbooks),
    numbers: pick('numbers', file.formats?.numbers),
    theme: pick('theme', file.theme),
    baseUrl: pick('baseUrl', file.baseUrl),
    paper: flags.paper ?? (file.paper ? paperOf(file.paper) : DEFAULTS.paper),
  };
}
