/**
 * The words of a message report (the hint prefix and the summary line) in the plan's language. The severity
 * after a message's place stays English (`error`, `warning`): editors and CI problem matchers read that token.
 */
export interface ReportWords {
  hint: string;
  error: Plural;
  warning: Plural;
  info: Plural;
}

/** A noun by Intl.PluralRules category; `other` when the language has no form of its own for the category. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const WORDS: Record<string, ReportWords> = {
  en: { hint: 'hint', error: { one: 'error', other: 'errors' }, warning: { one: 'warning', other: 'warnings' }, info: { other: 'info' } },
  sv: { hint: 'tips', error: { other: 'fel' }, warning: { one: 'varning', other: 'varningar' }, info: { other: 'info' } },
};

export function reportWords(locale: string): ReportWords {
  return WORDS[locale.split('-')[0]?.toLowerCase() ?? 'en'] ?? WORDS.en!;
}

/** `3 warnings`, `1 varning`: the count and the noun its plural category takes in `locale`. */
export function counted(locale: string, count: number, noun: Plural): string {
  const category = new Intl.PluralRules(locale).select(count);
  return `${count} ${noun[category] ?? noun.other}`;
}

/**
 * The language for what the CLI writes: the plan's own locale once known, else the environment's (LC_ALL,
 * LC_MESSAGES, LANG as POSIX writes them, `sv_SE.UTF-8`), else English.
 */
export function messageLocale(planLocale?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (planLocale) return planLocale;
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = posix.split(/[.@]/)[0]?.replace('_', '-') ?? '';
  if (!tag || tag === 'C' || tag === 'POSIX') return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
