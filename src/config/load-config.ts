import path from 'node:path';
import { VFile } from 'vfile';
import { addMessage, hasErrors, readmeUrl } from '../core/diagnostics/index.ts';
import { shownPath } from '../core/shown-path.ts';
import { readFileInside, RefusedFileError, refusalText } from '../write/index.ts';
import { parseFrontmatterYaml } from '../parse/index.ts';
import { friendlyErrors } from '../validate/index.ts';
import { describeIssues } from '../validate/index.ts';
import { CONFIG_FILE, findConfig, findProject } from './find-config.ts';
import { configSchema, DEFAULTS, type ConfigFile, type ResolvedConfig } from './schema.ts';

export { CONFIG_FILE };

/** Settings given on the command line; undefined means "not given", so the config file or default applies. */
export type ConfigFlags = { [K in keyof Omit<ResolvedConfig, 'file'>]?: ResolvedConfig[K] | undefined };

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The config file with its messages, when there is one: print them like the plan's. */
  files: VFile[];
  ok: boolean;
}

/**
 * Defaults < salesplan.config.json < flags, for every command. The file is found as configCandidates says (the
 * working directory, the plan folder, the folders above it up to the repository's root) and read with the
 * plan's YAML reader (JSON is YAML), so a mistake is reported at its line and column like one in the plan.
 *
 * Paths in the file are relative to the file's folder. Decision: the defaults (`content`, `output`,
 * `.salesplan-cache`) are relative to the project folder, which is the config file's folder, so a command run
 * from a subfolder finds the same plan, output and cache; a config file inside the plan folder belongs to that
 * plan, and without a config file the project folder is found as projectWithoutConfig says (the working directory
 * unless the plan is above it). Paths given as flags are
 * relative to the working directory. The resolved paths are relative to the working directory, those given
 * absolute too, so every message names them as the user sees them from there (core/shown-path.ts).
 */
export async function loadConfig(cwd: string, flags: ConfigFlags = {}): Promise<LoadedConfig> {
  const found = findConfig(cwd, flags.plan ?? DEFAULTS.plan);
  if (!found) return { config: resolve({}, flags, projectWithoutConfig(cwd, flags.plan), cwd), files: [], ok: true };
  const file = new VFile({ path: path.relative(cwd, found), cwd });
  const text = await readConfigText(found, file);
  if (text === undefined) return { config: { ...resolve({}, flags, cwd, cwd), file: file.path }, files: [file], ok: false };
  file.value = text;
  const fromFile = parseConfig(file, text) ?? {};
  const folder = path.dirname(found);
  const inPlan = path.resolve(cwd, flags.plan ?? DEFAULTS.plan) === folder;
  const config = resolve(rebase(fromFile, folder, cwd), flags, inPlan ? cwd : folder, cwd);
  return { config: { ...config, file: file.path }, files: [file], ok: !hasErrors([file]) };
}

/**
 * The config file's text, read only if it is a regular file inside its own folder (the project): a link to a
 * file elsewhere, a FIFO or a device is an error on the file, never read.
 */
async function readConfigText(found: string, file: VFile): Promise<string | undefined> {
  try {
    return (await readFileInside(found, path.dirname(found))).toString('utf8');
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    addMessage(file, `the config file ${refusalText(error.reason, 'its folder')}; it was not read`, undefined, {
      ruleId: 'config-unsafe-file',
      source: 'config',
      url: readmeUrl('customising'),
      hint: 'salesplan reads only a regular salesplan.config.json in the project folder: put the file itself there',
    });
    return undefined;
  }
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

/**
 * The project folder, which the default output and cache folders are in, when there is no config file: the
 * folder above whose `content/` holds the plan (findProject), or, for a `content` folder given while standing
 * inside it (`salesplan build .` in content/), the folder that holds it, so the output lands beside the plan as
 * from the project folder. Else the working directory. Decision: only a folder named `content` (init's) is taken
 * for a project's plan folder; any other plan folder with the output inside it is refused (write/guard-paths.ts).
 */
function projectWithoutConfig(cwd: string, planFlag: string | undefined): string {
  if (planFlag === undefined) return findProject(cwd, DEFAULTS.plan) ?? cwd;
  const plan = path.resolve(cwd, planFlag);
  const rel = path.relative(plan, cwd);
  const inside = rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  return inside && path.basename(plan) === DEFAULTS.plan ? path.dirname(plan) : cwd;
}

/** Paths in the file are relative to the file's folder; the rest of salesplan takes them relative to cwd. */
function rebase(config: ConfigFile, from: string, cwd: string): ConfigFile {
  const move = (p: string | undefined) => (p === undefined ? undefined : shownPath(path.resolve(from, p), cwd));
  return { ...config, plan: move(config.plan), out: move(config.out), cacheDir: move(config.cacheDir) };
}

function resolve(file: ConfigFile, flags: ConfigFlags, project: string, cwd: string): ResolvedConfig {
  const pick = <K extends keyof ResolvedConfig>(key: K, fromFile: ResolvedConfig[K] | undefined): ResolvedConfig[K] =>
    (flags[key as keyof ConfigFlags] as ResolvedConfig[K] | undefined) ?? fromFile ?? DEFAULTS[key];
  const inProject = (p: string) => shownPath(path.resolve(project, p), cwd);
  // A flag's path as the user typed it (`/home/me/plan/content/`, `./out`) is taken in the same relative form.
  const given = (p: string | undefined) => (p === undefined ? undefined : shownPath(p, cwd));
  return {
    plan: given(flags.plan) ?? file.plan ?? inProject(DEFAULTS.plan),
    out: given(flags.out) ?? file.out ?? inProject(DEFAULTS.out),
    cacheDir: given(flags.cacheDir) ?? file.cacheDir ?? inProject(DEFAULTS.cacheDir),
    site: pick('site', file.formats?.site),
    pdf: pick('pdf', file.formats?.pdf),
    roleHandbooks: pick('roleHandbooks', file.formats?.roleHandbooks),
    numbers: pick('numbers', file.formats?.numbers),
    theme: pick('theme', file.theme),
    drafts: pick('drafts', file.drafts),
    baseUrl: pick('baseUrl', file.baseUrl),
    paper: flags.paper ?? file.paper ?? DEFAULTS.paper,
  };
}
