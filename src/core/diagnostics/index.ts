export { addMessage, causeOf, hasErrors, messageAt, severityOf } from './message.ts';
export type { MessageAtOptions, MessageCause, MessageDraft, MessageOptions, PlacedFile, Severity, Stage, YamlPlaces } from './message.ts';
export { readmeUrl, sectionUrl, stageUrl } from './urls.ts';
export { report, sortedMessages, summary } from './report.ts';
export type { ReportOptions } from './report.ts';
export { counted, messageLocale, reportWords } from './words.ts';
export type { Plural, ReportWords } from './words.ts';
export { toJson, toJsonMessage, toJsonMessages } from './json.ts';
export type { JsonMessage } from './json.ts';
