import type { VFile } from 'vfile';
import type { Decimal } from '../../core/decimal.ts';
import type { Crm, ExportKind, Field } from './fields.ts';
import type { ActualsMapping } from './mapping.ts';

/** One deal as the export states it: the CRM's own names for stage and owner, resolved against the plan later. */
export interface ExportDeal {
  /** The row's line (spreadsheet row number; the header is row 1). */
  line: number;
  id: string;
  title?: string;
  amount: Decimal;
  /** The currency the row names (a currency column, or a code or symbol written with the amount). */
  currency?: string;
  stage: string;
  /** From a status column (Pipedrive), a won flag (HubSpot, Salesforce), or a won/lost stage name. */
  status?: 'won' | 'lost' | 'open';
  owner: string;
  created?: string;
  /** When it was won (Pipedrive's "Won time"). */
  won?: string;
  /** The close date (actual when closed, expected when open). */
  close?: string;
  /** The dates the deal entered CRM stages, where the export has them, with the column each is in. */
  entered: { stage: string; date: string; column: number }[];
}

export interface ExportActivity {
  line: number;
  type: string;
  date: string;
  done: boolean;
  assignee: string;
}

/** One export file, read: what it is, where each field's column is, and its rows. */
export interface ExportTable {
  file: VFile;
  crm: Crm;
  kind: ExportKind;
  language: 'en' | 'sv';
  /** 1-based column of each field read. */
  columns: Partial<Record<Field, number>>;
  deals: ExportDeal[];
  activities: ExportActivity[];
  /** Rows left out because a value in them could not be read (each has its error message). */
  unreadRows: number;
}

export interface ActualsInput {
  /** The folder's files (exports and the mapping file), carrying their messages. */
  files: VFile[];
  tables: ExportTable[];
  mapping?: ActualsMapping;
}
