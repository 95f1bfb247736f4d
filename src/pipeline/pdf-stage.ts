import type { BrowserSession } from '../browser/index.ts';
import { PdfCache, pdfCacheKey } from '../browser/index.ts';
import { printPdf, type PrintOptions } from '../browser/index.ts';
import { handbookHtml, handbookRoles, labelsFor, roleHandbookHtml, type Presentation } from '../render/index.ts';
import { fillLabel } from '../core/labels/index.ts';
import type { RenderInput } from '../render/index.ts';
import type { Staging } from '../write/index.ts';
import type { PlanVersion } from './version.ts';

/**
 * Pages printed at once in the one browser. Measured on the 2-core build machine (shared with other jobs, so noisy)
 * printing the example plan's 4 PDFs (38 + 11 + 11 + 12 pages) with Chromium already running, three runs each:
 * one page at a time 44.7 / 34.1 / 23.4 s (median 34.1), two at a time 26.6 / 17.9 / 25.8 s (median 25.8).
 * More than two only adds contention on two cores.
 */
export const DEFAULT_PDF_CONCURRENCY = 2;

/** One PDF of the build: where it goes, its HTML (rendered on demand) and how it is printed. */
export interface PdfJob {
  /** Relative to the output folder. */
  path: string;
  /** The link text on the site. */
  title: string;
  html: string;
  print: PrintOptions;
}

export interface PdfStageOptions {
  session: BrowserSession;
  staging: Staging;
  version: PlanVersion;
  /** Printed PDFs are cached under <cacheDir>/pdf/ by a hash of their HTML and print options. */
  cacheDir?: string;
  concurrency?: number;
  onPrinted?: (done: number, total: number) => void;
}

export interface PdfStageResult {
  /** PDFs written, relative to the output folder, in job order. */
  paths: string[];
  printed: number;
  cached: number;
}

type Planned = Pick<RenderInput, 'facts' | 'model'>;

/** The PDFs a build links to from the site, before they are printed: the full handbook, then one per role. */
export function plannedPdfs(input?: Planned): RenderInput['pdfs'] {
  const l = labelsFor(input?.facts.plan.locale ?? 'en');
  const full = { href: 'handbook.pdf', title: l.full_handbook };
  if (!input) return [full];
  return [full, ...handbookRoles(input).map((role) => ({ href: roleHandbookPath(role.id), title: fillLabel(l.role_handbook_pdf, role.title) }))];
}

export function roleHandbookPath(roleId: string): string {
  return `handbooks/${roleId}.pdf`;
}

/** Every PDF of the plan with its HTML and print options; rendering is cheap, printing is what the cache saves. */
export function pdfJobs(presentation: Presentation, version: PlanVersion): PdfJob[] {
  const { input } = presentation;
  const { facts, model } = input;
  const { plan } = facts;
  const l = labelsFor(plan.locale);
  const common = { author: plan.author ?? plan.company, language: plan.locale, creationDate: version.epoch, pageLabel: l.page_of };
  // The cover is the first page: no running header there.
  const full: PdfJob = {
    path: 'handbook.pdf',
    title: l.full_handbook,
    html: handbookHtml(presentation),
    print: {
      ...common,
      title: plan.title,
      subject: `${plan.company}: sales plan ${model.period.label}`,
      headerTitle: plan.title,
      runningHeader: { sections: [plan.title, ...input.sections.map((s) => s.title)], skipPages: 1 },
    },
  };
  const roles = presentation.roles.map((role): PdfJob => {
    const view = presentation.role(role.id);
    return {
      path: roleHandbookPath(role.id),
      title: fillLabel(l.role_handbook_pdf, role.title),
      html: roleHandbookHtml(presentation, role.id),
      print: {
        ...common,
        title: `${view.documentTitle} · ${plan.title}`,
        subject: `${plan.company}: ${view.kicker}, ${model.period.label}`,
        headerTitle: `${plan.title} · ${role.title}`,
        runningHeader: { sections: view.chapters.map((c) => c.title), skipPages: 1 },
      },
    };
  });
  return [full, ...roles];
}

/**
 * Print every PDF of the plan into the staging folder. Cached PDFs are copied without a browser; the rest print in
 * the build's one browser, `concurrency` pages at a time. The browser is launched only if something missed.
 */
export async function pdfStage(presentation: Presentation, opts: PdfStageOptions): Promise<PdfStageResult> {
  const jobs = pdfJobs(presentation, opts.version);
  const cache = opts.cacheDir ? new PdfCache(opts.cacheDir) : undefined;
  const total = jobs.length;
  let done = 0;
  let printed = 0;
  const finish = async (job: PdfJob, bytes: Uint8Array) => {
    await opts.staging.write(job.path, bytes);
    opts.onPrinted?.(++done, total);
  };

  const misses: { job: PdfJob; key: string }[] = [];
  for (const job of jobs) {
    const key = pdfCacheKey(job.html, job.print);
    const hit = await cache?.read(key);
    if (hit) await finish(job, hit);
    else misses.push({ job, key });
  }

  let next = 0;
  const worker = async () => {
    while (next < misses.length) {
      const { job, key } = misses[next++]!;
      const bytes = await printPdf(opts.session, job.html, job.print);
      await cache?.write(key, bytes);
      printed++;
      await finish(job, bytes);
    }
  };
  const lanes = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_PDF_CONCURRENCY, misses.length));
  await Promise.all(Array.from({ length: lanes }, worker));

  return { paths: jobs.map((j) => j.path), printed, cached: total - printed };
}
