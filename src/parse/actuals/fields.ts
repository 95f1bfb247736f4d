/**
 * The fields salesplan reads from a CRM export, whatever the CRM calls them. A deal export gives each deal's id,
 * amount, stage, owner and dates; an activity export each activity's type, date, owner and whether it was done.
 */
export const DEAL_FIELDS = ['id', 'title', 'amount', 'currency', 'stage', 'status', 'owner', 'created', 'won', 'close', 'closed', 'is_won'] as const;
export const ACTIVITY_FIELDS = ['activity_id', 'type', 'date', 'done', 'assignee', 'subject'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type Field = DealField | ActivityField;

/** What a deal export must have: a deal without one of these cannot be counted. `won` or `close` dates a won deal. */
export const REQUIRED_DEAL_FIELDS: readonly DealField[] = ['id', 'amount', 'stage', 'owner'];
export const REQUIRED_ACTIVITY_FIELDS: readonly ActivityField[] = ['type', 'date', 'assignee'];

export type Crm = 'pipedrive' | 'hubspot' | 'salesforce' | 'mapped';
export type ExportKind = 'deals' | 'activities';

/** How a column of an export is read: as a field, or as the date a deal entered a CRM stage (HubSpot's "Date entered"). */
export type ColumnRole = { field: Field } | { entered: string } | { ignored: true };
