import path from 'node:path';
import { BrowserSession } from '../browser/index.ts';
import { pageRule, paperOf } from '../core/paper.ts';
import { shownPath } from '../core/shown-path.ts';
import { hasErrors } from '../core/diagnostics/index.ts';
import { dashboardCharts, labelsFor, planCharts, present } from '../render/index.ts';
import type { RenderInput } from '../render/index.ts';
import { type CacheDamage, checkOutputFolder, createStaging, prepareCacheFolder } from '../write/index.ts';
import { diagramStage } from './diagram-stage.ts';
import { loadPlan } from './load-plan.ts';
import { emitOutputs, outputSettings, planOutputs } from './outputs/index.ts';
import { buildPageTransforms } from './page-transforms.ts';
import { pdfStage } from './pdf-stage.ts';
import { scenariosInput } from './scenario-view.ts';
import { proseRenderer } from './prose.ts';
import { renderSections } from './sections.ts';
import { stopwatch } from './stopwatch.ts';
import { ParseCache } from './cache/parse-cache.ts';
import { writeAll } from './cache/write-all.ts';
import { diagramFallbacks } from './diagram-fallbacks.ts';
import { planVersion } from './version.ts';
import type { BuildOptions, BuildResult, Timings } from './types.ts';

export type { BuildOptions, BuildResult } from './types.ts';

/**
 * The whole pipeline, top to bottom: parse → validate → compute → diagrams → present → outputs → PDFs → write.
 * What is written is the outputs table's business (outputs/index.ts): this runs whichever outputs the settings
 * enable, writes their files and prints their PDFs in one queue. Problems in the plan are collected on the
 * files as positioned messages and returned, never thrown; the output folder is replaced only when every stage
 * succeeded.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const planDir = path.resolve(cwd, options.planDir);
  const timings: Timings = {};
  const progress = options.onProgress ?? (() => {});
  const clock = stopwatch(timings);
  // The paper is the plan's (its locale's, paperOf) once its facts are read: until then, what config and flags say.
  let settings = outputSettings(options);
  const outputs = planOutputs(settings);

  // Nothing is read or written before the folders are known safe: a refusal is one line, before any progress.
  const projects = [cwd, ...(options.projectDir ? [path.resolve(cwd, options.projectDir)] : [])];
  // As messages name them: relative to the working directory, however the caller gave them (core/shown-path.ts).
  const cacheShown = shownPath(options.cacheDir ?? '.salesplan-cache', cwd);
  const outShown = shownPath(options.outDir, cwd);
  const outSetting = options.outSetting ?? '--out';
  const outDir = await checkOutputFolder({
    out: path.resolve(cwd, options.outDir),
    shown: outShown,
    plan: planDir,
    projects,
    cache: path.resolve(cwd, cacheShown),
    setting: outSetting,
    owned: options.outputInCache,
  });
  // Made (and tagged) only once the output passed: a refused build creates nothing.
  const cacheDir = await prepareCacheFolder({ cache: path.resolve(cwd, cacheShown), shown: cacheShown, plan: planDir, projects });
  // Staged before any work, so a read-only or full disk is found (one line, exit 2) before the plan is read.
  const staging = await createStaging(outDir, { shown: outShown, setting: outSetting, owned: options.outputInCache });

  progress({ stage: 'parse' });
  // A damaged cache entry is never used: it is made again, and the build says so (BuildResult.cacheDamage).
  const cacheDamage: CacheDamage[] = [];
  const onCacheDamage = (damage: CacheDamage) => void cacheDamage.push(damage);
  // git runs in its own process: let it answer while the plan is parsed.
  const versionLookup = planVersion(planDir);
  versionLookup.catch(() => {});
  const parseCache = options.parseCache ?? (await ParseCache.open(cacheDir, planDir, onCacheDamage));
  // Dev mode lends its own session, kept open between rebuilds; a one-off build owns (and closes) one.
  const session = options.session ?? new BrowserSession({ executablePath: options.browserPath });
  // Ctrl-C kills every browser and removes every staging folder on its own (core/interrupts.ts): each registers
  // its clean-up before it is created, so there is nothing to register here.
  // A file that changed almost always changes the handbook: Chromium starts before the plan is parsed, and boots in
  // its own process while this one parses, validates and looks the diagrams up. A build whose files all come from
  // the cache (a no-op) launches nothing; a broken plan cancels the launch (see BrowserSession.start).
  const beforeParse = () => (outputs.needsBrowser && !session.launched ? clock('launch', () => session.start()) : Promise.resolve());
  const plan = await loadPlan(planDir, cwd, timings, { trustedHtml: options.trustedHtml, actuals: options.actuals, asOf: options.asOf, cache: parseCache, beforeParse }).catch(
    async (error: unknown) => {
      await staging.discard();
      throw error;
    },
  );
  await parseCache.save().catch(() => {});
  const { files, parsed, byKey, facts, model, format, warnings, pages } = plan;
  const result = (extra: Partial<BuildResult> = {}): BuildResult => ({
    ok: !hasErrors(files),
    files,
    timings,
    diagrams: { rendered: 0, cached: 0 },
    pdfs: [],
    pdfCache: { printed: 0, cached: 0 },
    pages: 0,
    browserLaunched: false,
    cacheDamage,
    locale: facts?.plan.locale,
    ...extra,
  });
  if (!plan.ok || !facts || !model || !format) {
    await staging.discard();
    if (!options.session) await session.close();
    return result({ browserLaunched: session.launched });
  }
  const locale = facts.plan.locale;
  settings = { ...settings, paper: paperOf(options.paper, locale) };


  try {
    progress({ locale, stage: 'diagrams' });
    // With no output that prints, a machine with no browser still gets its site: uncached diagrams are shown as source.
    const withoutBrowser = outputs.needsBrowser ? 'fail' : 'skip';
    const diagrams = await clock('diagrams', () =>
      diagramStage(facts, model, parsed, { session, cacheDir, format, theme: options.theme, withoutBrowser, onCacheDamage }),
    );
    if (hasErrors(files)) return result({ diagrams: diagrams.stats, browserLaunched: session.launched });

    progress({ locale, stage: 'render' });
    const version = await versionLookup;
    const input: RenderInput = {
      facts,
      model,
      sections: clock.sync('render', () => renderSections({ facts, byKey, pages, proseHtml: proseRenderer(plan.htmlPolicy, parseCache) })),
      diagrams: diagrams.results,
      diagramFallbacks: diagramFallbacks(diagrams.skipped),
      downloads: outputs.downloads({ facts, model }),
      warnings: options.drafts ? warnings : [],
      version: { commit: version.commit, date: version.date },
    };
    input.charts = await clock('render', () => planCharts(model, format, labelsFor(format.locale)));
    if (model.actuals) {
      const actuals = model.actuals;
      input.dashboards = { charts: await clock('render', () => dashboardCharts(actuals, format, labelsFor(format.locale))) };
    }
    if (plan.scenarios) input.scenarios = await clock('render', () => scenariosInput(plan.scenarios!, format));
    const presentation = present(input, { templateDirs: [path.join(planDir, 'templates')], format, pageCss: pageRule(settings.paper) });
    const emitted = await clock('render', () =>
      emitOutputs(outputs.enabled, {
        presentation,
        settings,
        version,
        planDir,
        cacheDir,
        pageTransforms: buildPageTransforms(settings),
        onCacheDamage,
        ...(options.pageCache ? { pageCache: options.pageCache } : {}),
      }),
    );
    // The HTML made from the parsed trees just now is kept with them: the next build makes none.
    await parseCache.save().catch(() => {});
    await clock('write', () => writeAll(staging, emitted.files));

    const printed =
      emitted.print.length === 0
        ? undefined
        : await clock('pdf', () => {
            // A line as printing starts: the first PDF can take a while, and Ctrl-C tests wait for it.
            progress({ locale, stage: 'pdf', done: 0, total: emitted.print.length });
            return pdfStage(emitted.print, { session, staging, cacheDir, onCacheDamage, onPrinted: (done, total) => progress({ locale, stage: 'pdf', done, total }) });
          });

    progress({ locale, stage: 'write' });
    await clock('write', () => staging.commit());
    return result({
      diagrams: { ...diagrams.stats, skipped: diagrams.skipped?.length ?? 0 },
      pdfs: printed?.paths ?? [],
      pdfCache: { printed: printed?.printed ?? 0, cached: printed?.cached ?? 0 },
      pages: emitted.files.filter((f) => f.path.endsWith('.html')).length,
      browserLaunched: session.launched,
    });
  } finally {
    await staging.discard();
    if (!options.session) await session.close();
  }
}
