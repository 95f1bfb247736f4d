/**
 * Fixed lists a flag's `--help` shows and a lower layer checks. They live here, apart from the zod schema and the
 * scaffold that use them, so the CLI can declare its flags without loading either (see cli/program.ts).
 */

/** Mermaid's built-in themes; `neutral` (the default) prints well in black and white. */
export const MERMAID_THEMES = ['default', 'neutral', 'dark', 'forest', 'base'] as const;
export type MermaidTheme = (typeof MERMAID_THEMES)[number];

/** The languages `salesplan init` has a scaffold for. */
export const INIT_LOCALES = ['en', 'sv'] as const;
export type InitLocale = (typeof INIT_LOCALES)[number];
