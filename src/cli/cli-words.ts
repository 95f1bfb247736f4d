import type { Plural } from '../core/diagnostics/index.ts';
import type { ProgressEvent } from '../pipeline/index.ts';

/** What the CLI writes around the plan's messages, in English and Swedish (see messageLocale for the choice). */
export interface CliWords {
  stages: Record<ProgressEvent['stage'], string>;
  built: string;
  file: Plural;
  page: Plural;
  diagram: Plural;
  pdf: Plural;
  cached: string;
  valid: string;
  invalid: string;
  checked: string;
}

const WORDS: Record<string, CliWords> = {
  en: {
    stages: {
      parse: 'parsing and validating the plan',
      validate: 'validating',
      compute: 'computing the model',
      diagrams: 'rendering diagrams',
      render: 'rendering the site',
      pdf: 'printing PDFs',
      write: 'writing the output',
    },
    built: 'Built {out}/ from {files}: {pages}, {diagrams} ({cached}), {pdfs} in {seconds}',
    file: { one: 'file', other: 'files' },
    page: { one: 'page', other: 'pages' },
    diagram: { one: 'diagram', other: 'diagrams' },
    pdf: { one: 'PDF', other: 'PDFs' },
    cached: '{count} cached',
    valid: '{dir}: the plan is valid',
    invalid: '{dir}: the plan has errors',
    checked: '{files} checked',
  },
  sv: {
    stages: {
      parse: 'läser och validerar planen',
      validate: 'validerar',
      compute: 'beräknar modellen',
      diagrams: 'ritar diagrammen',
      render: 'skapar webbplatsen',
      pdf: 'skriver ut PDF:erna',
      write: 'skriver utdata',
    },
    built: 'Byggde {out}/ av {files}: {pages}, {diagrams} ({cached}), {pdfs} på {seconds}',
    file: { one: 'fil', other: 'filer' },
    page: { one: 'sida', other: 'sidor' },
    diagram: { other: 'diagram' },
    pdf: { one: 'PDF', other: 'PDF:er' },
    cached: '{count} från cachen',
    valid: '{dir}: planen är giltig',
    invalid: '{dir}: planen har fel',
    checked: '{files} kontrollerade',
  },
};

export function cliWords(locale: string): CliWords {
  return WORDS[locale.split('-')[0]?.toLowerCase() ?? 'en'] ?? WORDS.en!;
}

/** Fills `{key}` placeholders. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** `4.70 s`, `4,70 s`: seconds to two decimals in the locale's way. */
export function seconds(ms: number, locale = 'en'): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ms / 1000)} s`;
}
