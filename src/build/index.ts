import path from 'node:path';
import { BrowserSession } from '../browser/launch.ts';
import { hasErrors } from '../diagnostics/index.ts';
import { renderSite } from '../render/index.ts';
import type { RenderInput } from '../render/types.ts';
import { createStaging } from '../write/staging.ts';
import { diagramStage } from './diagram-stage.ts';
import { loadPlan } from './load-plan.ts';
import { pdfStage, plannedPdfs } from './pdf-stage.ts';
import { renderSections } from './sections.ts';
import { stopwatch } from './stopwatch.ts';
import { planVersion } from './version.ts';
import type { BuildOptions, BuildResult, Timings } from './types.ts';

export type { BuildOptions, BuildResult } from './types.ts';

/**
 * The whole pipeline, top to bottom: parse → validate → compute → diagrams → render → PDFs → write.
 * Problems in the plan are collected on the files as positioned messages and returned, never thrown;
 * the output folder is replaced only when every stage succeeded.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const planDir = path.resolve(cwd, options.planDir);
  const timings: Timings = {};
  const progress = options.onProgress ?? (() => {});
  const clock = stopwatch(timings);

  progress({ stage: 'parse' });
  const plan = await loadPlan(planDir, cwd, timings);
  const { files, parsed, byKey, facts, model, warnings } = plan;
  const result = (extra: Partial<BuildResult> = {}): BuildResult => ({
    ok: !hasErrors(files),
    files,
    timings,
    diagrams: { rendered: 0, cached: 0 },
    pdfs: [],
    pages: 0,
    browserLaunched: false,
    ...extra,
  });
  if (!plan.ok || !facts || !model) return result();

  const session = new BrowserSession({ executablePath: options.browserPath });
  const staging = await createStaging(path.resolve(cwd, options.outDir));
  try {
    progress({ stage: 'diagrams' });
    const cacheDir = options.cacheDir ?? path.join(cwd, '.salesplan-cache');
    const diagrams = await clock('diagrams', () => diagramStage(facts, model, parsed, { session, cacheDir }));
    if (hasErrors(files)) return result({ diagrams: diagrams.stats, browserLaunched: session.launched });

    progress({ stage: 'render' });
    const version = await planVersion(planDir);
    const input: RenderInput = {
      facts,
      model,
      sections: renderSections(facts, byKey),
      diagrams: diagrams.results,
      pdfs: options.pdf === false ? [] : plannedPdfs(),
      warnings,
      version: { commit: version.commit, date: version.date },
    };
    const templateDirs = [path.join(planDir, 'templates')];
    const site = clock.sync('render', () => renderSite(input, { templateDirs }));
    for (const file of site.files) await staging.write(file.path, file.contents);

    const pdfs =
      options.pdf === false
        ? []
        : await clock('pdf', () =>
            pdfStage(input, {
              session,
              staging,
              templateDirs,
              version,
              onPrinted: (done, total) => progress({ stage: 'pdf', done, total }),
            }),
          );

    progress({ stage: 'write' });
    await clock('write', () => staging.commit());
    return result({
      diagrams: diagrams.stats,
      pdfs,
      pages: site.files.filter((f) => f.path.endsWith('.html')).length,
      browserLaunched: session.launched,
    });
  } finally {
    await staging.discard();
    await session.close();
  }
}
