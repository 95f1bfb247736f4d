import path from 'node:path';
import type { BrowserSession } from '../browser/index.ts';
import { build } from '../pipeline/index.ts';
import type { ParseCache } from '../pipeline/index.ts';
import type { BuildOptions, BuildResult } from '../pipeline/index.ts';

/**
 * Prints the PDFs after the site, in the background: only once the author has stopped typing for a
 * moment, one print at a time, and a print made stale by a newer change is followed by a fresh one.
 * PDFs go to their own folder, so the site's rebuilds never wait for them.
 */
export class PdfRebuilder {
  readonly dir: string;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(
    private readonly opts: {
      planDir: string;
      cwd: string;
      cacheDir: string;
      session: BrowserSession;
      parseCache: ParseCache;
      /** The build's settings besides the folders (theme, paper, role handbooks...). */
      settings: Omit<BuildOptions, 'planDir' | 'outDir'>;
      delayMs: number;
      onDone?: ((result: BuildResult | Error) => void) | undefined;
    },
  ) {
    this.dir = path.join(opts.cacheDir, 'dev', 'pdf');
  }

  schedule(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#start(), this.opts.delayMs);
  }

  /** The plan broke: a print of it would fail anyway; the last good PDFs stay. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#again = false;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.cancel();
    await this.#running;
  }

  #start(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#print().finally(() => {
      this.#running = undefined;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        this.#start();
      }
    });
  }

  async #print(): Promise<void> {
    const { planDir, cwd, cacheDir, session, parseCache, settings } = this.opts;
    try {
      // The PDFs only: the site and the numbers are the site build's.
      const result = await build({ ...settings, planDir, cwd, outDir: this.dir, outputInCache: true, outSetting: '--cache-dir', cacheDir, pdf: true, site: false, numbers: false, session, parseCache });
      this.opts.onDone?.(result);
    } catch (error) {
      this.opts.onDone?.(error as Error);
    }
  }
}
