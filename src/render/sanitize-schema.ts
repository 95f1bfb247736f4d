import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's sanitizing rules (rehype-sanitize's default: tables, details/summary, kbd, br, footnotes, task lists;
 * no script, style, iframe, event handlers or javascript: URLs) plus what the plan pipeline itself puts in the
 * tree before sanitizing: the author diagram placeholder `<figure class="diagram" data-diagram-id>`.
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [['className', 'diagram'], 'dataDiagramId'],
    abbr: ['title'],
  },
};
