import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { addMessage } from '../../core/diagnostics/message.ts';
import { readmeUrl } from '../../core/diagnostics/urls.ts';
import { suggest } from '../../core/suggest.ts';
import { parseFrontmatterYaml } from '../frontmatter-yaml.ts';
import { ACTIVITY_FIELDS, type ColumnRole, DEAL_FIELDS, type Field } from './fields.ts';
import type { ValueFormat } from './values.ts';

/** One `from: to` entry of the mapping file, with where its value is, so a wrong one is reported there. */
export interface MappedName {
  to: string;
  place: Position;
}

/**
 * `actuals/mapping.yaml`: how to read an export salesplan does not recognise, and what the CRM's names mean in
 * the plan. Every key is optional (README, Actuals):
 *   date_order: mdy | dmy        how 03/04/2026 is read (default mdy)
 *   decimal: "." | ","           the amounts' decimal mark (default by the export's language)
 *   columns:   header → field (id, amount, stage, owner, close, won, created, currency, status, title; type,
 *              date, assignee, done), `entered <CRM stage>`, or `ignore`
 *   stages:    CRM stage → funnel stage id (or `won`, `lost`)
 *   owners:    CRM user → person or hire id
 *   activities: CRM activity type → activity id, or `ignore`
 */
export interface ActualsMapping {
  file: VFile;
  format: Partial<ValueFormat>;
  columns: Map<string, ColumnRole>;
  stages: Map<string, MappedName>;
  owners: Map<string, MappedName>;
  activities: Map<string, MappedName>;
}

const KEYS = ['date_order', 'decimal', 'columns', 'stages', 'owners', 'activities'] as const;
const FIELDS: readonly string[] = [...DEAL_FIELDS, ...ACTIVITY_FIELDS];
const URL = readmeUrl('actuals');
const FILE_TOP: Position = { start: { line: 0, column: 1, offset: 0 }, end: { line: 0, column: 1, offset: 0 } };

export const mapKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function parseMapping(file: VFile): ActualsMapping {
  const mapping: ActualsMapping = { file, format: {}, columns: new Map(), stages: new Map(), owners: new Map(), activities: new Map() };
  const { data, yaml, ok } = parseFrontmatterYaml(file, String(file.value), FILE_TOP, 0);
  if (!ok || !data) return mapping;
  const error = (reason: string, path: (string | number)[], hint: string, at: 'key' | 'value' = 'value') =>
    addMessage(file, reason, (at === 'key' ? yaml.key(path) : undefined) ?? yaml.nearest(path), { ruleId: 'actuals-mapping', source: 'parse', url: URL, hint });

  for (const [key, value] of Object.entries(data)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const near = suggest(key, KEYS);
      error(`unknown key \`${key}\` in the mapping file${near ? `; did you mean \`${near}\`?` : ''}`, [key], `the keys are ${KEYS.join(', ')}`, 'key');
      continue;
    }
    if (key === 'date_order') {
      if (value === 'mdy' || value === 'dmy') mapping.format.slash = value;
      else error('date_order must be `mdy` or `dmy`', [key], '`mdy` reads 03/04/2026 as March 4 (month first), `dmy` as 3 April (day first)');
      continue;
    }
    if (key === 'decimal') {
      if (value === '.' || value === ',') mapping.format.decimal = value;
      else error('decimal must be "." or ","', [key], 'quote it: `decimal: ","`');
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      error(`\`${key}\` must be a map of \`name: value\` lines`, [key], 'one line per name, e.g. `  "Closed won": won`');
      continue;
    }
    for (const [from, to] of Object.entries(value as Record<string, unknown>)) {
      const path = [key, from];
      if (typeof to !== 'string' || to.trim() === '') {
        error(`\`${from}\` must map to a name`, path, 'write the id it stands for after the colon');
        continue;
      }
      const place = yaml.value(path) ?? yaml.nearest(path);
      if (key === 'columns') {
        const role = columnRole(to);
        if (role) mapping.columns.set(mapKey(from), role);
        else {
          const near = suggest(to, FIELDS);
          error(`\`${to}\` is not a field salesplan reads${near ? `; did you mean \`${near}\`?` : ''}`, path, `a column maps to one of ${FIELDS.join(', ')}, \`entered <CRM stage>\` or \`ignore\``);
        }
      } else mapping[key as 'stages' | 'owners' | 'activities'].set(mapKey(from), { to: to.trim(), place });
    }
  }
  return mapping;
}

function columnRole(to: string): ColumnRole | undefined {
  const t = to.trim();
  if (t === 'ignore') return { ignored: true };
  const entered = /^entered\s+(.+)$/i.exec(t);
  if (entered?.[1]) return { entered: entered[1] };
  return FIELDS.includes(t) ? { field: t as Field } : undefined;
}
