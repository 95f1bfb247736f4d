import type { DiagramFallback, RenderedDiagram } from './types.ts';
import { fillLabel, type Labels } from '../core/labels/index.ts';
import { narrowDiagramId } from '../core/diagram-ids.ts';
import { printsNarrow } from './diagram-variants.ts';

/** A diagram as the templates see it: the rendered SVG, else the fallback, else a missing notice. */
export interface DiagramView {
  id: string;
  diagram?: RenderedDiagram;
  /** The same diagram drawn top-down, for a phone (narrowDiagramId), when there is one. */
  narrow?: RenderedDiagram;
  fallback?: DiagramFallback;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** The same escaping as Handlebars' {{ }}, for HTML this module writes itself. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function diagramView(
  id: string,
  diagrams: Map<string, RenderedDiagram>,
  fallbacks: Map<string, DiagramFallback> | undefined,
): DiagramView {
  const diagram = diagrams.get(id);
  const narrow = diagram && diagrams.get(narrowDiagramId(id));
  const fallback = diagram ? undefined : fallbacks?.get(id);
  return { id, ...(diagram && { diagram }), ...(narrow && { narrow }), ...(fallback && { fallback }) };
}

/**
 * The figure for a diagram. The SVG comes from our own browser stage and is inserted as is;
 * every other string (title, description, fallback source and notice) is escaped.
 */
export function figureHtml(view: DiagramView, labels: Labels): string {
  const id = escapeHtml(view.id);
  if (view.diagram) {
    const { svg, title, description } = view.diagram;
    const label = escapeHtml(description || title);
    const caption = title ? `<figcaption>${escapeHtml(title)}</figcaption>` : '';
    // Focusable: on a phone a wide diagram scrolls sideways inside its box, and keyboards must reach that too.
    const box = (html: string, variant = '') => `<div class="diagram-svg${variant}" role="img" aria-label="${label}" tabindex="0">${html}</div>`;
    if (!view.narrow) return `<figure class="diagram" data-diagram-id="${id}">${box(svg)}${caption}</figure>`;
    // Drawn both ways: the stylesheet shows one (the hidden one is out of the tab order and the reading order).
    const print = printsNarrow(view.diagram, view.narrow) ? ' diagram-print-narrow' : '';
    return `<figure class="diagram diagram-variants${print}" data-diagram-id="${id}">${box(svg, ' diagram-wide')}${box(view.narrow.svg, ' diagram-narrow')}${caption}</figure>`;
  }
  if (view.fallback) {
    const { source, notice } = view.fallback;
    return (
      `<figure class="diagram diagram-fallback" data-diagram-id="${id}">` +
      `<p class="notice" role="note">${escapeHtml(notice)}</p>` +
      `<pre aria-label="${escapeHtml(labels.diagram_source)}"><code class="language-mermaid">${escapeHtml(source)}</code></pre>` +
      `</figure>`
    );
  }
  return `<figure class="diagram diagram-missing" data-diagram-id="${id}"><p class="notice" role="note">${escapeHtml(fillLabel(labels.diagram_missing, view.id))}</p></figure>`;
}

/** Matches the parser's placeholder exactly (see diagramPlaceholder in parse/types.ts). */
const PLACEHOLDER = /<figure class="diagram" data-diagram-id="([^"]*)"><\/figure>/g;

/** Swaps each author diagram placeholder in a section's HTML for its figure. */
export function replaceDiagramPlaceholders(
  html: string,
  diagrams: Map<string, RenderedDiagram>,
  fallbacks: Map<string, DiagramFallback> | undefined,
  labels: Labels,
): string {
  return html.replace(PLACEHOLDER, (_match, id: string) => figureHtml(diagramView(id, diagrams, fallbacks), labels));
}
