import path from 'node:path';
import { loadPlan, ParseCache } from '../pipeline/index.ts';
import { report, toJson } from '../core/diagnostics/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT } from './exit-codes.ts';
import type { CheckFlags } from './program.ts';
import { useColor } from './color.ts';

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
  const cache = await ParseCache.open(path.resolve(cwd, config.cacheDir), path.resolve(cwd, planDir));
  const plan = await loadPlan(planDir, cwd, {}, { cache });
  // A cache that cannot be written (a read-only checkout) only costs the next check its speed.
  await cache.save().catch(() => {});
  if (flags.format === 'json') {
    process.stdout.write(`${toJson(plan.files)}\n`);
  } else {
    const messages = report(plan.files, { color: useColor(process.stderr) });
    if (messages) process.stderr.write(`${messages}\n`);
    const verdict = plan.ok ? `${planDir}: the plan is valid` : `${planDir}: the plan has errors`;
    process.stderr.write(`${verdict} (${plan.files.length} files checked)\n`);
  }
  return plan.ok ? EXIT.ok : EXIT.planErrors;
}
