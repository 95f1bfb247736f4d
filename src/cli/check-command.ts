import { loadPlan } from '../pipeline/index.ts';
import { report, toJson } from '../core/diagnostics/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT } from './exit-codes.ts';
import type { CheckFlags } from './program.ts';
import { useColor } from './color.ts';

/**
 * `salesplan check [plan-dir]`: parse, validate and compute, no browser, nothing written.
 * Text goes to stderr like a compiler's; json goes to stdout so CI can pipe it into annotations.
 * Exit 0 when there is no error (warnings allowed), 1 when the plan has errors, 2 for usage problems.
 */
export async function checkCommand(planArg: string | undefined, flags: CheckFlags): Promise<number> {
  const { plan: planDir } = await commandConfig({ plan: planArg }, { json: flags.format === 'json' });
  const plan = await loadPlan(planDir, process.cwd());
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
