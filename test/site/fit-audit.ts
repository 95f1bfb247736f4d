/**
 * Runs in the page (page.evaluate): what a reader would see cut off. Returns one line per problem:
 * - `off-screen`: an element reaching past the screen's edge with no scroll box between it and the page;
 * - `unreachable`: an element starting left of its scroll box, where no scrolling reaches (a centred diagram);
 * - `clipped`: an element cut off by a box that hides its overflow (diagrams' own SVG clipping aside);
 * - `hidden-scroll`: a table box that scrolls but shows no sign of it (no shadow backgrounds);
 * - `broken-word`: a word of a table cell split across two lines (a break after a hyphen or slash is a word's own).
 * Self-contained: puppeteer sends its source to the browser.
 */
export function fitProblems(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const visuallyHidden = (el: Element) => {
    for (let p: Element | null = el; p; p = p.parentElement) if (getComputedStyle(p).clipPath.startsWith('inset(50%')) return true;
    return false;
  };
  const scrollBox = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const overflow = getComputedStyle(p).overflowX;
      if (overflow !== 'visible') return { box: p, overflow };
    }
    return undefined;
  };
  for (const el of document.querySelectorAll('main *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || visuallyHidden(el)) continue;
    const scroll = scrollBox(el);
    if (!scroll) {
      if (r.right > width + 1 || r.left < -1) problems.push(`off-screen ${name(el)} ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`);
    } else if (scroll.box.scrollLeft === 0 && r.left < scroll.box.getBoundingClientRect().left - 1 && !el.closest('svg')?.parentElement?.closest('svg')) {
      // Left of where a scroll box starts (a centred diagram wider than its box): no scrolling reaches it.
      problems.push(`unreachable ${name(el)} starts ${Math.round(scroll.box.getBoundingClientRect().left - r.left)} px left of ${name(scroll.box)}`);
    } else if ((scroll.overflow === 'hidden' || scroll.overflow === 'clip') && !el.closest('svg')) {
      if (r.right > scroll.box.getBoundingClientRect().right + 1) problems.push(`clipped ${name(el)} in ${name(scroll.box)}`);
    }
  }
  for (const box of document.querySelectorAll('main .table-wrap')) {
    const style = getComputedStyle(box);
    const scrolls = box.scrollWidth > box.clientWidth + 1 && style.overflowX !== 'visible';
    if (scrolls && (style.backgroundImage.match(/gradient/g) ?? []).length < 4) problems.push(`hidden-scroll ${name(box)}`);
  }
  for (const cell of document.querySelectorAll('main td, main th')) {
    if (visuallyHidden(cell)) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/[^\s\-‐‑/]+[-‐‑/]?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
        if (lines.size > 1) problems.push(`broken-word "${word[0]}" in ${name(cell)}`);
      }
    }
  }
  return problems;
}
