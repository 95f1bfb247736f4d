import type Handlebars from 'handlebars';
import { figureHtml, type DiagramView } from './diagrams.ts';
import { en, type Labels } from '../core/labels/en.ts';
import { fillLabel } from '../core/labels/index.ts';

/**
 * The only helpers templates get. Both return text Handlebars escapes, except `diagram`, whose
 * figure escapes every plan string itself and passes through only the SVG our browser stage made.
 */

function rootLabels(options: Handlebars.HelperOptions): Labels {
  const root = options.data?.root as { labels?: Labels } | undefined;
  return root?.labels ?? en;
}

export function registerHelpers(hb: typeof Handlebars): void {
  /** `{{t "deals_needed"}}`, `{{t "one_in" name=row.oneIn}}`: a label of the plan's language. */
  hb.registerHelper('t', (id: unknown, options: Handlebars.HelperOptions) => {
    const labels = rootLabels(options);
    if (typeof id !== 'string' || !Object.hasOwn(labels, id)) throw new Error(`unknown label "${String(id)}" in a template`);
    const label = labels[id as keyof Labels];
    const name = options.hash?.name;
    return name === undefined ? label : fillLabel(label, String(name));
  });

  /** `{{diagram section.diagram}}`: the figure with the SVG, or the fallback code block and notice. */
  hb.registerHelper('diagram', (view: unknown, options: Handlebars.HelperOptions) => {
    if (!view || typeof view !== 'object' || typeof (view as DiagramView).id !== 'string') return '';
    return new hb.SafeString(figureHtml(view as DiagramView, rootLabels(options)));
  });
}
