import { loadPlan } from '../pipeline/index.ts';
import { report } from '../core/diagnostics/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT } from './exit-codes.ts';
import { numbersCsv, numbersJson, numbersText } from '../render/index.ts';
import type { NumbersFlags } from './program.ts';

/** `salesplan numbers [plan-dir]`: the computed model, to check, diff in git or paste into a spreadsheet. */
export async function numbersCommand(planArg: string | undefined, flags: NumbersFlags): Promise<number> {
  const { plan: planDir } = await commandConfig({ plan: planArg });
  const plan = await loadPlan(planDir, process.cwd());
  const messages = report(plan.files, { color: process.stderr.isTTY });
  if (messages) process.stderr.write(`${messages}\n`);
  if (!plan.ok || !plan.facts || !plan.model) return EXIT.planErrors;

  const { format } = flags;
  const text =
    format === 'json' ? numbersJson(plan.facts, plan.model) : format === 'csv' ? numbersCsv(plan.model) : numbersText(plan.model);
  process.stdout.write(text);
  return EXIT.ok;
}
