import path from 'node:path';
import { BrowserSession } from '../browser/launch.ts';
import { printPdf } from '../browser/pdf.ts';
import { hasErrors } from '../diagnostics/index.ts';
import { generatedDiagrams } from '../diagrams/index.ts';
import { renderDiagrams } from '../diagrams/mermaid-page.ts';
import { renderHandbook, renderSite } from '../render/index.ts';
import { createStaging } from '../write/staging.ts';
import { authorDiagrams, placeDiagramErrors } from './diagrams.ts';
import { loadPlan } from './load-plan.ts';
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
    const specs = [...generatedDiagrams(facts, model), ...authorDiagrams(parsed)];
    const diagrams = await clock('diagrams', () =>
      renderDiagrams(specs, { session, cacheDir: options.cacheDir ?? path.join(cwd, '.salesplan-cache') }),
    );
    placeDiagramErrors(diagrams.errors, parsed);
    if (hasErrors(files)) return result({ diagrams: diagrams.stats, browserLaunched: session.launched });

    progress({ stage: 'render' });
    const version = await planVersion(planDir);
    const pdfs = options.pdf === false ? [] : [{ href: 'handbook.pdf', title: 'Handbook (PDF)' }];
    const input = {
      facts,
      model,
      sections: renderSections(facts, byKey),
      diagrams: new Map([...diagrams.results].map(([id, d]) => [id, d])),
      pdfs,
      warnings,
      version: { commit: version.commit, date: version.date },
    };
    const templateDirs = [path.join(planDir, 'templates')];
    const site = clock.sync('render', () => renderSite(input, { templateDirs }));
    for (const file of site.files) await staging.write(file.path, file.contents);

    const written: string[] = [];
    if (options.pdf !== false) {
      progress({ stage: 'pdf', done: 0, total: 1 });
      const handbook = clock.sync('render', () => renderHandbook(input, { templateDirs }));
      const bytes = await clock('pdf', () =>
        printPdf(session, handbook, {
          title: facts.plan.title,
          author: facts.plan.author ?? facts.plan.company,
          subject: `${facts.plan.company}: sales plan ${model.period.label}`,
          language: facts.plan.locale,
          headerTitle: facts.plan.title,
          creationDate: version.epoch,
        }),
      );
      await staging.write('handbook.pdf', bytes);
      written.push('handbook.pdf');
      progress({ stage: 'pdf', done: 1, total: 1 });
    }

    progress({ stage: 'write' });
    await clock('write', () => staging.commit());
    return result({
      diagrams: diagrams.stats,
      pdfs: written,
      pages: site.files.filter((f) => f.path.endsWith('.html')).length,
      browserLaunched: session.launched,
    });
  } finally {
    await staging.discard();
    await session.close();
  }
}
