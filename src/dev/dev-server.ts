import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BrowserSession } from '../browser/index.ts';
import { build } from '../pipeline/index.ts';
import { ParseCache } from '../pipeline/index.ts';
import { SitePageCache } from '../pipeline/index.ts';
import type { BuildOptions, BuildResult } from '../pipeline/index.ts';
import { severityOf, sortedMessages } from '../core/diagnostics/index.ts';
import { isInterrupted } from '../core/interrupts.ts';
import { BUILTIN_TEMPLATES } from '../render/index.ts';
import { applyPageTransforms, type PageTransform } from '../pipeline/index.ts';
import { prepareCacheFolder } from '../write/index.ts';
import { environmentError } from '../core/environment-errors.ts';
import { EVENTS_PATH, LiveReload, injectReload, type OverlayMessage } from './live-reload.ts';
import { PdfRebuilder } from './pdf-rebuilder.ts';
import { watchPlanFolder, type PlanFolderWatch } from './plan-folder.ts';
import { contentType, readSiteFile, resolveInside } from './static-files.ts';
import { watchFolders, type Watcher } from './watch.ts';
import type { OnCacheDamage } from '../write/index.ts';

export interface DevOptions {
  planDir: string;
  cwd?: string;
  port?: number;
  /** 127.0.0.1 unless asked otherwise: the dev server is for the author's own browser. */
  host?: string;
  cacheDir?: string | undefined;
  /** Print PDFs in the background after the site; default true. */
  pdf?: boolean;
  /** The rest of the build's settings (from salesplan.config.json, as `build` reads them). */
  settings?: DevBuildSettings;
  /** Quiet period after the last successful site build before PDFs are printed. */
  pdfDelayMs?: number;
  /** Called after every site build (for the terminal and for tests). */
  onBuild?: (result: BuildResult, ms: number) => void;
  onPdf?: (result: BuildResult | Error) => void;
  /** Told about each damaged entry of the parse and page caches opened at the start (builds report theirs). */
  onCacheDamage?: OnCacheDamage;
  /** The plan folder went away (`gone`: the last good build is still served) or is there again (`back`). */
  onPlanFolder?: (state: 'gone' | 'back') => void;
}

/**
 * What the dev server changes in every page it serves (the built files stay as a build writes them): the
 * reload script. The same kind of list as the build's own page transforms (canonical links).
 */
const SERVED_PAGE_TRANSFORMS: readonly PageTransform[] = [injectReload];

/** What the dev server's builds take from the config besides the folders and `pdf`. */
export type DevBuildSettings = Pick<BuildOptions, 'theme' | 'baseUrl' | 'roleHandbooks' | 'numbers' | 'paper' | 'drafts'>;

export interface DevServer {
  url: string;
  /** The one browser of the session (diagrams that miss the cache, background PDFs); closed by stop(). */
  session: BrowserSession;
  /** Resolves after the site build that follows the latest change (tests wait on it). */
  settled(): Promise<BuildResult | undefined>;
  stop(): Promise<void>;
}

/**
 * `salesplan dev`: builds the site into the cache folder, serves it with a live-reload script, rebuilds on
 * every change (parsed files, diagrams and PDFs come from their caches) and prints PDFs in the background.
 */
export async function startDev(options: DevOptions): Promise<DevServer> {
  const cwd = options.cwd ?? process.cwd();
  const planDir = path.resolve(cwd, options.planDir);
  const cacheShown = options.cacheDir ?? '.salesplan-cache';
  // The cache holds dev's site and PDFs: checked (and tagged) before anything is written, like build's.
  const cacheDir = await prepareCacheFolder({ cache: path.resolve(cwd, cacheShown), shown: cacheShown, plan: planDir, projects: [cwd] });
  const siteDir = path.join(cacheDir, 'dev', 'site');
  const session = new BrowserSession();
  const parseCache = await ParseCache.open(cacheDir, planDir, options.onCacheDamage);
  const pageCache = await SitePageCache.open(cacheDir, planDir, options.onCacheDamage);
  const live = new LiveReload();
  // dev is the authors' preview: their warnings show in its pages and PDFs unless the settings say otherwise.
  const settings: DevBuildSettings = { ...options.settings, drafts: options.settings?.drafts ?? true };
  const pdfs = new PdfRebuilder({ planDir, cwd, cacheDir, session, parseCache, settings, delayMs: options.pdfDelayMs ?? 1500, onDone: options.onPdf });

  let running: Promise<BuildResult | undefined> = Promise.resolve(undefined);
  let pending = false;
  let building = false;
  let stopped = false;

  // Set once the first build ran: until then the plan folder is simply taken to be there.
  let planFolder: PlanFolderWatch | undefined;
  const planPresent = () => planFolder?.check() ?? Promise.resolve(true);

  const siteBuild = async (): Promise<BuildResult | undefined> => {
    const start = performance.now();
    const result = await build({
      ...settings,
      planDir,
      cwd,
      outDir: siteDir,
      outputInCache: true,
      outSetting: '--cache-dir',
      cacheDir,
      pdf: false,
      linkPdfs: options.pdf !== false,
      parseCache,
      pageCache,
      session,
    });
    // The folder went away while it was read (a checkout): what the build saw is no plan; the last good one stays.
    if (!(await planPresent())) return undefined;
    options.onBuild?.(result, performance.now() - start);
    if (result.ok) {
      live.reload();
      if (options.pdf !== false) pdfs.schedule();
    } else {
      pdfs.cancel();
      live.errors(overlayMessages(result));
    }
    return result;
  };

  /** One build at a time; changes during a build make exactly one more build after it. */
  const rebuild = (): Promise<BuildResult | undefined> => {
    if (building) {
      pending = true;
      return running;
    }
    building = true;
    running = (async () => {
      let result: BuildResult | undefined;
      do {
        pending = false;
        // While the plan folder is gone there is nothing to build: it says so once (onPlanFolder) and waits.
        if (!(await planPresent())) break;
        result = await siteBuild().catch(async (error: unknown) => {
          if (isInterrupted() || !(await planPresent())) return undefined;
          live.errors([{ location: 'salesplan', severity: 'error', message: (error as Error).message }]);
          process.stderr.write(`salesplan dev: ${(error as Error).message}\n`);
          return undefined;
        });
      } while (pending && !stopped);
      building = false;
      return result;
    })();
    return running;
  };

  const watchPlan = () => watchFolders([planDir, BUILTIN_TEMPLATES], () => void rebuild());
  await rebuild();
  let watcher: Watcher = watchPlan();
  await watcher.ready;
  // A watcher on the plan folder follows that folder only: a new folder by its name gets a new watcher.
  let rewatching: Promise<void> = Promise.resolve();
  planFolder = await watchPlanFolder(planDir, {
    onGone: () => {
      pdfs.cancel();
      options.onPlanFolder?.('gone');
    },
    onBack: () => {
      options.onPlanFolder?.('back');
      rewatching = rewatching.then(async () => {
        if (stopped) return;
        await watcher.close();
        watcher = watchPlan();
        await watcher.ready;
        if (!stopped) void rebuild();
      });
    },
  });

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    if (url.split('?')[0] === EVENTS_PATH) return live.connect(res);
    const pdf = url.toLowerCase().split('?')[0]?.endsWith('.pdf') ? await resolveInside(pdfs.dir, url) : undefined;
    const file = pdf ?? (await resolveInside(siteDir, url));
    if (!file) return send(res, 404, 'not found');
    const bytes = await readSiteFile(file).catch(() => undefined);
    if (!bytes) return send(res, 404, 'not found');
    const type = contentType(file);
    const body = type.startsWith('text/html')
      ? Buffer.from(applyPageTransforms(bytes.toString('utf8'), path.relative(siteDir, file), SERVED_PAGE_TRANSFORMS))
      : bytes;
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const port = options.port ?? 4173;
  const hostName = options.host ?? '127.0.0.1';
  try {
    await listen(server, port, hostName);
  } catch (error) {
    // A port in use or a host that is not this machine's: close what started, say so in one line (exit 2).
    stopped = true;
    planFolder.close();
    await rewatching;
    await watcher.close();
    live.close();
    await running.catch(() => {});
    await pdfs.stop();
    await session.close();
    throw environmentError(error, { action: `serve on ${hostName}:${port}` });
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/`,
    session,
    settled: async () => {
      // A change may still be inside the watcher's debounce; give it a moment to start its build.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return running;
    },
    async stop() {
      stopped = true;
      planFolder?.close();
      await rewatching;
      await watcher.close();
      live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running.catch(() => {});
      await pdfs.stop();
      await session.close();
    },
  };
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export function overlayMessages(result: BuildResult): OverlayMessage[] {
  return sortedMessages(result.files)
    .filter(({ message }) => severityOf(message) === 'error')
    .map(({ file, message }) => ({
      location: `${file.path}:${message.line ?? 1}:${message.column ?? 1}`,
      severity: severityOf(message),
      message: message.reason,
    }));
}
