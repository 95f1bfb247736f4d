import type { BrowserSession } from '../browser/launch.ts';
import { printPdf } from '../browser/pdf.ts';
import { renderHandbook } from '../render/index.ts';
import type { RenderInput } from '../render/types.ts';
import type { Staging } from '../write/staging.ts';
import type { PlanVersion } from './version.ts';

/** The PDFs a build links to from the site, before they are printed. */
export function plannedPdfs(): RenderInput['pdfs'] {
  return [{ href: 'handbook.pdf', title: 'Handbook (PDF)' }];
}

/** Prints every PDF of the plan into the staging folder; returns their paths relative to the output. */
export async function pdfStage(
  input: RenderInput,
  opts: { session: BrowserSession; staging: Staging; templateDirs: string[]; version: PlanVersion; onPrinted?: (done: number, total: number) => void },
): Promise<string[]> {
  const { facts, model } = input;
  const handbook = renderHandbook(input, { templateDirs: opts.templateDirs });
  const bytes = await printPdf(opts.session, handbook, {
    title: facts.plan.title,
    author: facts.plan.author ?? facts.plan.company,
    subject: `${facts.plan.company}: sales plan ${model.period.label}`,
    language: facts.plan.locale,
    headerTitle: facts.plan.title,
    creationDate: opts.version.epoch,
  });
  await opts.staging.write('handbook.pdf', bytes);
  opts.onPrinted?.(1, 1);
  return ['handbook.pdf'];
}
