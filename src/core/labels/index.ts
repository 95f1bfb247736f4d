import type { Format } from '../format.ts';
import { en, type Labels } from './en.ts';
import { forLanguage } from './language.ts';
import { sv } from './sv.ts';

export type { LabelId, Labels } from './en.ts';

/** Label sets by language subtag; a locale without its own set reads English. */
const byLanguage: Record<string, Labels> = { en, sv };

export function labelsFor(locale: string): Labels {
  return forLanguage<Labels>(byLanguage, locale, en);
}

/** Fills `{name}` in a label; the value is inserted as is, escaping is the caller's job. */
export function fillLabel(label: string, name: string): string {
  return label.replaceAll('{name}', name);
}

/** Fills every `{key}` of a label from `values`; keys without a value stay as written. */
export function fillLabels(label: string, values: Record<string, string>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** `1 day`, `45 days`: the label that fits the count in the plan's language. */
export function daysLabel(n: number, f: Format, l: Labels): string {
  return fillLabel(f.plural(n) === 'one' ? l.day : l.days, f.count(n));
}
