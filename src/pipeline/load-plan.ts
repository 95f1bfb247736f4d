import { join, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { hasErrors } from '../core/diagnostics/index.ts';
import { formatFor, type Format } from '../core/format.ts';
import { actualsModel, computeModel } from '../model/index.ts';
import type { PlanModel } from '../model/index.ts';
import { parseSection, readActuals } from '../parse/index.ts';
import { checkTemplateOverrides, parseScenarios, readPlan, readScenariosFile } from '../parse/index.ts';
import type { ParsedSection } from '../parse/index.ts';
import type { RenderInput } from '../render/index.ts';
import type { HtmlPolicy } from '../render/index.ts';
import { resolveActuals, validatePlan } from '../validate/index.ts';
import { validatePages, type ValidPage } from '../validate/index.ts';
import type { ParseCache } from './cache/parse-cache.ts';
import type { Actuals, PlanFacts, SectionKey } from '../validate/index.ts';
import { checkAuthorDiagramLimits, checkGeneratedDiagramLimits } from './diagram-limits.ts';
import { reportFindings } from './findings.ts';
import { computeScenarios, type ComputedScenarios } from './scenarios.ts';
import { htmlPolicy } from './html-policy.ts';
import { sectionsByKey } from './sections.ts';
import type { Timings } from './types.ts';
import { stopwatch } from './stopwatch.ts';

export interface LoadedPlan {
  files: VFile[];
  parsed: ParsedSection[];
  byKey: Map<SectionKey, ParsedSection>;
  /** Extra prose pages (`section: page`) that passed their schema. */
  pages: ValidPage[];
  /** How many files came from the parse cache. */
  cachedFiles: number;
  /** Present when the plan validated. */
  facts?: PlanFacts;
  /** Present when the plan validated; may still carry error findings (see `ok`). */
  model?: PlanModel;
  /** The plan's scenarios (scenarios.yaml), computed, and the comparison with the base; absent without the file. */
  scenarios?: ComputedScenarios;
  /** The plan's one formatter, made when the plan validated: its findings, its diagrams and its views use it. */
  format?: Format;
  /** The model's warnings, worded in the plan's language and placed at their YAML values, for the document. */
  warnings: RenderInput['warnings'];
  ok: boolean;
  /** How raw HTML in the prose is treated, decided after validation (see htmlPolicy); render makes the HTML. */
  htmlPolicy: HtmlPolicy;
}

/**
 * The browser-free half of a build: parse, validate, compute. `build`, `check` and `numbers` share it,
 * so all three report exactly the same messages for the same plan.
 */
export async function loadPlan(
  planDir: string,
  cwd: string,
  timings: Timings = {},
  options: {
    trustedHtml?: boolean | undefined;
    cache?: ParseCache;
    onMiss?: () => void;
    /** Awaited before parsing when a file missed the cache (build starts the browser then, see BrowserSession.start). */
    beforeParse?: () => Promise<void>;
    /** Text of files as an editor holds them, unsaved (absolute path → text): the language server's view. */
    overrides?: ReadonlyMap<string, string>;
    /** CRM exports to compare the plan with: default the plan's own `actuals/` folder, when it has one. */
    actuals?: string | undefined;
    /** The date the actuals are read as of: default the plan's `as_of`, else the last date the exports hold. */
    asOf?: string | undefined;
  } = {},
): Promise<LoadedPlan> {
  const clock = stopwatch(timings);
  let cachedFiles = 0;
  const planFiles = await clock('parse', () => readPlan(planDir, cwd));
  if (options.overrides) {
    for (const file of planFiles) {
      const text = options.overrides.get(resolve(cwd, file.path));
      if (text !== undefined) file.value = text;
    }
  }
  // A template override that would publish a file from outside the plan (or hang) is an error like the plan's own.
  const scenarioText = await clock('parse', () => readScenariosFile(planDir, cwd));
  const unsaved = scenarioText && options.overrides?.get(resolve(cwd, scenarioText.path));
  if (scenarioText && unsaved !== undefined) scenarioText.value = unsaved;
  const scenarioFile = scenarioText && clock.sync('parse', () => parseScenarios(scenarioText));
  const files = [
    ...planFiles,
    ...(scenarioFile ? [scenarioFile.file] : []),
    ...(await clock('parse', () => checkTemplateOverrides(resolve(cwd, planDir), cwd))),
  ];
  // The plan's own actuals/ are confined to the plan folder; a folder the user names is read as given.
  const actualsInput = await clock('parse', () =>
    options.actuals ? readActuals(options.actuals, cwd) : readActuals(join(planDir, 'actuals'), cwd, planDir),
  );
  const planOnly = [...files];
  if (actualsInput) files.push(...actualsInput.files);
  // Each file is parsed once (unchanged ones not at all: they come from the parse cache, keyed by their text).
  // The sanitising policy is not needed for that: it is decided after validation, and HTML is made at render time.
  // Every miss is known before any file is parsed: the caller may start what a changed plan will need (the browser).
  const hits = clock.sync('parse', () => planFiles.map((file) => options.cache?.get(file)));
  const misses = hits.filter((hit) => hit === undefined).length;
  for (let i = 0; i < misses; i++) options.onMiss?.();
  if (misses > 0) await options.beforeParse?.();
  const parsed = clock.sync('parse', () =>
    planFiles.map((file, i) => {
      const hit = hits[i];
      if (hit) {
        cachedFiles++;
        return hit;
      }
      const fresh = parseSection(file);
      options.cache?.put(fresh);
      return fresh;
    }),
  );
  const byKey = sectionsByKey(parsed);
  clock.sync('parse', () => checkAuthorDiagramLimits(parsed));
  const pages = clock.sync('validate', () => validatePages(parsed));
  const warnings: LoadedPlan['warnings'] = [];
  const facts = clock.sync('validate', () => validatePlan(parsed));
  const policy = htmlPolicy(facts, options.trustedHtml);
  const loaded = (extra: Partial<LoadedPlan> = {}): LoadedPlan => ({
    files,
    parsed,
    byKey,
    pages,
    cachedFiles,
    warnings,
    ok: !hasErrors(files),
    htmlPolicy: policy,
    ...extra,
  });
  // An export's errors do not stop the plan's own checks: the actuals are resolved against the facts below, so
  // every message of the exports (unreadable values and names that map to nothing alike) is reported in one run.
  if (!facts || hasErrors(planOnly)) return loaded();

  const model = clock.sync('compute', () => computeModel(facts));
  const format = formatFor(facts.plan);
  warnings.push(...reportFindings(model, byKey, format).filter((message) => message.fatal === false));
  clock.sync('compute', () => checkGeneratedDiagramLimits(facts, model, byKey, format));
  if (actualsInput) {
    const actuals = clock.sync('validate', () => resolveActuals(actualsInput, facts));
    // Decision: with any error in the exports no actuals figure is made: a dashboard missing some rows would mislead.
    if (!hasErrors(actualsInput.files)) {
      const asOf = options.asOf ?? facts.plan.as_of ?? latestDate(actuals, model.period.end);
      model.actuals = clock.sync('compute', () => actualsModel(facts, model, actuals, asOf));
    }
  }
  if (!scenarioFile) return loaded({ facts, model, format });
  const scenarios = clock.sync('compute', () => computeScenarios(parsed, scenarioFile, { facts, model }, format));
  return loaded({ facts, model, format, ...(scenarios && { scenarios }) });
}

/** Decision: without an as-of date, the actuals are read as of the last day they hold, at most the period end. */
function latestDate(actuals: Actuals, periodEnd: string): string {
  let latest = '';
  for (const d of actuals.deals) for (const day of [d.wonOn, d.created]) if (day && day > latest) latest = day;
  for (const a of actuals.activities) if (a.date > latest) latest = a.date;
  return latest === '' || latest > periodEnd ? periodEnd : latest;
}
