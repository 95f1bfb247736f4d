import type { BrowserSession } from '../browser/index.ts';
import { PdfCache, pdfCacheKey, printPdf } from '../browser/index.ts';
import type { OnCacheDamage, Staging } from '../write/index.ts';
import type { PrintJob } from './outputs/types.ts';

/**
 * Pages printed at once in the one browser. Measured on the 2-core build machine (shared with other jobs, so noisy)
 * printing the example plan's 4 PDFs (38 + 11 + 11 + 12 pages) with Chromium already running, three runs each:
 * one page at a time 44.7 / 34.1 / 23.4 s (median 34.1), two at a time 26.6 / 17.9 / 25.8 s (median 25.8).
 * More than two only adds contention on two cores.
 */
export const DEFAULT_PDF_CONCURRENCY = 2;

export interface PdfStageOptions {
  session: BrowserSession;
  staging: Staging;
  /** Printed PDFs are cached under <cacheDir>/pdf/ by a hash of their HTML and print options. */
  cacheDir?: string;
  concurrency?: number;
  /** Told about each damaged cache entry, which is discarded and printed again. */
  onCacheDamage?: OnCacheDamage;
  onPrinted?: (done: number, total: number) => void;
}

export interface PdfStageResult {
  /** PDFs written, relative to the output folder, in job order. */
  paths: string[];
  printed: number;
  cached: number;
}

/**
 * The build's one print queue: the print jobs of every output, into the staging folder. Cached PDFs are copied
 * without a browser; the rest print in the build's one browser, `concurrency` pages at a time. The browser is
 * launched only if something missed.
 */
export async function pdfStage(jobs: readonly PrintJob[], opts: PdfStageOptions): Promise<PdfStageResult> {
  const cache = opts.cacheDir ? new PdfCache(opts.cacheDir, opts.onCacheDamage) : undefined;
  const total = jobs.length;
  let done = 0;
  let printed = 0;
  const finish = async (job: PrintJob, bytes: Uint8Array) => {
    await opts.staging.write(job.path, bytes);
    opts.onPrinted?.(++done, total);
  };

  const misses: { job: PrintJob; key: string }[] = [];
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
