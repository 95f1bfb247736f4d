import { LOADER_ENTRY, MERMAID_BASE } from './mermaid-assets.ts';
import type { MermaidLoader } from './mermaid-assets.ts';

/*
 * The code that runs inside the page, kept as plain JavaScript text: functions handed to
 * page.evaluate would be serialised after the TypeScript transform, which may add helpers the page lacks.
 */

/** The gantt's column of section names, left of the bars (mermaid's `leftPadding`). */
export const GANTT_LEFT_PADDING = 110;

/** Turns mermaid's SVG into one fit to inline: labelled for screen readers, nothing executable. */
const CLEAN_SVG = String.raw`
const GANTT_LEFT_PADDING = ${GANTT_LEFT_PADDING};

/*
 * Mermaid puts a gantt label left of its bar when it would run past the chart's right edge, and there it can run
 * into the section names. Such a label goes right of its bar instead, and the drawing grows to hold it. Measured
 * in the page, where the drawing is laid out for a moment.
 */
function salesplanGanttLabels(markup) {
  if (!markup.includes('taskTextOutsideLeft')) return markup;
  const holder = document.createElement('div');
  holder.style.cssText = 'position: absolute; left: -100000px; top: 0; visibility: hidden';
  holder.innerHTML = markup;
  document.body.append(holder);
  try {
    const svg = holder.querySelector('svg');
    let right = 0;
    for (const text of [...svg.querySelectorAll('text.taskTextOutsideLeft')]) {
      const bar = svg.querySelector('#' + CSS.escape(text.id.replace(/-text$/, '')));
      if (!bar || text.getBBox().x >= GANTT_LEFT_PADDING) continue;
      const end = bar.x.baseVal.value + bar.width.baseVal.value;
      text.classList.replace('taskTextOutsideLeft', 'taskTextOutsideRight');
      text.setAttribute('x', String(end + 5));
      const box = text.getBBox();
      right = Math.max(right, box.x + box.width + 5);
    }
    const view = svg.viewBox.baseVal;
    if (right > view.width) {
      svg.setAttribute('viewBox', [view.x, view.y, Math.ceil(right), view.height].join(' '));
      svg.style.maxWidth = Math.ceil(right) + 'px';
    }
    return new XMLSerializer().serializeToString(svg);
  } finally {
    holder.remove();
  }
}

function salesplanClean(markup, id, title, description) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') throw new Error('mermaid did not return an SVG');
  for (const el of [...svg.querySelectorAll('script')]) el.remove();
  // Labels in <foreignObject> (HTML labels) do not survive PDF printing or sanitising: keep their text as SVG text.
  for (const fo of [...svg.querySelectorAll('foreignObject')]) {
    const text = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
    const x = Number(fo.getAttribute('x') || 0), y = Number(fo.getAttribute('y') || 0);
    const h = Number(fo.getAttribute('height') || 0), w = Number(fo.getAttribute('width') || 0);
    text.setAttribute('x', String(x + w / 2));
    text.setAttribute('y', String(y + h / 2));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.textContent = (fo.textContent || '').trim();
    fo.replaceWith(text);
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'xlink:href') && /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  for (const el of [...svg.children]) if (el.nodeName === 'title' || el.nodeName === 'desc') el.remove();
  const ns = 'http://www.w3.org/2000/svg';
  const t = doc.createElementNS(ns, 'title');
  t.setAttribute('id', id + '-title');
  t.textContent = title;
  const d = doc.createElementNS(ns, 'desc');
  d.setAttribute('id', id + '-desc');
  d.textContent = description;
  svg.prepend(t, d);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', id + '-title');
  svg.setAttribute('aria-describedby', id + '-desc');
  svg.removeAttribute('aria-roledescription');
  return new XMLSerializer().serializeToString(svg);
}

window.salesplanRender = async (id, source, title, description) => {
  try {
    const { svg } = await window.mermaid.render(id, source);
    return { svg: salesplanClean(salesplanGanttLabels(svg), id, title, description) };
  } catch (error) {
    // mermaid leaves its scratch container behind when it fails
    document.getElementById('d' + id)?.remove();
    document.getElementById(id)?.remove();
    return { error: String((error && error.message) || error) };
  } finally {
    document.getElementById('d' + id)?.remove();
  }
};
`;

/** The page mermaid renders in: loads mermaid with the chosen loader, then flags `salesplanReady`. */
export function mermaidPageHtml(loader: MermaidLoader, fontFamily: string): string {
  const entry = MERMAID_BASE + LOADER_ENTRY[loader];
  const load =
    loader === 'esm'
      ? `<script type="module">import mermaid from ${JSON.stringify(entry)};
         window.mermaid = mermaid; window.salesplanReady = true;</script>`
      : `<script src=${JSON.stringify(entry)}></script><script>window.salesplanReady = !!window.mermaid;</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diagrams</title>
<style>body { margin: 0; font-family: ${fontFamily}; }</style>
<script>${CLEAN_SVG}</script>
</head><body>${load}</body></html>`;
}
