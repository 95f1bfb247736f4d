import { writeFile } from 'node:fs/promises';
import { report } from '../core/diagnostics/index.ts';
import { environmentError } from '../core/environment-errors.ts';
import { shownPath } from '../core/shown-path.ts';
import { guessName, listNames } from '../core/suggest.ts';
import { loadPlan } from '../pipeline/index.ts';
import { formatFor, type NumbersOptions, numbersCsv, numbersJson, numbersText, numbersWorkbook, planTables, TABLE_NAMES } from '../render/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { NumbersFlags } from './program.ts';
import { useColor } from './color.ts';

/** `salesplan numbers [plan-dir]`: the computed model, to check, diff in git or open in a spreadsheet. */
export async function numbersCommand(planArg: string | undefined, flags: NumbersFlags): Promise<number> {
  const { format } = flags;
  const names: readonly string[] = TABLE_NAMES;
  if (flags.table !== undefined && !names.includes(flags.table)) {
    const { text } = guessName(flags.table, names);
    throw new UsageError(`there is no table \`${flags.table}\`${text} (tables: ${listNames(names, 20)})`);
  }
  if (format === 'csv' && flags.table === undefined) {
    throw new UsageError(`a CSV file holds one table: add --table NAME (${listNames(names, 20)}), or use --format xlsx for all of them`);
  }
  if (format === 'xlsx' && !flags.out && process.stdout.isTTY) {
    throw new UsageError('an xlsx workbook is not for the terminal: add --out numbers.xlsx, or redirect: > numbers.xlsx');
  }
  const { plan: planDir } = await commandConfig({ plan: planArg });
  const plan = await loadPlan(planDir, process.cwd());
  const messages = report(plan.files, { color: useColor(process.stderr) });
  if (messages) process.stderr.write(`${messages}\n`);
  if (!plan.ok || !plan.facts || !plan.model) return EXIT.planErrors;
  const { facts, model } = plan;

  const all = planTables(model);
  const tables = flags.table === undefined ? all : all.filter((t) => t.name === flags.table);
  if (tables.length === 0) throw new UsageError(`this plan has no \`${flags.table}\` table: no role carries a quota`);
  const options: NumbersOptions = {
    exact: flags.exact ?? false,
    ...(flags.delimiter && { delimiter: flags.delimiter === 'tab' ? '\t' : flags.delimiter }),
    ...(flags.decimal && { decimal: flags.decimal }),
  };
  const output =
    format === 'json'
      ? numbersJson(facts, model)
      : format === 'csv'
        ? numbersCsv(tables[0]!, model, options)
        : format === 'xlsx'
          ? await numbersWorkbook(tables, model, options)
          : numbersText(tables, model, plan.format ?? formatFor(facts.plan), options);
  if (flags.out) {
    const out = flags.out;
    await writeFile(out, output).catch((error: unknown) => {
      throw environmentError(error, { action: `write ${shownPath(out)}`, setting: '--out' });
    });
  }
  else process.stdout.write(output);
  return EXIT.ok;
}
