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
