import path from 'node:path';
import { loadPlan, ParseCache } from '../pipeline/load.ts';
import { counted, messageLocale, report, toJson } from '../core/diagnostics/index.ts';
import { EnvironmentError } from '../core/environment-errors.ts';
import { prepareCacheFolder } from '../write/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT } from './exit-codes.ts';
import type { CheckFlags } from './program.ts';
import { useColor } from './color.ts';
import { actualsFlag, asOfFlag } from './option-values.ts';
import { cliWords, fill } from './cli-words.ts';

/**
 * `salesplan check [plan-dir]`: parse, validate and compute, no browser, nothing written but the parse cache.
 * Decision: check reads and updates the parse cache `build` keeps (by content hash, in the cache folder): parsing
 * the Markdown is most of what check costs, so a check of a plan checked or built before re-parses only the
 * files that changed.
 * Text goes to stderr like a compiler's; json goes to stdout so CI can pipe it into annotations.
 * Exit 0 when there is no error (warnings allowed), 1 when the plan has errors, 2 for usage problems.
 */
export async function checkCommand(planArg: string | undefined, flags: CheckFlags): Promise<number> {
  const cwd = process.cwd();
  const config = await commandConfig({ plan: planArg, cacheDir: process.env.SALESPLAN_CACHE || undefined }, { json: flags.format === 'json' });
  const planDir = config.plan;
  const cache = await usableCache(config.cacheDir, planDir, config.file);
  const actuals = { actuals: await actualsFlag(flags.actuals, cwd), asOf: asOfFlag(flags.asOf) };
  const plan = await loadPlan(planDir, cwd, {}, cache ? { cache, ...actuals } : actuals);
  // A cache that cannot be written (a read-only checkout) only costs the next check its speed.
  await cache?.save().catch(() => {});
  if (flags.format === 'json') {
    process.stdout.write(`${toJson(plan.files)}\n`);
  } else {
    const locale = messageLocale(plan.facts?.plan.locale);
    const messages = report(plan.files, { color: useColor(process.stderr), locale });
    if (messages) process.stderr.write(`${messages}\n`);
    const words = cliWords(locale);
    const verdict = fill(plan.ok ? words.valid : words.invalid, { dir: planDir });
    process.stderr.write(`${verdict} (${fill(words.checked, { files: counted(locale, plan.files.length, words.file) })})\n`);
  }
  return plan.ok ? EXIT.ok : EXIT.planErrors;
}

/**
 * The parse cache, in a cache folder that passes build's rules (write/guard-paths.ts: made and tagged by
 * salesplan, not in the plan folder). Decision: a folder those rules refuse, or one that cannot be made (a
 * read-only checkout), costs check only its speed, as a cache that cannot be written does: check goes on without
 * one and writes nothing there; `build` refuses the same folder with exit 2.
 */
async function usableCache(cacheDir: string, planDir: string, configFile: string | undefined): Promise<ParseCache | undefined> {
  const cwd = process.cwd();
  const projects = [cwd, ...(configFile ? [path.dirname(path.resolve(cwd, configFile))] : [])];
  const dir = await prepareCacheFolder({ cache: path.resolve(cwd, cacheDir), shown: cacheDir, plan: path.resolve(cwd, planDir), projects }).catch((error: unknown) => {
    if (error instanceof EnvironmentError) return undefined;
    throw error;
  });
  return dir ? ParseCache.open(dir, path.resolve(cwd, planDir)) : undefined;
}
