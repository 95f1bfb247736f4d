import { stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../pipeline/index.ts';
import { outputSettings, planOutputs } from '../pipeline/index.ts';
import type { BuildResult } from '../pipeline/index.ts';
import { counted, messageLocale, report } from '../core/diagnostics/index.ts';
import { cacheDamageWarning } from '../pipeline/index.ts';
import { handleInterrupts } from '../core/interrupts.ts';
import { commandConfig } from './command-config.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { actualsFlag, asOfFlag, baseUrlFlag } from './option-values.ts';
import type { BuildFlags } from './program.ts';
import { cliWords, fill, seconds } from './cli-words.ts';
import { progressReporter, type Verbosity } from './progress.ts';
import { useColor } from './color.ts';


/**
 * `salesplan build [plan-dir]`: settings from defaults < salesplan.config.json < flags; stages reported as they
 * run, then the plan's messages and a summary with timings. Returns the exit code.
 */
export async function buildCommand(planArg: string | undefined, flags: BuildFlags): Promise<number> {
  const cwd = process.cwd();
  const config = await commandConfig({
    plan: planArg,
    out: flags.out,
    pdf: flags.pdf,
    site: flags.site,
    roleHandbooks: flags.roleHandbooks,
    numbers: flags.numbers,
    theme: flags.theme,
    drafts: flags.drafts,
    baseUrl: baseUrlFlag(flags.baseUrl),
    cacheDir: flags.cacheDir ?? (process.env.SALESPLAN_CACHE || undefined),
  });
  if (planOutputs(outputSettings(config)).enabled.length === 0) throw new UsageError('nothing to build: every output is turned off');
  // A missing plan folder is one line, before any progress: nothing has started.
  await requireFolder(path.resolve(cwd, config.plan), config.plan);
  const [actuals, asOf] = [await actualsFlag(flags.actuals, cwd), asOfFlag(flags.asOf)];

  const verbosity: Verbosity = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal';
  const progress = progressReporter(process.stderr, verbosity);
  if (verbosity === 'verbose' && config.file) process.stderr.write(`salesplan: settings from ${config.file}\n`);
  const started = performance.now();
  let result: BuildResult;
  // Ctrl-C, SIGTERM, SIGHUP: the build's browser, staging folder and profile are removed, output/ stays, exit 130.
  const stopHandlingInterrupts = handleInterrupts({ log: (line) => process.stderr.write(`\n${line}\n`) });
  try {
    result = await build({
      trustedHtml: flags.trustedHtml,
      actuals,
      asOf,
      planDir: config.plan,
      outDir: config.out,
      ...(config.file ? { projectDir: path.dirname(path.resolve(cwd, config.file)) } : {}),
      pdf: config.pdf,
      site: config.site,
      roleHandbooks: config.roleHandbooks,
      numbers: config.numbers,
      theme: config.theme,
      drafts: config.drafts,
      baseUrl: config.baseUrl,
      paper: config.paper,
      cacheDir: config.cacheDir,
      onProgress: progress.onProgress,
    });
  } finally {
    stopHandlingInterrupts();
    progress.done();
  }
  const messages = report(result.files, { color: useColor(process.stderr), locale: messageLocale(result.locale) });
  if (messages && !(flags.quiet && result.ok)) process.stderr.write(`${messages}\n`);
  if (!(flags.quiet && result.ok)) for (const damage of result.cacheDamage) process.stderr.write(`salesplan: ${cacheDamageWarning(damage, cwd)}\n`);
  if (!result.ok) {
    process.stderr.write(`salesplan: build failed; ${config.out}/ was left as it was.\n`);
    return EXIT.planErrors;
  }
  const skipped = result.diagrams.skipped ?? 0;
  if (skipped > 0) {
    process.stderr.write(
      `salesplan: warning: no Chrome or Chromium found, so ${skipped} diagram${skipped === 1 ? ' is' : 's are'} shown as Mermaid source; ` +
        'install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to draw them.\n',
    );
  }
  if (!flags.quiet) {
    process.stdout.write(`${summary(result, config.out, performance.now() - started)}\n`);
    if (verbosity === 'verbose') process.stdout.write(`${timingLines(result)}\n`);
  }
  return EXIT.ok;
}

export function summary(result: BuildResult, out: string, ms: number): string {
  const locale = messageLocale(result.locale);
  const words = cliWords(locale);
  const diagrams = result.diagrams.rendered + result.diagrams.cached;
  return fill(words.built, {
    out,
    files: counted(locale, result.files.length, words.file),
    pages: counted(locale, result.pages, words.page),
    diagrams: counted(locale, diagrams, words.diagram),
    cached: fill(words.cached, { count: String(result.diagrams.cached) }),
    pdfs: counted(locale, result.pdfs.length, words.pdf),
    seconds: seconds(ms, locale),
  });
}

/** `  parse 0.21 s` per stage, in the order the stages ran. */
export function timingLines(result: BuildResult): string {
  const width = Math.max(...Object.keys(result.timings).map((stage) => stage.length));
  return Object.entries(result.timings)
    .map(([stage, ms]) => `  ${stage.padEnd(width)} ${seconds(ms).padStart(8)}`)
    .join('\n');
}

async function requireFolder(dir: string, shown: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`plan folder ${shown} was not found`);
  if (!info.isDirectory()) throw new UsageError(`plan folder ${shown} is not a folder`);
}
