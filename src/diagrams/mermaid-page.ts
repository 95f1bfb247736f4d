import type { Page } from 'puppeteer-core';
import { BrowserNotFoundError } from '../browser/index.ts';
import type { BrowserSession } from '../browser/index.ts';
import { BrowserFailedError, failureText, isBrowserFailure, withDeadline } from '../browser/index.ts';
import { FAKE_ORIGIN, combineRoutes, goOffline } from '../browser/index.ts';
import { DIAGRAM_LIMITS } from '../core/limits.ts';
import { DiagramCache, cacheKey } from './cache.ts';
import { mermaidRoutes, mermaidVersion } from './mermaid-assets.ts';
import type { MermaidLoader } from './mermaid-assets.ts';
import type { OnCacheDamage } from '../write/index.ts';
import { GANTT_LEFT_PADDING, mermaidPageHtml } from './page-script.ts';
import { prepareInlineSvg } from './svg-inline.ts';
import type { DiagramError, DiagramResults, DiagramSpec, RenderedDiagram } from './types.ts';

export type { DiagramResults, DiagramSpec } from './types.ts';

/** Fonts every reader is likely to have; the SVG text is measured with whichever is found first. */
export const FONT_FAMILY = '"Liberation Sans", "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif';

/**
 * Measured on the 2-core build machine (median of 3): the ESM entry loads in ~0.8-1.4 s and imports only the
 * chunks a diagram type needs (first flowchart +0.4-0.8 s, first gantt +0.2-0.3 s); the 3.5 MB bundle takes
 * ~2.3-6 s to load before the first diagram. ESM wins for the few diagram types a plan uses.
 */
const DEFAULT_LOADER: MermaidLoader = 'esm';

export interface RenderOptions {
  session: BrowserSession;
  cacheDir: string;
  theme?: string | undefined;
  /** Per diagram; a diagram that takes longer is reported as an error and the page is replaced. */
  timeoutMs?: number;
  loader?: MermaidLoader;
  /** 'skip': with no browser installed, diagrams missing from the cache end up in `skipped` instead of failing. */
  withoutBrowser?: 'fail' | 'skip';
  /** Told about each damaged cache entry, which is discarded and drawn again. */
  onCacheDamage?: OnCacheDamage | undefined;
}

/** The mermaid configuration; part of the cache key. SVG text labels only: they print and sanitise cleanly. */
export function mermaidConfig(theme: string) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    fontFamily: FONT_FAMILY,
    htmlLabels: false,
    suppressErrorRendering: true,
    // Mermaid's defaults, written out: the limits checked before drawing (src/diagrams/limits.ts) are these.
    maxTextSize: DIAGRAM_LIMITS.textSize,
    maxEdges: DIAGRAM_LIMITS.edges,
    // d3 draws the gantt's axis dates at 10 px, 7.5 pt on paper: below the 8 pt a printed handbook allows.
    // Its grid lines are drawn in currentColor, the text's colour, so they read as black rules through the labels.
    themeCSS: '.grid .tick text { font-size: 12px; } .grid .tick line { stroke: hsl(0, 0%, 85%); }',
    flowchart: { htmlLabels: false, useMaxWidth: true, curve: 'basis' },
    gantt: {
      useMaxWidth: true,
      barHeight: 22,
      barGap: 6,
      fontSize: 12,
      sectionFontSize: 12,
      leftPadding: GANTT_LEFT_PADDING,
      topPadding: 40,
      axisFormat: '%d %b',
    },
  };
}

/**
 * Render every diagram to a standalone SVG. Cached diagrams are read from cacheDir; the rest render one after
 * another in a single page, opened (and the browser launched) only when something missed the cache.
 * A diagram that fails or hangs becomes an entry in `errors`; the others still render.
 */
export async function renderDiagrams(specs: DiagramSpec[], opts: RenderOptions): Promise<DiagramResults> {
  const start = performance.now();
  const theme = opts.theme ?? 'neutral';
  const config = mermaidConfig(theme);
  const cache = new DiagramCache(opts.cacheDir, opts.onCacheDamage);
  const keys = specs.map((spec) => cacheKey({ ...spec, mermaidVersion, theme, config }));
  const found = await Promise.all(keys.map((key) => cache.read(key)));

  const rendered = new Map<string, RenderedDiagram>();
  const errors: DiagramError[] = [];
  const misses = specs.flatMap((spec, i) => (found[i] === undefined ? [{ spec, key: keys[i] as string }] : []));

  const skipped: DiagramSpec[] = [];
  let page: MermaidPage | undefined;
  let noBrowser = false;
  try {
    for (const { spec, key } of misses) {
      if (noBrowser) {
        skipped.push(spec);
        continue;
      }
      // A hung render or a crashed browser gets one more try on a fresh page (the session relaunches a dead browser).
      let result: RenderOutcome | undefined;
      for (let attempt = 1; attempt <= 2 && !noBrowser; attempt++) {
        try {
          page ??= await withDeadline(MermaidPage.open(opts.session, config, opts.loader ?? DEFAULT_LOADER), 60_000, 'loading mermaid');
          result = await page.render(spec, opts.timeoutMs ?? 15_000);
        } catch (error) {
          if (error instanceof BrowserNotFoundError && opts.withoutBrowser === 'skip') {
            noBrowser = true;
            break;
          }
          if (!isBrowserFailure(error) || attempt === 2) {
            if (!isBrowserFailure(error)) throw error;
            throw new BrowserFailedError(
              `the browser failed twice while drawing the diagram "${spec.title}" (${spec.id}): ${failureText(error)}`,
              { cause: error },
            );
          }
          result = undefined;
        }
        if (result && !('error' in result && result.timedOut)) break;
        await page?.close();
        page = undefined;
      }
      if (noBrowser) {
        skipped.push(spec);
        continue;
      }
      if (!result) continue;
      if ('error' in result) {
        errors.push({ id: spec.id, message: result.timedOut ? `${result.error} (tried twice)` : result.error });
        continue;
      }
      await cache.write(key, result.svg);
      rendered.set(spec.id, { svg: result.svg, title: spec.title, description: spec.description, cached: false });
    }
  } finally {
    await page?.close();
  }

  // In the order of the specs, whichever way each came.
  const results = new Map<string, RenderedDiagram>();
  specs.forEach((spec, i) => {
    const svg = found[i];
    const entry =
      svg === undefined ? rendered.get(spec.id) : { svg, title: spec.title, description: spec.description, cached: true };
    if (entry) results.set(spec.id, { ...entry, svg: prepareInlineSvg(entry.svg) });
  });
  const cached = found.filter((svg) => svg !== undefined).length;
  return { results, errors, skipped, stats: { rendered: rendered.size, cached, ms: performance.now() - start } };
}

/** The SVG's id: mermaid prefixes its inner ids and CSS with it, so it must be a valid, unique CSS identifier. */
export function svgId(diagramId: string): string {
  return `diagram-${diagramId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

type RenderOutcome = { svg: string } | { error: string; timedOut?: boolean };

/** What page-script.ts puts on the page's window. */
interface PageGlobals {
  mermaid: { initialize(config: object): void };
  salesplanRender(id: string, source: string, title: string, description: string): Promise<RenderOutcome>;
}

/** A page with mermaid loaded and initialised. */
export class MermaidPage {
  private constructor(
    readonly page: Page,
    /** How long loading mermaid took, for the timings report. */
    readonly loadMs: number,
  ) {}

  static async open(session: BrowserSession, config: object, loader: MermaidLoader): Promise<MermaidPage> {
    const browser = await session.get();
    const page = await browser.newPage();
    try {
      const start = performance.now();
      const html = mermaidPageHtml(loader, FONT_FAMILY);
      const pageUrl = `${FAKE_ORIGIN}diagrams.html`;
      const self = (url: string) => (url === pageUrl ? { body: html, contentType: 'text/html; charset=utf-8' } : undefined);
      const offline = await goOffline(page, combineRoutes(self, mermaidRoutes));
      // Gantt charts take the width of their container: an A4 text column (178 mm = 673 CSS px), so they print
      // at their own size and their 12 px labels stay 9 pt (at 800 px they shrank to 7.6 pt).
      await page.setViewport({ width: 673, height: 600 });
      await page.goto(pageUrl, { waitUntil: 'load' });
      await page.waitForFunction('window.salesplanReady === true', { timeout: 30_000 }).catch((error: unknown) => {
        const blocked = offline.blocked.length ? ` (refused: ${offline.blocked.join(', ')})` : '';
        throw new Error(`mermaid did not load in the page${blocked}: ${String(error)}`);
      });
      await page.evaluate((c) => (window as unknown as PageGlobals).mermaid.initialize(c), config);
      return new MermaidPage(page, performance.now() - start);
    } catch (error) {
      await withDeadline(page.close(), 5_000, 'closing the diagram page').catch(() => {});
      throw error;
    }
  }

  async render(spec: DiagramSpec, timeoutMs: number): Promise<RenderOutcome> {
    const call = this.page.evaluate(
      (id, source, title, description) =>
        (window as unknown as PageGlobals).salesplanRender(id, source, title, description),
      svgId(spec.id),
      spec.source,
      spec.title,
      spec.description,
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<RenderOutcome>((resolve) => {
      const error = `mermaid did not finish within ${timeoutMs / 1000} s`;
      timer = setTimeout(() => resolve({ error, timedOut: true }), timeoutMs);
    });
    try {
      // The abandoned evaluate rejects once the page closes; nobody waits for it.
      call.catch(() => {});
      return await Promise.race([call, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Bounded: on a dead browser puppeteer's close waits for a "target destroyed" event that never comes. */
  close(): Promise<void> {
    return withDeadline(this.page.close(), 5_000, 'closing the diagram page').catch(() => {});
  }
}
