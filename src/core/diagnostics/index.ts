export { addMessage, hasErrors, messageAt, severityOf } from './message.ts';
export type { MessageAtOptions, MessageOptions, Severity } from './message.ts';
export { report, sortedMessages, summary } from './report.ts';
export type { ReportOptions } from './report.ts';
export { toJson, toJsonMessages } from './json.ts';
export type { JsonMessage } from './json.ts';
