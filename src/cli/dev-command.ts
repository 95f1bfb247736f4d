import { cacheDamageWarning, type BuildResult } from '../pipeline/index.ts';
import type { CacheDamage } from '../write/index.ts';
import { messageLocale, report } from '../core/diagnostics/index.ts';
import { handleInterrupts, isInterrupted } from '../core/interrupts.ts';
import { startDev, type DevServer } from '../dev/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT } from './exit-codes.ts';
import { portFlag } from './option-values.ts';
import type { DevFlags } from './program.ts';
import { useColor } from './color.ts';

/**
 * `salesplan dev [plan-dir]`: serves the plan with live reload until Ctrl-C, then closes everything it opened.
 * It reads salesplan.config.json as `build` does: the plan folder, the cache, `formats.pdf` (background PDFs),
 * the role handbooks, the numbers, theme, paper and baseUrl. Unlike build, its pages show the plan's warnings. Decision: `out` and `formats.site` do not apply,
 * since dev always serves the site, from its own folder in the cache.
 */
export async function devCommand(planArg: string | undefined, flags: DevFlags): Promise<number> {
  const port = portFlag(flags.port);
  const config = await commandConfig({ plan: planArg, pdf: flags.pdf, cacheDir: flags.cacheDir ?? (process.env.SALESPLAN_CACHE || undefined) });
  const planDir = config.plan;
  const color = useColor(process.stderr);
  const onCacheDamage = (damage: CacheDamage) => process.stderr.write(`salesplan dev: ${cacheDamageWarning(damage)}\n`);
  const onBuild = (result: BuildResult, ms: number) => {
    const messages = report(result.files, { color, locale: messageLocale(result.locale) });
    if (messages) process.stderr.write(`${messages}\n`);
    result.cacheDamage.forEach(onCacheDamage);
    const line = result.ok
      ? `rebuilt ${result.pages} pages in ${ms.toFixed(0)} ms`
      : 'the plan has errors; the browser shows them over the last good build';
    process.stderr.write(`salesplan dev: ${line}\n`);
  };
  const onPdf = (result: BuildResult | Error) => {
    // Ctrl-C kills the browser under a print in flight: its failure is the interrupt's doing, not news.
    if (isInterrupted()) return;
    if (!(result instanceof Error)) result.cacheDamage.forEach(onCacheDamage);
    const text = result instanceof Error ? `PDFs failed: ${result.message}` : result.ok ? `PDFs ready (${result.pdfs.length})` : 'PDFs skipped: the plan has errors';
    process.stderr.write(`salesplan dev: ${text}\n`);
  };
  const onPlanFolder = (state: 'gone' | 'back') => {
    const line =
      state === 'gone'
        ? `the plan folder ${planDir} is gone; still serving the last good build, and watching for it to come back`
        : `the plan folder ${planDir} is back; rebuilding`;
    process.stderr.write(`salesplan dev: ${line}\n`);
  };
  const { theme, baseUrl, roleHandbooks, numbers, paper } = config;
  // dev is the authors' preview: their warnings show in its pages unless --no-drafts asks for the published copy.
  const settings = { theme, roleHandbooks, numbers, paper, drafts: flags.drafts, ...(baseUrl ? { baseUrl } : {}) };
  // Ctrl-C, SIGTERM or SIGHUP, also during the first build: every browser is killed and every staging folder
  // removed at once (core/interrupts.ts), then the server stops; exit 0, since Ctrl-C is how dev is meant to end.
  // A second signal exits at once.
  let dev: DevServer | undefined;
  handleInterrupts({
    log: (line) => process.stderr.write(`${line}\n`),
    announce: () => 'salesplan dev: stopping',
    stop: async () => dev?.stop(),
    exitCode: EXIT.ok,
  });
  dev = await startDev({ planDir, port, host: flags.host, pdf: config.pdf, cacheDir: config.cacheDir, settings, onBuild, onPdf, onCacheDamage, onPlanFolder });
  process.stdout.write(`salesplan dev: serving ${planDir} at ${dev.url} (Ctrl-C stops)\n`);
  // Runs until a signal: the handler exits the process once everything is closed.
  return new Promise<number>(() => {});
}
