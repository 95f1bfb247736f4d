import type { VFile } from 'vfile';
import { addMessage } from '../../core/diagnostics/message.ts';
import { readmeUrl } from '../../core/diagnostics/urls.ts';
import { ACTUALS_LIMITS } from '../../core/limits.ts';
import { type CrmLayout, normaliseHeader, recogniseLayout } from './crm-headers.ts';
import { ACTIVITY_FIELDS, type ColumnRole, type Field, REQUIRED_ACTIVITY_FIELDS, REQUIRED_DEAL_FIELDS } from './fields.ts';
import { type ActualsMapping, mapKey } from './mapping.ts';
import type { RawCell, RawTable } from './table.ts';
import type { ExportActivity, ExportDeal, ExportTable } from './types.ts';
import { dealStatus, FORMAT_BY_LANGUAGE, parseAmount, parseBoolean, parseDate, type ValueFormat } from './values.ts';

const URL = readmeUrl('actuals');
const at = (line: number, column: number) => ({ line, column });

function roles(headers: string[], layout: CrmLayout | undefined, mapping: ActualsMapping | undefined): (ColumnRole | undefined)[] {
  const own = new Map(Object.entries(layout?.columns ?? {}).map(([h, f]) => [normaliseHeader(h), f]));
  return headers.map((header) => {
    const mapped = mapping?.columns.get(mapKey(header));
    if (mapped) return mapped;
    const field = own.get(normaliseHeader(header));
    if (field) return { field };
    const entered = layout?.entered?.exec(header.trim());
    if (entered?.[1]) return { entered: entered[1].replace(/\s*\([^)]*\)$/, '') };
    return undefined;
  });
}

/**
 * An export's rows as deals or activities. The CRM is recognised by its headers; the mapping file's `columns`
 * name any header besides. Every problem is a message at its row and column (the column's number, A = 1), and
 * a row with one is left out of the figures (the build fails, so nothing is counted wrongly).
 */
export function readExport(file: VFile, table: RawTable, mapping: ActualsMapping | undefined): ExportTable | undefined {
  const error = (reason: string, line: number, column: number, hint: string, severity: 'error' | 'warning' = 'error') =>
    addMessage(file, reason, at(line, column), { ruleId: 'actuals-input', source: 'parse', url: URL, hint, severity });
  const layout = recogniseLayout(table.headers);
  const columnRoles = roles(table.headers, layout, mapping);
  const fields = new Set(columnRoles.flatMap((r) => (r && 'field' in r ? [r.field] : [])));
  if (!layout && fields.size === 0) {
    error(
      'this export is not one salesplan recognises (Pipedrive, HubSpot or Salesforce, in English or Swedish)',
      1,
      1,
      'name its columns in actuals/mapping.yaml under `columns:` (README, Actuals), or export it again with the CRM\'s default column names',
    );
    return undefined;
  }
  const kind = layout?.kind ?? ((ACTIVITY_FIELDS as readonly string[]).some((f) => fields.has(f as Field) && f !== 'subject') ? 'activities' : 'deals');
  const language = layout?.language ?? 'en';
  const format: ValueFormat = { ...FORMAT_BY_LANGUAGE[language], ...mapping?.format };
  const columns: Partial<Record<Field, number>> = {};
  columnRoles.forEach((role, i) => {
    if (role && 'field' in role && columns[role.field] === undefined) columns[role.field] = i + 1;
    // Decision: a column salesplan does not read is a warning, not an error: CRMs export many more columns than a
    // plan needs, and a stray one changes no figure. `ignore` in the mapping file silences it.
    if (!role) {
      error(`unknown column "${table.headers[i]}"; it was not read`, 1, i + 1, `map it in actuals/mapping.yaml under \`columns:\` (to a field, or to \`ignore\`)`, 'warning');
    }
  });
  const required = kind === 'deals' ? REQUIRED_DEAL_FIELDS : REQUIRED_ACTIVITY_FIELDS;
  const missing = required.filter((f) => columns[f] === undefined);
  if (kind === 'deals' && columns.won === undefined && columns.close === undefined) missing.push('close');
  for (const field of missing) {
    error(
      `the ${kind} export has no ${field} column`,
      1,
      1,
      `export it with the column the CRM calls ${layoutName(layout, field)}, or map the column that holds it in actuals/mapping.yaml (\`columns: {"Its header": ${field}}\`)`,
    );
  }
  const result: ExportTable = { file, crm: layout?.crm ?? 'mapped', kind, language, columns, deals: [], activities: [], unreadRows: 0 };
  if (missing.length > 0) return result;

  const entered = columnRoles.flatMap((r, i) => (r && 'entered' in r ? [{ stage: r.entered, column: i + 1 }] : []));
  for (const row of table.rows) {
    let bad = false;
    const cell = (field: Field): RawCell | undefined => {
      const c = columns[field];
      const v = c === undefined ? undefined : row.cells[c - 1];
      return v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v;
    };
    const text = (field: Field) => {
      const v = cell(field);
      if (v === undefined) return undefined;
      const s = String(v).trim();
      if (s.length > ACTUALS_LIMITS.cellChars) {
        bad = true;
        error(`the ${field} is longer than ${ACTUALS_LIMITS.cellChars} characters`, row.line, columns[field] ?? 1, 'check the export: this is no CRM value');
        return undefined;
      }
      return s;
    };
    const need = (field: Field) => {
      const v = text(field);
      if (v === undefined && !bad) {
        bad = true;
        error(`the ${field} is empty`, row.line, columns[field] ?? 1, `fill in the ${field} in the CRM and export again, or remove the row`);
      }
      return v ?? '';
    };
    const date = (label: string, raw: RawCell | undefined, column: number) => {
      if (raw === undefined) return undefined;
      const parsed = parseDate(raw, format);
      if (parsed.ok) return parsed.value;
      bad = true;
      error(
        `the ${label} cannot be read as a date: ${parsed.problem}`,
        row.line,
        column,
        'write dates as 2026-10-14, 14.10.2026 or 10/14/2026 (`date_order: dmy` in actuals/mapping.yaml for 14/10/2026)',
      );
      return undefined;
    };
    const dateOf = (field: Field) => date(field, cell(field), columns[field] ?? 1);

    if (kind === 'activities') {
      const activity: ExportActivity = {
        line: row.line,
        type: need('type'),
        assignee: need('assignee'),
        date: dateOf('date') ?? '',
        // Decision: an export without a done column lists what was done (logged calls and emails).
        done: columns.done === undefined ? true : parseBoolean(cell('done') ?? ''),
      };
      if (!bad && activity.date === '') {
        bad = true;
        error('the date is empty', row.line, columns.date ?? 1, 'fill in the date, or remove the row');
      }
      if (bad) result.unreadRows++;
      else result.activities.push(activity);
      continue;
    }

    const id = need('id');
    const stage = need('stage');
    const owner = need('owner');
    const amountCell = cell('amount');
    let amount: ExportDeal['amount'] | undefined;
    let currency = text('currency')?.toUpperCase();
    if (amountCell === undefined) {
      if (!bad) error('the amount is empty', row.line, columns.amount ?? 1, 'fill in the amount (0 for a deal without one), or remove the row');
      bad = true;
    } else {
      const parsed = parseAmount(amountCell, format);
      if (parsed.ok) {
        amount = parsed.value.amount;
        if (parsed.value.currency && currency && parsed.value.currency !== currency) {
          bad = true;
          error(`the amount is written in ${parsed.value.currency} but the currency column says ${currency}`, row.line, columns.amount ?? 1, 'correct one of them in the CRM');
        }
        currency ??= parsed.value.currency;
      } else {
        bad = true;
        error(`the amount cannot be read: ${parsed.problem}`, row.line, columns.amount ?? 1, `write it as 12500${format.decimal}00, or set \`decimal:\` in actuals/mapping.yaml`);
      }
    }
    const statusText = text('status');
    const status =
      (statusText ? dealStatus(statusText) : undefined) ??
      (columns.is_won !== undefined && parseBoolean(cell('is_won') ?? '') ? 'won' : undefined) ??
      dealStatus(stage);
    const deal: ExportDeal = {
      line: row.line,
      id,
      amount: amount ?? (undefined as never),
      stage,
      owner,
      entered: [],
      ...(status ? { status } : {}),
    };
    const title = text('title');
    if (title) deal.title = title;
    if (currency) deal.currency = currency;
    for (const field of ['created', 'won', 'close'] as const) {
      const d = dateOf(field);
      if (d) deal[field] = d;
    }
    for (const e of entered) {
      const raw = row.cells[e.column - 1];
      const d = date(`date entered "${e.stage}"`, raw === '' ? undefined : raw, e.column);
      if (d) deal.entered.push({ stage: e.stage, date: d, column: e.column });
    }
    if (bad) result.unreadRows++;
    else result.deals.push(deal);
  }
  return result;
}

function layoutName(layout: CrmLayout | undefined, field: Field): string {
  const name = Object.entries(layout?.columns ?? {}).find(([, f]) => f === field)?.[0];
  return name ? `"${name}"` : `the ${field}`;
}
