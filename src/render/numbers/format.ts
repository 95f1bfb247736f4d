import type { PlanModel } from '../../model/index.ts';
import type { PlanFacts } from '../../validate/index.ts';
import { numbersTables, type NumbersTable } from './tables.ts';

export type NumbersFormat = 'table' | 'json' | 'csv';

/**
 * JSON is the model itself (Decimals become exact strings), wrapped with a format version so scripts
 * can rely on it: field names follow src/model/types.ts and change only with `format`.
 */
export function numbersJson(facts: PlanFacts, model: PlanModel): string {
  const { messages, ...figures } = model;
  const doc = {
    format: 'salesplan-numbers/1',
    plan: { title: facts.plan.title, company: facts.plan.company, currency: model.currency, locale: model.locale },
    ...figures,
    messages,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** CSV for a spreadsheet: one block per table (a `# name` line, a header row, the rows), blank line between. */
export function numbersCsv(model: PlanModel): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return numbersTables(model)
    .map((t) => [`# ${t.name}`, t.columns.map(cell).join(','), ...t.rows.map((r) => r.map(cell).join(','))].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** Aligned plain-text tables for the terminal. */
export function numbersText(model: PlanModel): string {
  return numbersTables(model).map(textTable).join('\n\n').concat('\n');
}

function textTable(table: NumbersTable): string {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  return [table.name.toUpperCase(), line(table.columns), ...table.rows.map(line)].join('\n');
}
