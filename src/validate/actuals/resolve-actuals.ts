import type { VFile } from 'vfile';
import { addMessage, readmeUrl } from '../../core/diagnostics/index.ts';
import { guessName } from '../../core/suggest.ts';
import { type ActualsInput, dealStatus, type ExportTable, type MappedName, mapKey } from '../../parse/index.ts';
import type { PlanFacts } from '../schema/index.ts';
import type { ActualActivity, ActualDeal, Actuals } from './types.ts';

const URL = readmeUrl('actuals');
const at = (line: number, column: number) => ({ line, column });

type Resolved = { ok: true; id: string } | { ok: false; names: string[] };

/** Matches a CRM name to a plan id: the mapping file's entry, else the plan's id or name (case and spaces aside). */
function resolver(mapped: Map<string, MappedName> | undefined, own: { id: string; names: string[] }[], extra: string[] = []) {
  const byName = new Map<string, string>();
  for (const item of own) for (const name of [item.id, ...item.names]) byName.set(mapKey(name.replace(/_/g, ' ')), item.id);
  for (const item of own) byName.set(mapKey(item.id), item.id);
  const valid = new Set([...own.map((o) => o.id), ...extra]);
  const names = [...own.flatMap((o) => [o.id, ...o.names]), ...extra];
  return (crmName: string): Resolved & { mapped?: MappedName } => {
    const entry = mapped?.get(mapKey(crmName));
    if (entry) return valid.has(entry.to) ? { ok: true, id: entry.to, mapped: entry } : { ok: false, names, mapped: entry };
    const id = byName.get(mapKey(crmName)) ?? byName.get(mapKey(crmName.replace(/_/g, ' ')));
    return id ? { ok: true, id } : { ok: false, names };
  };
}

/**
 * The exports' deals and activities in the plan's terms. Every name that maps to nothing (a stage, an owner, an
 * activity type), an amount in another currency, a won deal without a date and a duplicate deal id is an error at
 * its row and column, all reported together; the mapping file's wrong entries are errors at the entry.
 */
export function resolveActuals(input: ActualsInput, facts: PlanFacts): Actuals {
  const { goals, team, plan } = facts;
  const funnel = goals.funnel;
  const wonStage = funnel[funnel.length - 1]?.id;
  const stageByName = resolver(
    input.mapping?.stages,
    funnel.map((s) => ({ id: s.id, names: [s.name] })),
    ['won', 'lost'],
  );
  // The CRMs' own closed stages ("Closed won", "Stängd förlorad") need no mapping.
  const stage = (name: string) => {
    const r = stageByName(name);
    const closed = dealStatus(name);
    return !r.ok && !r.mapped && closed && closed !== 'open' ? ({ ok: true, id: closed } as const) : r;
  };
  const owner = resolver(input.mapping?.owners, [
    ...(team.people ?? []).map((p) => ({ id: p.id, names: p.name ? [p.name] : [] })),
    ...(team.hires ?? []).flatMap((h) => (h.id ? [{ id: h.id, names: [] }] : [])),
  ]);
  const activityIds = new Set<string>([...goals.sources.map((s) => s.activity), ...team.roles.flatMap((r) => Object.keys(r.capacity ?? {}))]);
  const activity = resolver(
    input.mapping?.activities,
    [...activityIds].map((id) => ({ id, names: goals.sources.filter((s) => s.activity === id).map((s) => s.name ?? id) })),
    ['ignore'],
  );
  const mappingErrors = new Set<MappedName>();
  const unmapped = (file: VFile, what: string, name: string, line: number, column: number, r: Resolved & { mapped?: MappedName }, key: string) => {
    if (r.ok) return;
    if (r.mapped) {
      // The mapping file names an id the plan does not have: one error at that entry, not one per row.
      if (!mappingErrors.has(r.mapped) && input.mapping) {
        mappingErrors.add(r.mapped);
        const guess = guessName(r.mapped.to, r.names);
        addMessage(input.mapping.file, `\`${r.mapped.to}\` is no ${what} of the plan${guess.text}`, r.mapped.place, {
          ruleId: 'actuals-unmapped', source: 'validate', url: URL, hint: `map "${name}" to one of: ${[...new Set(r.names)].slice(0, 12).join(', ')}`, expected: guess.expected, actual: guess.actual,
        });
      }
      return;
    }
    const guess = guessName(name, r.names);
    addMessage(file, `the ${what} "${name}" maps to nothing in the plan${guess.text}`, at(line, column), {
      ruleId: 'actuals-unmapped',
      source: 'validate',
      url: URL,
      hint: `add it to actuals/mapping.yaml under \`${key}:\` ("${name}": <id>), or name it as the plan does`,
      expected: guess.expected,
      actual: guess.actual,
    });
  };

  const result: Actuals = { deals: [], activities: [], notDone: 0, ignored: 0, exports: [], hasStageDates: false };
  const firstSeen = new Map<string, { file: string; line: number; column: number }>();
  for (const table of input.tables) {
    result.exports.push({ file: table.file.path, crm: table.crm, kind: table.kind, language: table.language, rows: table.kind === 'deals' ? table.deals.length : table.activities.length });
    if (table.kind === 'deals') resolveDeals(table);
    else resolveActivities(table);
  }
  return result;

  function resolveDeals(table: ExportTable) {
    const col = table.columns;
    const file = table.file;
    const enteredWarned = new Set<number>();
    for (const d of table.deals) {
      let bad = false;
      const first = firstSeen.get(d.id);
      if (first) {
        bad = true;
        addMessage(file, `duplicate deal id "${d.id}" (already on row ${first.line}${first.file === file.path ? '' : ` of ${first.file}`})`, at(d.line, col.id ?? 1), {
          ruleId: 'actuals-duplicate', source: 'validate', url: URL, hint: 'export each deal once: remove the repeated row, or the overlapping export',
          cause: { place: at(first.line, first.column), file: first.file },
        });
      } else firstSeen.set(d.id, { file: file.path, line: d.line, column: col.id ?? 1 });
      const currency = d.currency ?? plan.currency;
      if (currency !== plan.currency) {
        bad = true;
        addMessage(file, `the deal is in ${currency}, the plan in ${plan.currency}`, at(d.line, col.currency ?? col.amount ?? 1), {
          ruleId: 'actuals-currency', source: 'validate', url: URL, hint: `export the amounts in ${plan.currency} (the CRM's company currency), or convert them before the export`,
        });
      }
      const s = stage(d.stage);
      unmapped(file, 'stage', d.stage, d.line, col.stage ?? 1, s, 'stages');
      const o = owner(d.owner);
      unmapped(file, 'owner', d.owner, d.line, col.owner ?? 1, o, 'owners');
      if (!s.ok || !o.ok) bad = true;
      const stageId = s.ok ? s.id : undefined;
      const status = d.status ?? (stageId === 'won' || stageId === wonStage ? 'won' : stageId === 'lost' ? 'lost' : 'open');
      const wonOn = status === 'won' ? (d.won ?? d.close) : undefined;
      if (status === 'won' && !wonOn) {
        bad = true;
        addMessage(file, 'the deal is won but has no won or close date', at(d.line, col.won ?? col.close ?? 1), {
          ruleId: 'actuals-input', source: 'validate', url: URL, hint: 'fill in the close date in the CRM and export again',
        });
      }
      const entered: Record<string, string> = {};
      for (const e of d.entered) {
        const es = stage(e.stage);
        if (es.ok && es.id !== 'won' && es.id !== 'lost') entered[es.id] = e.date;
        else if (es.ok && es.id === 'won' && wonStage) entered[wonStage] = e.date;
        else if (!es.ok && !enteredWarned.has(e.column)) {
          enteredWarned.add(e.column);
          addMessage(file, `the stage "${e.stage}" of this stage-entry column maps to no funnel stage; its dates were not read`, at(1, e.column), {
            ruleId: 'actuals-unmapped', source: 'validate', url: URL, severity: 'warning', hint: `map it in actuals/mapping.yaml under \`stages:\`, or to \`lost\``,
          });
        }
      }
      if (bad) continue;
      if (Object.keys(entered).length > 0) result.hasStageDates = true;
      const deal: ActualDeal = { id: d.id, amount: d.amount, status, owner: o.ok ? o.id : '', entered, source: { file: file.path, line: d.line } };
      if (stageId && stageId !== 'won' && stageId !== 'lost') deal.stage = stageId;
      else if (status === 'won' && wonStage) deal.stage = wonStage;
      if (d.created) deal.created = d.created;
      if (wonOn) deal.wonOn = wonOn;
      if (status === 'open' && d.close) deal.expectedClose = d.close;
      result.deals.push(deal);
    }
  }

  function resolveActivities(table: ExportTable) {
    const col = table.columns;
    for (const a of table.activities) {
      if (!a.done) {
        result.notDone++;
        continue;
      }
      const t = activity(a.type);
      if (t.ok && t.id === 'ignore') {
        result.ignored++;
        continue;
      }
      unmapped(table.file, 'activity type', a.type, a.line, col.type ?? 1, t, 'activities');
      const o = owner(a.assignee);
      unmapped(table.file, 'owner', a.assignee, a.line, col.assignee ?? 1, o, 'owners');
      if (!t.ok || !o.ok) continue;
      const item: ActualActivity = { activity: t.id, owner: o.id, date: a.date, source: { file: table.file.path, line: a.line } };
      result.activities.push(item);
    }
  }
}
