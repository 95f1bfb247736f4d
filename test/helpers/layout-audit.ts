/**
 * What a reader would find wrong with a page's layout, measured in the real browser (run inside the page with
 * page.evaluate(auditLayout)). Self-contained: puppeteer serialises the function, so it may use nothing outside.
 *
 * - clipped: an element that reaches past the viewport's edges (or starts left of it) with no scroll container
 *   between it and the page: the reader cannot reach that part, and nothing shows that it is there.
 * - brokenWords: a word in a table cell that the browser split across two lines ("Activit / y").
 * - scrolling: scroll boxes of tables whose table is wider than they are, and whether each shows it (a gradient).
 * - offscreenDiagrams: a diagram whose drawing starts left of its box or of the page (centred in a scroll box
 *   narrower than itself, its left part cannot be scrolled to).
 */
export interface LayoutFindings {
  clipped: string[];
  brokenWords: string[];
  offscreenDiagrams: string[];
  /** Table scroll boxes whose table is wider than they are, and whether each shows it (a scroll shadow). */
  scrolling: { what: string; shows: boolean }[];
}

export function auditLayout(): LayoutFindings {
  const width = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
  };
  const scrolls = (el: Element) => {
    const o = getComputedStyle(el).overflowX;
    return o === 'auto' || o === 'scroll';
  };
  const insideScroller = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (scrolls(a)) return true;
    return false;
  };
  const hidden = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
      if (a.classList.contains('visually-hidden') || a.classList.contains('skip-link')) return true;
    }
    return false;
  };

  const clipped: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= width + 1 && r.left >= -1) continue;
    if (insideScroller(el) || hidden(el)) continue;
    clipped.push(describe(el));
  }

  const brokenWords: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const cell = node.parentElement?.closest('td, th');
    if (!cell || hidden(cell)) continue;
    const text = node.textContent ?? '';
    // Words as a reader sees them: a break after a hyphen or a slash is a proper line break, not a broken word.
    for (const m of text.matchAll(/[^\s\-–—/]+/g)) {
      if (m[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
      if (tops.size > 1) brokenWords.push(`"${m[0]}" in ${describe(cell)}`);
    }
  }

  const offscreenDiagrams: string[] = [];
  for (const svg of document.querySelectorAll('figure.diagram svg, .diagram-svg svg')) {
    if (hidden(svg)) continue;
    const r = svg.getBoundingClientRect();
    const box = svg.closest('.diagram-svg') ?? svg.parentElement;
    const left = Math.max(0, box ? box.getBoundingClientRect().left : 0);
    if (r.left < left - 1) offscreenDiagrams.push(`${describe(svg.closest('figure') ?? svg)} starts ${Math.round(left - r.left)} px off`);
  }
  const scrolling: { what: string; shows: boolean }[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!scrolls(el) || hidden(el) || el.scrollWidth <= el.clientWidth + 1) continue;
    if (!el.querySelector('table')) continue;
    scrolling.push({ what: describe(el), shows: getComputedStyle(el).backgroundImage.includes('gradient') });
  }
  return { clipped, brokenWords, offscreenDiagrams, scrolling };
}

/** auditLayout as a script for page.evaluate: a transpiler that keeps function names (tsx) adds `__name` calls. */
export const AUDIT_SCRIPT = `(() => { const __name = (f) => f; return (${auditLayout.toString()})(); })()`;
