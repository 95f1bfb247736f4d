import type { ActivityField, Crm, DealField, ExportKind } from './fields.ts';

/**
 * The column headers of each CRM's own exports, in English and Swedish, as the CRM writes them (compared without
 * case and surrounding spaces). An export is recognised by these: Pipedrive prefixes every column with the object
 * ("Deal - Title", "Affär - Titel"), HubSpot and Salesforce use their property labels. A header not listed here
 * can be named in the mapping file's `columns:` (README, Actuals).
 */
export interface CrmLayout {
  crm: Exclude<Crm, 'mapped'>;
  kind: ExportKind;
  language: 'en' | 'sv';
  columns: Record<string, DealField | ActivityField>;
  /** Columns "Date entered <stage>": the pattern's group 1 is the CRM stage. */
  entered?: RegExp;
}

const pipedrive = (prefix: string, names: Record<string, DealField | ActivityField>) =>
  Object.fromEntries(Object.entries(names).map(([name, field]) => [`${prefix} - ${name}`, field]));

export const LAYOUTS: readonly CrmLayout[] = [
  {
    crm: 'pipedrive',
    kind: 'deals',
    language: 'en',
    columns: pipedrive('Deal', {
      ID: 'id',
      Title: 'title',
      Value: 'amount',
      'Currency of Value': 'currency',
      Currency: 'currency',
      Stage: 'stage',
      Status: 'status',
      Owner: 'owner',
      'Deal created': 'created',
      'Won time': 'won',
      'Expected close date': 'close',
      'Deal closed on': 'closed',
    }),
  },
  {
    crm: 'pipedrive',
    kind: 'deals',
    language: 'sv',
    columns: pipedrive('Affär', {
      ID: 'id',
      Titel: 'title',
      Värde: 'amount',
      'Valuta för Värde': 'currency',
      Valuta: 'currency',
      Steg: 'stage',
      Status: 'status',
      Ägare: 'owner',
      'Affär skapad': 'created',
      'Tidpunkt för vunnen': 'won',
      'Vunnen tid': 'won',
      'Förväntat slutdatum': 'close',
      'Affär stängd den': 'closed',
    }),
  },
  {
    crm: 'pipedrive',
    kind: 'activities',
    language: 'en',
    columns: pipedrive('Activity', {
      ID: 'activity_id',
      Type: 'type',
      Subject: 'subject',
      'Due date': 'date',
      Done: 'done',
      'Assigned to user': 'assignee',
    }),
  },
  {
    crm: 'pipedrive',
    kind: 'activities',
    language: 'sv',
    columns: pipedrive('Aktivitet', {
      ID: 'activity_id',
      Typ: 'type',
      Ämne: 'subject',
      Förfallodatum: 'date',
      Klar: 'done',
      'Tilldelad användare': 'assignee',
    }),
  },
  {
    crm: 'hubspot',
    kind: 'deals',
    language: 'en',
    columns: {
      'Record ID': 'id',
      'Deal Name': 'title',
      Amount: 'amount',
      Currency: 'currency',
      'Deal Stage': 'stage',
      'Deal owner': 'owner',
      'Create Date': 'created',
      'Close Date': 'close',
      'Is Closed Won': 'is_won',
    },
    entered: /^date entered "(.+)"$/i,
  },
  {
    crm: 'hubspot',
    kind: 'deals',
    language: 'sv',
    columns: {
      'Post-ID': 'id',
      Affärsnamn: 'title',
      Belopp: 'amount',
      Valuta: 'currency',
      Affärsfas: 'stage',
      Affärsägare: 'owner',
      Skapandedatum: 'created',
      Stängningsdatum: 'close',
      'Är stängd vunnen': 'is_won',
    },
    entered: /^datum angivet "(.+)"$/i,
  },
  {
    crm: 'hubspot',
    kind: 'activities',
    language: 'en',
    columns: {
      'Record ID': 'activity_id',
      'Activity type': 'type',
      'Activity date': 'date',
      'Activity assigned to': 'assignee',
      'Task status': 'done',
      Subject: 'subject',
    },
  },
  {
    crm: 'hubspot',
    kind: 'activities',
    language: 'sv',
    columns: {
      'Post-ID': 'activity_id',
      Aktivitetstyp: 'type',
      Aktivitetsdatum: 'date',
      'Aktivitet tilldelad till': 'assignee',
      Uppgiftsstatus: 'done',
      Ämne: 'subject',
    },
  },
  {
    crm: 'salesforce',
    kind: 'deals',
    language: 'en',
    columns: {
      'Opportunity ID': 'id',
      'Opportunity Name': 'title',
      Amount: 'amount',
      'Amount Currency': 'currency',
      'Opportunity Currency': 'currency',
      Stage: 'stage',
      'Opportunity Owner': 'owner',
      'Created Date': 'created',
      'Close Date': 'close',
      Won: 'is_won',
      Closed: 'closed',
    },
  },
  {
    crm: 'salesforce',
    kind: 'deals',
    language: 'sv',
    columns: {
      'Affärsmöjlighets-ID': 'id',
      Affärsmöjlighetsnamn: 'title',
      Belopp: 'amount',
      'Belopp valuta': 'currency',
      'Affärsmöjlighetsvaluta': 'currency',
      Fas: 'stage',
      'Affärsmöjlighetsägare': 'owner',
      'Skapat datum': 'created',
      Stängningsdatum: 'close',
      Vunnen: 'is_won',
      Stängd: 'closed',
    },
  },
  {
    crm: 'salesforce',
    kind: 'activities',
    language: 'en',
    columns: {
      'Activity ID': 'activity_id',
      'Task Subtype': 'type',
      Type: 'type',
      Date: 'date',
      'Assigned': 'assignee',
      Status: 'done',
      Subject: 'subject',
    },
  },
  {
    crm: 'salesforce',
    kind: 'activities',
    language: 'sv',
    columns: {
      'Aktivitets-ID': 'activity_id',
      'Uppgiftsundertyp': 'type',
      Typ: 'type',
      Datum: 'date',
      Tilldelad: 'assignee',
      Status: 'done',
      Ämne: 'subject',
    },
  },
];

export const normaliseHeader = (header: string) => header.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The layout whose own columns the headers hold most of (at least two of its required ones), or undefined. */
export function recogniseLayout(headers: readonly string[]): CrmLayout | undefined {
  const seen = new Set(headers.map(normaliseHeader));
  let best: { layout: CrmLayout; hits: number } | undefined;
  for (const layout of LAYOUTS) {
    const own = Object.keys(layout.columns).map(normaliseHeader);
    const hits = own.filter((h) => seen.has(h)).length + headers.filter((h) => layout.entered?.test(h.trim())).length;
    // Decision: two recognised columns at least, so one shared word ("Amount", "Status") decides nothing alone.
    if (hits >= 2 && (!best || hits > best.hits)) best = { layout, hits };
  }
  return best?.layout;
}
