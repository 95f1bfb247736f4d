/**
 * Where a message's `url` points: a section of the README, as a relative link `README.md#<anchor>`, where the anchor
 * is the id GitHub (and most Markdown renderers) give the heading. The scheme, stable because the tests check every
 * url against the README's headings (test/validate/message-shape.test.ts):
 *   a field of a plan section         README.md#section-<key>        (`### \`section: goals\`` → section-goals)
 *   an extra page (`section: page`)   README.md#customising
 *   a file's syntax (YAML, encoding)  README.md#the-plan-format
 *   prose links and images            README.md#safety
 *   a diagram                         README.md#the-plan-format
 *   a computed figure without a field README.md#what-the-numbers-mean
 *   salesplan.config.json             README.md#customising
 */

/** The stage a message comes from: its vfile `source`. */
export type Stage = 'parse' | 'validate' | 'model' | 'diagrams' | 'config';

const README = 'README.md';

export function readmeUrl(anchor: string): string {
  return `${README}#${anchor}`;
}

/** The README's reference for a section's fields; undefined for a name that is no section. */
export function sectionUrl(key: string): string | undefined {
  if (key === 'page') return readmeUrl('customising');
  return /^[a-z_]+$/.test(key) ? readmeUrl(`section-${key}`) : undefined;
}

const BY_STAGE: Record<Stage, string> = {
  parse: 'the-plan-format',
  validate: 'the-plan-format',
  model: 'what-the-numbers-mean',
  diagrams: 'the-plan-format',
  config: 'customising',
};

/** Where a message goes when nothing more specific is known: its stage's part of the README. */
export function stageUrl(stage: Stage): string {
  return readmeUrl(BY_STAGE[stage]);
}
