import type { VFile } from 'vfile';
import type { ParseCache } from './cache/parse-cache.ts';
import type { SitePageCache } from './cache/page-cache.ts';
import type { BrowserSession } from '../browser/index.ts';
import type { PaperSetting } from '../core/paper.ts';
import type { CacheDamage } from '../write/index.ts';

export interface BuildOptions {
  /** The plan folder, relative to cwd. */
  planDir: string;
  /** CRM exports to compare with, relative to cwd; default the plan's own actuals/ folder. */
  actuals?: string | undefined;
  /** The date the actuals are read as of (YYYY-MM-DD); default the plan's as_of. */
  asOf?: string | undefined;
  /**
   * The output folder, relative to cwd; replaced whole on success. It must be new, empty, or one salesplan
   * wrote (see write/guard-paths.ts), outside the plan folder, and not hold the plan, the project or the cache.
   */
  outDir: string;
  cwd?: string | undefined;
  /** The folder of salesplan.config.json, when there is one: the output may not hold it either (cwd always counts). */
  projectDir?: string | undefined;
  /** The setting that names the output in messages; default `--out`. */
  outSetting?: string | undefined;
  /** dev builds into its own folders inside the checked cache: they need no marker. */
  outputInCache?: boolean | undefined;
  /** Print the PDF handbook(s); default true. */
  pdf?: boolean | undefined;
  /** Write the HTML site; default true (false: PDFs only). */
  site?: boolean | undefined;
  /** One PDF handbook per role besides the whole plan's; default true. */
  roleHandbooks?: boolean | undefined;
  /** The computed numbers as numbers.json, numbers.xlsx and numbers/<table>.csv, linked from the site; default true. */
  numbers?: boolean | undefined;
  /** Paper size and margins of every PDF (and of the print stylesheet's @page rule); default DEFAULT_PAPER. */
  paper?: PaperSetting | undefined;
  /** Mermaid theme of the diagrams; default neutral. */
  theme?: string | undefined;
  /**
   * The plan's warnings in the pages and PDFs too; default false. Warnings are for the plan's authors (check,
   * build and dev print them): the published site and PDFs carry none unless a draft asks for them.
   */
  drafts?: boolean | undefined;
  /** Where the site is published: pages get canonical links. */
  baseUrl?: string | undefined;
  /** Where rendered diagrams are cached by content hash; default .salesplan-cache/ in cwd. */
  cacheDir?: string | undefined;
  /** Let raw HTML in the prose through unsanitized, as `trusted_html: true` in the plan section does. */
  trustedHtml?: boolean | undefined;
  /** Parsed files kept between builds (dev mode keeps one open); opened from cacheDir when absent. */
  parseCache?: ParseCache;
  /** Rendered pages kept between builds (dev mode keeps one open); opened from cacheDir when absent. */
  pageCache?: SitePageCache;
  /** A browser session to use and leave open (dev mode keeps one between rebuilds). */
  session?: BrowserSession;
  /** Link the PDFs from the site even when `pdf` is false (dev mode prints them in the background). */
  linkPdfs?: boolean | undefined;
  /** A browser executable to use instead of looking for one. */
  browserPath?: string | undefined;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  stage: 'parse' | 'validate' | 'compute' | 'diagrams' | 'render' | 'pdf' | 'write';
  /** The plan's locale, on every event after the plan validated: the CLI words its lines in it. */
  locale?: string;
  done?: number;
  total?: number;
}

/** Milliseconds spent per stage. */
export type Timings = Record<string, number>;

export interface BuildResult {
  /** False when any file carries an error: output/ was left as it was. */
  ok: boolean;
  /** Every plan file, with the messages found on it. */
  files: VFile[];
  timings: Timings;
  /** `skipped`: not drawn for want of a browser (a --no-pdf build shows their source instead). */
  diagrams: { rendered: number; cached: number; skipped?: number };
  /** PDFs written, relative to the output folder. */
  pdfs: string[];
  /** PDFs printed by the browser this build vs copied from the cache (<cacheDir>/pdf/). */
  pdfCache: { printed: number; cached: number };
  pages: number;
  browserLaunched: boolean;
  /** Cache entries found damaged (truncated, not matching their hash): each was discarded and made again. */
  cacheDamage: CacheDamage[];
  /** The plan's locale when it validated: the CLI reports in it. */
  locale?: string | undefined;
}
