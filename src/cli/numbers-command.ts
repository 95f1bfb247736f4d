import { writeFile } from 'node:fs/promises';
import { messageLocale, report } from '../core/diagnostics/index.ts';
import { environmentError } from '../core/environment-errors.ts';
import { shownPath } from '../core/shown-path.ts';
import { guessName, listNames } from '../core/suggest.ts';
import { loadPlan } from '../pipeline/load.ts';
import {
  comparisonTable,
  goalSeekTable,
  formatFor,
  type NumbersOptions,
  type NumbersTable,
  numbersCsv,
  numbersJson,
  numbersText,
  numbersWorkbook,
  planTables,
  scenariosJson,
  TABLE_NAMES,
} from '../render/index.ts';
import { commandConfig } from './command-config.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { NumbersFlags } from './program.ts';
import { useColor } from './color.ts';
import { actualsFlag, asOfFlag } from './option-values.ts';

/** `salesplan numbers [plan-dir]`: the computed model, to check, diff in git or open in a spreadsheet. */
export async function numbersCommand(planArg: string | undefined, flags: NumbersFlags): Promise<number> {
  const { format } = flags;
  const names: readonly string[] = flags.scenarios ? ['scenarios', 'goal_seek'] : TABLE_NAMES;
  if (flags.table !== undefined && !names.includes(flags.table)) {
    const { text } = guessName(flags.table, names);
    throw new UsageError(`there is no table \`${flags.table}\`${text} (tables: ${listNames(names, 20)})`);
  }
  if (format === 'csv' && flags.table === undefined && !flags.scenarios) {
    throw new UsageError(`a CSV file holds one table: add --table NAME (${listNames(names, 20)}), or use --format xlsx for all of them`);
  }
  if (format === 'xlsx' && !flags.out && process.stdout.isTTY) {
    throw new UsageError('an xlsx workbook is not for the terminal: add --out numbers.xlsx, or redirect: > numbers.xlsx');
  }
  const { plan: planDir } = await commandConfig({ plan: planArg });
  const asOf = asOfFlag(flags.asOf);
  const plan = await loadPlan(planDir, process.cwd(), {}, { actuals: await actualsFlag(flags.actuals, process.cwd()), asOf });
  const messages = report(plan.files, { color: useColor(process.stderr), locale: messageLocale(plan.facts?.plan.locale) });
  if (messages) process.stderr.write(`${messages}\n`);
  if (!plan.ok || !plan.facts || !plan.model) return EXIT.planErrors;
  const { facts } = plan;
  let model = plan.model;
  if (flags.scenario !== undefined || flags.scenarios) {
    const runs = plan.scenarios?.runs ?? [];
    if (!plan.scenarios) throw new UsageError(`this plan has no scenarios: add ${planDir}/scenarios.yaml (see the README's Scenarios section)`);
    if (flags.scenarios) {
      const options = numbersOptions(flags);
      const all = [comparisonTable(plan.scenarios.comparison, model), goalSeekTable(plan.scenarios.goalSeek)];
      // Without --table a CSV holds the comparison, as it did before the goal-seek table joined it.
      const tables = all.filter((t) => t.name === (flags.table ?? (format === 'csv' ? 'scenarios' : t.name)));
      const output =
        format === 'json'
          ? scenariosJson(facts, plan.scenarios.comparison, runs, plan.scenarios.goalSeek, plan.scenarios.sensitivity)
          : format === 'csv'
            ? numbersCsv(tables[0] as NumbersTable, model, options)
            : format === 'xlsx'
              ? await numbersWorkbook(tables, model, options)
              : numbersText(tables, model, plan.format ?? formatFor(facts.plan), options);
      return write(output, flags.out);
    }
    const run = runs.find((r) => r.id === flags.scenario);
    if (!run) {
      const ids = runs.map((r) => r.id);
      const { text } = guessName(flags.scenario ?? '', ids);
      throw new UsageError(`there is no scenario \`${flags.scenario}\`${text} (scenarios: ${listNames(ids, 20)})`);
    }
    model = run.model;
  }

  const all = planTables(model);
  const tables = flags.table === undefined ? all : all.filter((t) => t.name === flags.table);
  if (tables.length === 0) throw new UsageError(`this plan has no \`${flags.table}\` table: no role carries a quota`);
  const options = numbersOptions(flags);
  const scenario = plan.scenarios?.runs.find((r) => r.id === flags.scenario);
  const output =
    format === 'json'
      ? numbersJson(scenario?.facts ?? facts, model, scenario && { id: scenario.id, name: scenario.name })
      : format === 'csv'
        ? numbersCsv(tables[0] as NumbersTable, model, options)
        : format === 'xlsx'
          ? await numbersWorkbook(tables, model, options)
          : numbersText(tables, model, plan.format ?? formatFor(facts.plan), options);
  return write(output, flags.out);
}

function numbersOptions(flags: NumbersFlags): NumbersOptions {
  return {
    exact: flags.exact ?? false,
    ...(flags.delimiter && { delimiter: flags.delimiter === 'tab' ? '\t' : flags.delimiter }),
    ...(flags.decimal && { decimal: flags.decimal }),
  };
}

async function write(output: string | Uint8Array, out: string | undefined): Promise<number> {
  if (out) {
    await writeFile(out, output).catch((error: unknown) => {
      throw environmentError(error, { action: `write ${shownPath(out)}`, setting: '--out' });
    });
  } else process.stdout.write(output);
  return EXIT.ok;
}
