/**
 * Every limit salesplan puts on what a plan may make it do, in one place (the README's "Limits and ranges" lists
 * them). Each is far beyond what a real plan needs and is reported, when passed, as a positioned error that names
 * the limit and the value, instead of the work growing without bound.
 */

/**
 * Reading one file's frontmatter (a plan's fields nest four levels and use an alias or two):
 * - depth: maps and lists nested in each other;
 * - aliasValues: values the aliases (`*name`) of one frontmatter expand to, however they nest (a billion-laughs
 *   document stops here instead of growing with every level);
 * - numberDigits: digits of one number (it is kept exactly as written and carried through every computation).
 */
export const YAML_LIMITS = { depth: 32, aliasValues: 10_000, numberDigits: 100 } as const;

/**
 * Length of text, in characters. A name or title shows in page headers, PDF bookmarks, tables and diagram boxes:
 * 200 is a long sentence, and a longer one only pushes everything else off the page. Other text (a mission, a
 * note, a playbook) is prose: 10,000 characters is several pages. Longer is surely a mistake (a file pasted in).
 */
export const TEXT_LIMITS = { name: 200, text: 10_000 } as const;

/**
 * Plan values salesplan computes with, bounded to what is sane and what the model keeps exact (40 significant
 * digits through every division: an amount of 15 digits and 4 decimals, divided by a rate of 10 decimals, stays
 * exact where a 46-digit target did not):
 * - amounts (money) below 10^15, with at most 4 decimals;
 * - quantities (capacities, `one_in`) below 10^9, with at most 4 decimals;
 * - rates and fractions with at most 10 decimals (0.78125% is 0.0078125: 7);
 * - day counts (`time_to_fill_days`, `duration_days`) at most 3,650: ten years;
 * - dates in the years 1900-2100 (a roster may go back a long way), and the plan's period within 2000-2100 and
 *   at most 60 months long (the model lays out every month and every day of it);
 * - what the plan computes to: deals, stage volumes, activities and heads each below 10^15, so every count stays an
 *   exact whole number wherever it is shown (inputs each in range can still multiply past it: 1 deal in 10^10).
 */
export const VALUE_LIMITS = {
  amount: { below: '1e15', decimals: 4 },
  quantity: { below: '1e9', decimals: 4 },
  rateDecimals: 10,
  days: 3_650,
  years: { from: 1900, to: 2100 },
  periodYears: { from: 2000, to: 2100 },
  periodMonths: 60,
  figureBelow: '1e15',
} as const;

/**
 * Mermaid's own limits, set explicitly in its configuration (src/diagrams/mermaid-page.ts) so they are the ones
 * checked before drawing: Mermaid itself swaps a source over `textSize` for a box saying so, and stops a flowchart
 * at `edges` connections. A plan's diagram over either is an error at its block, or at the list a generated
 * diagram is drawn from.
 */
export const DIAGRAM_LIMITS = { textSize: 50_000, edges: 500 } as const;

/**
 * Reading CRM exports (the plan's `actuals/` folder, or `--actuals`): files are untrusted and can be large, so
 * each is bounded before it is parsed. 64 MB is a 500,000-row deal export with room to spare; a file over it, or a
 * table over `rows`, is an error at the file rather than a build that runs out of memory.
 */
export const ACTUALS_LIMITS = { fileBytes: 64 * 1024 * 1024, rows: 500_000, files: 100, cellChars: 10_000 } as const;
