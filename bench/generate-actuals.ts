/**
 * Deterministic CRM exports for the example plan (content/, 2026-Q4): the same deals and activities written in
 * each CRM's own column layout, in English and Swedish, as CSV or XLSX. The tests build the example with each
 * and check that the figures agree; the benchmark builds it with a 50,000-deal export.
 *
 *   npx tsx bench/generate-actuals.ts OUT_DIR [--format hubspot-en|…|all] [--deals N] [--until 2026-11-15]
 *
 * writes OUT_DIR/<format>/{deals,activities}.{csv,xlsx} and mapping.yaml. The data: AEs' deals created from
 * 2026-10-01 (and three won in September, outside the period), each moving through the plan's funnel with its
 * rates, with stage-entry dates (HubSpot's "Date entered" columns); SDRs' emails and BDRs' calls per working day.
 * Everything comes from one seeded random sequence, so the same options give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';

export interface Deal {
  id: string;
  title: string;
  /** Cents, so every format writes the same exact amount. */
  cents: number;
  owner: string;
  created: string;
  /** Funnel stage id → date entered. */
  entered: Record<string, string>;
  status: 'open' | 'won' | 'lost';
  closed?: string;
  expectedClose: string;
}
export interface Activity {
  id: string;
  type: 'email' | 'call';
  owner: string;
  date: string;
  done: boolean;
}

export const FORMATS = ['pipedrive-en', 'pipedrive-sv', 'hubspot-en', 'hubspot-sv', 'salesforce-en', 'salesforce-sv', 'mapped'] as const;
export type Format = (typeof FORMATS)[number];

const STAGES = ['meeting_booked', 'meeting_held', 'opportunity', 'won'] as const;
const RATES = [0.8, 0.5, 0.25];
const AES = [
  ['ae-1', 'Jordan Ellis'],
  ['ae-2', 'Sam Okafor'],
  ['ae-3', 'Riley Chen'],
] as const;
const SDRS = [
  ['sdr-1', 'Aisha Rahman'],
  ['sdr-2', 'Tomas Lindqvist'],
  ['sdr-3', 'Grace Mwangi'],
  ['sdr-4', 'Ben Hartley'],
  ['sdr-5', 'Lucia Moreno'],
  ['sdr-6', 'Noah Fischer'],
] as const;
const BDRS = [
  ['bdr-1', 'Chris Adeyemi'],
  ['bdr-2', 'Mia Svensson'],
] as const;
export const NAMES: Record<string, string> = Object.fromEntries([...AES, ...SDRS, ...BDRS]);

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const add = (date: string, days: number) => iso(Date.parse(date) + days * DAY);
const HOLIDAYS = new Set(['2026-11-26', '2026-12-25']);
const working = (date: string) => {
  const wd = new Date(date).getUTCDay();
  return wd !== 0 && wd !== 6 && !HOLIDAYS.has(date);
};

export function generate({ deals: count = 90, until = '2026-11-15', seed = 16 } = {}) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const deals: Deal[] = [];
  const start = '2026-10-01';
  const span = (Date.parse(until) - Date.parse(start)) / DAY + 1;
  for (let i = 0; i < count; i++) {
    const [owner] = pick(AES);
    const created = add(start, Math.floor(next() * span));
    const deal: Deal = {
      id: String(7_000_000 + i),
      title: `Deal ${i + 1}`,
      cents: (800_000 + Math.floor(next() * 40) * 25_000 + (next() < 0.2 ? 50 : 0)) * 1,
      owner,
      created,
      entered: { meeting_booked: created },
      status: 'open',
      expectedClose: add(created, 30 + Math.floor(next() * 60)),
    };
    let at = created;
    for (let s = 0; s < RATES.length; s++) {
      const step = add(at, 2 + Math.floor(next() * 12));
      if (step > until) break;
      if (next() >= (RATES[s] as number)) {
        if (next() < 0.6) {
          deal.status = 'lost';
          deal.closed = step;
        }
        break;
      }
      at = step;
      const stage = STAGES[s + 1] as string;
      deal.entered[stage] = step;
      if (stage === 'won') {
        deal.status = 'won';
        deal.closed = step;
      }
    }
    deals.push(deal);
  }
  // Won before the period: in the export, counted apart.
  for (let i = 0; i < 3; i++) {
    const created = add('2026-08-03', i * 9);
    const closed = add('2026-09-07', i * 7);
    deals.push({ id: String(6_900_000 + i), title: `September deal ${i + 1}`, cents: 1_250_000, owner: AES[i % 3]![0], created, entered: { meeting_booked: created, won: closed }, status: 'won', closed, expectedClose: closed });
  }
  const activities: Activity[] = [];
  let n = 0;
  for (let date = start; date <= until; date = add(date, 1)) {
    if (!working(date)) continue;
    for (const [owner] of SDRS) for (let k = 14 + Math.floor(next() * 9); k > 0; k--) activities.push({ id: String(9_000_000 + n++), type: 'email', owner, date, done: true });
    for (const [owner] of BDRS) for (let k = 38 + Math.floor(next() * 18); k > 0; k--) activities.push({ id: String(9_000_000 + n++), type: 'call', owner, date, done: next() > 0.02 });
  }
  return { deals, activities };
}

type Row = (string | number | boolean)[];
interface Layout {
  ext: 'csv' | 'xlsx';
  delimiter: ',' | ';';
  bom: boolean;
  deals: { headers: string[]; row: (d: Deal) => Row };
  activities: { headers: string[]; row: (a: Activity) => Row };
  mapping: string;
}

const money = (cents: number, decimal: '.' | ',', group: string) => {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${whole}${decimal}${String(cents % 100).padStart(2, '0')}`;
};
const mdy = (d: string) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}/${d.slice(0, 4)}`;
const dmyDots = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const serial = (d: string) => (Date.parse(d) - Date.UTC(1899, 11, 30)) / DAY;
const current = (d: Deal) => STAGES.filter((s) => d.entered[s]).at(-1) as string;

function layout(format: Format): Layout {
  const stageNames = (names: Record<string, string>) => (d: Deal) => (d.status === 'won' ? names.won : d.status === 'lost' ? names.lost : names[current(d)]) as string;
  switch (format) {
    case 'pipedrive-en':
    case 'pipedrive-sv': {
      const sv = format === 'pipedrive-sv';
      const stage: Record<string, string> = sv
        ? { meeting_booked: 'Möte bokat', meeting_held: 'Möte genomfört', opportunity: 'Offert skickad', won: 'Offert skickad' }
        : { meeting_booked: 'Demo Scheduled', meeting_held: 'Contact Made', opportunity: 'Proposal Made', won: 'Proposal Made' };
      const d = sv ? 'Affär' : 'Deal';
      const a = sv ? 'Aktivitet' : 'Activity';
      return {
        ext: 'csv',
        delimiter: sv ? ';' : ',',
        bom: false,
        deals: {
          headers: sv
            ? ['Affär - ID', 'Affär - Titel', 'Affär - Värde', 'Affär - Valuta för Värde', 'Affär - Steg', 'Affär - Status', 'Affär - Ägare', 'Affär - Affär skapad', 'Affär - Vunnen tid', 'Affär - Förväntat slutdatum', 'Affär - Organisation']
            : [`${d} - ID`, `${d} - Title`, `${d} - Value`, `${d} - Currency of Value`, `${d} - Stage`, `${d} - Status`, `${d} - Owner`, `${d} - Deal created`, `${d} - Won time`, `${d} - Expected close date`, `${d} - Organization`],
          row: (x) => [
            x.id,
            x.title,
            money(x.cents, sv ? ',' : '.', ''),
            'USD',
            stage[current(x)] as string,
            sv ? { open: 'Öppen', won: 'Vunnen', lost: 'Förlorad' }[x.status] : { open: 'Open', won: 'Won', lost: 'Lost' }[x.status],
            NAMES[x.owner] as string,
            `${x.created} 09:15:00`,
            x.status === 'won' ? `${x.closed} 16:40:00` : '',
            x.expectedClose,
            'Acme AB',
          ],
        },
        activities: {
          headers: [`${a} - ID`, sv ? `${a} - Typ` : `${a} - Type`, sv ? `${a} - Ämne` : `${a} - Subject`, sv ? `${a} - Förfallodatum` : `${a} - Due date`, sv ? `${a} - Klar` : `${a} - Done`, sv ? `${a} - Tilldelad användare` : `${a} - Assigned to user`],
          row: (x) => [x.id, x.type === 'email' ? (sv ? 'E-post' : 'Email') : sv ? 'Samtal' : 'Call', 'Outreach', x.date, x.done ? (sv ? 'Klar' : 'Done') : sv ? 'Inte klar' : 'Not done', NAMES[x.owner] as string],
        },
        mapping: sv
          ? 'stages:\n  "Möte bokat": meeting_booked\n  "Möte genomfört": meeting_held\n  "Offert skickad": opportunity\nactivities:\n  E-post: cold_emails\n  Samtal: cold_calls\ncolumns:\n  "Affär - Organisation": ignore\n'
          : 'stages:\n  "Demo Scheduled": meeting_booked\n  "Contact Made": meeting_held\n  "Proposal Made": opportunity\nactivities:\n  Email: cold_emails\n  Call: cold_calls\ncolumns:\n  "Deal - Organization": ignore\n',
      };
    }
    case 'hubspot-en':
    case 'hubspot-sv': {
      const sv = format === 'hubspot-sv';
      const names: Record<string, string> = sv
        ? { meeting_booked: 'Möte bokat', meeting_held: 'Kvalificerad att köpa', opportunity: 'Presentation schemalagd', won: 'Stängd vunnen', lost: 'Stängd förlorad' }
        : { meeting_booked: 'Appointment scheduled', meeting_held: 'Qualified to buy', opportunity: 'Presentation scheduled', won: 'Closed won', lost: 'Closed lost' };
      const pipeline = sv ? 'Säljpipeline' : 'Sales Pipeline';
      const entered = (s: string) => (sv ? `Datum angivet "${names[s]} (${pipeline})"` : `Date entered "${names[s]} (${pipeline})"`);
      return {
        ext: sv ? 'xlsx' : 'csv',
        delimiter: ',',
        bom: true,
        deals: {
          headers: [...(sv ? ['Post-ID', 'Affärsnamn', 'Affärsfas', 'Belopp', 'Stängningsdatum', 'Skapandedatum', 'Affärsägare'] : ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner']), ...STAGES.map(entered)],
          row: (x) => [
            x.id,
            x.title,
            stageNames(names)(x),
            sv ? x.cents / 100 : (x.cents / 100).toFixed(2),
            sv ? serial(x.closed ?? x.expectedClose) : `${x.closed ?? x.expectedClose} 17:00`,
            sv ? serial(x.created) : `${x.created} 09:15`,
            NAMES[x.owner] as string,
            ...STAGES.map((s) => (x.entered[s] ? (sv ? serial(x.entered[s]) : `${x.entered[s]} 10:00`) : '')),
          ],
        },
        activities: {
          headers: sv ? ['Post-ID', 'Aktivitetstyp', 'Aktivitetsdatum', 'Aktivitet tilldelad till', 'Uppgiftsstatus'] : ['Record ID', 'Activity type', 'Activity date', 'Activity assigned to', 'Task status'],
          row: (x) => [x.id, x.type === 'email' ? (sv ? 'E-post' : 'Email') : sv ? 'Samtal' : 'Call', sv ? serial(x.date) : `${x.date} 11:00`, NAMES[x.owner] as string, x.done ? (sv ? 'Slutförd' : 'Completed') : sv ? 'Inte påbörjad' : 'Not started'],
        },
        mapping: `stages:\n  "${names.meeting_booked}": meeting_booked\n  "${names.meeting_held}": meeting_held\n  "${names.opportunity}": opportunity\nactivities:\n  ${sv ? 'E-post' : 'Email'}: cold_emails\n  ${sv ? 'Samtal' : 'Call'}: cold_calls\n`,
      };
    }
    case 'salesforce-en':
    case 'salesforce-sv': {
      const sv = format === 'salesforce-sv';
      const names: Record<string, string> = sv
        ? { meeting_booked: 'Prospektering', meeting_held: 'Kvalificering', opportunity: 'Förslag/prisofferter', won: 'Stängd vunnen', lost: 'Stängd förlorad' }
        : { meeting_booked: 'Prospecting', meeting_held: 'Qualification', opportunity: 'Proposal/Price Quote', won: 'Closed Won', lost: 'Closed Lost' };
      return {
        ext: sv ? 'csv' : 'xlsx',
        delimiter: ';',
        bom: true,
        deals: {
          headers: sv
            ? ['Affärsmöjlighets-ID', 'Affärsmöjlighetsnamn', 'Fas', 'Belopp', 'Stängningsdatum', 'Skapat datum', 'Affärsmöjlighetsägare', 'Kontonamn']
            : ['Opportunity ID', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Opportunity Owner', 'Account Name'],
          row: (x) => [
            `006${x.id}`,
            x.title,
            stageNames(names)(x),
            sv ? `${money(x.cents, ',', '\u00a0')} USD` : x.cents / 100,
            sv ? x.closed ?? x.expectedClose : mdy(x.closed ?? x.expectedClose),
            sv ? x.created : mdy(x.created),
            NAMES[x.owner] as string,
            'Acme',
          ],
        },
        activities: {
          headers: sv ? ['Aktivitets-ID', 'Uppgiftsundertyp', 'Datum', 'Tilldelad', 'Status'] : ['Activity ID', 'Task Subtype', 'Date', 'Assigned', 'Status'],
          row: (x) => [`00T${x.id}`, x.type === 'email' ? (sv ? 'E-post' : 'Email') : sv ? 'Samtal' : 'Call', sv ? x.date : mdy(x.date), NAMES[x.owner] as string, x.done ? (sv ? 'Slutförd' : 'Completed') : sv ? 'Inte påbörjad' : 'Not Started'],
        },
        mapping: `stages:\n  "${names.meeting_booked}": meeting_booked\n  "${names.meeting_held}": meeting_held\n  "${names.opportunity}": opportunity\nactivities:\n  ${sv ? 'E-post' : 'Email'}: cold_emails\n  ${sv ? 'Samtal' : 'Call'}: cold_calls\ncolumns:\n  ${sv ? 'Kontonamn' : '"Account Name"'}: ignore\n`,
      };
    }
    case 'mapped':
      // A home-grown CRM: its own headers, dd.mm.yyyy dates, decimal commas and owner e-mail addresses.
      return {
        ext: 'csv',
        delimiter: ';',
        bom: false,
        deals: {
          headers: ['Ref', 'Summa', 'Fas', 'Säljare', 'Skapad', 'Avslutad', 'Resultat', ...STAGES.map((s) => `Inträde ${s}`)],
          row: (x) => [x.id, money(x.cents, ',', '.'), x.status === 'open' ? `F-${current(x)}` : 'F-closed', `${x.owner}@quillspend.example`, dmyDots(x.created), dmyDots(x.closed ?? x.expectedClose), { open: 'pågår', won: 'won', lost: 'lost' }[x.status], ...STAGES.map((s) => (x.entered[s] ? dmyDots(x.entered[s]) : ''))],
        },
        activities: {
          headers: ['Typ', 'Dag', 'Vem', 'Klar'],
          row: (x) => [x.type, dmyDots(x.date), `${x.owner}@quillspend.example`, x.done ? 'ja' : 'nej'],
        },
        mapping: [
          'decimal: ","',
          'columns:',
          '  Ref: id',
          '  Summa: amount',
          '  Fas: stage',
          '  Säljare: owner',
          '  Skapad: created',
          '  Avslutad: close',
          '  Resultat: status',
          ...STAGES.map((s) => `  "Inträde ${s}": entered ${s}`),
          '  Typ: type',
          '  Dag: date',
          '  Vem: assignee',
          '  Klar: done',
          'stages:',
          ...STAGES.slice(0, 3).map((s) => `  F-${s}: ${s}`),
          '  F-closed: lost',
          'owners:',
          ...Object.keys(NAMES).map((id) => `  ${id}@quillspend.example: ${id}`),
          'activities:',
          '  email: cold_emails',
          '  call: cold_calls',
          '',
        ].join('\n'),
      };
  }
}

function csv(headers: string[], rows: Row[], delimiter: string, bom: boolean): string {
  const quote = (v: string | number | boolean) => {
    const s = String(v);
    return /["\n;,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${bom ? '\uFEFF' : ''}${[headers, ...rows].map((r) => r.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

function xlsx(headers: string[], rows: Row[]): Buffer {
  const sheet = utils.aoa_to_sheet([headers, ...rows]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Export');
  // A fixed date keeps the workbook's bytes the same run to run.
  book.Props = { CreatedDate: new Date(Date.UTC(2026, 10, 15)) };
  return write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** Writes the exports of one format into `dir` (deals.*, activities.*, mapping.yaml). */
export function writeFormat(dir: string, format: Format, data: { deals: Deal[]; activities: Activity[] }, options: { activities?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true });
  const l = layout(format);
  const out = (name: string, headers: string[], rows: Row[]) =>
    writeFileSync(join(dir, `${name}.${l.ext}`), l.ext === 'csv' ? csv(headers, rows, l.delimiter, l.bom) : xlsx(headers, rows));
  out('deals', l.deals.headers, data.deals.map(l.deals.row));
  if (options.activities !== false) out('activities', l.activities.headers, data.activities.map(l.activities.row));
  writeFileSync(join(dir, 'mapping.yaml'), l.mapping);
}

if (process.argv[1]?.endsWith('generate-actuals.ts')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const outDir = args[0];
  if (!outDir || outDir.startsWith('--')) {
    process.stderr.write('usage: npx tsx bench/generate-actuals.ts OUT_DIR [--format F|all] [--deals N] [--until YYYY-MM-DD]\n');
    process.exit(2);
  }
  const format = flag('--format') ?? 'all';
  const data = generate({ deals: Number(flag('--deals') ?? 90), until: flag('--until') ?? '2026-11-15' });
  for (const f of format === 'all' ? FORMATS : [format as Format]) writeFormat(join(outDir, f), f, data);
}
