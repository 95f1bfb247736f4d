import type { Page } from 'puppeteer-core';
import { textWidth, type Paper } from '../core/paper.ts';
import { FONT_STACK } from '../core/typeface.ts';

/** What each page's margins show: a header line at the top left, the page label at the bottom centre. */
export interface PageMargins {
  /** The header of every page outside a section (the contents) and the start of each section's header. */
  headerTitle: string;
  /** The footer, with `{page}` and `{total}` for the numbers; default "{page} / {total}". */
  pageLabel?: string | undefined;
  /** Each section's element (by id) gets "headerTitle · title" on its pages. */
  sections?: readonly { id: string; title: string }[] | undefined;
  /** Elements whose pages carry neither header nor footer (the cover), as a CSS selector. */
  bare?: string | undefined;
}

/**
 * The header and footer as CSS page-margin boxes, drawn by Chromium in the document's own fonts (embedded, any
 * script), a named page per section so each section's pages carry its title. `lines`: headerLines, fitted.
 *
 * Decision: margin boxes, not Chromium's header template plus a header stamped on afterwards with pdf-lib: the
 * template cannot load the document's fonts and cannot know the section, and pdf-lib's standard Helvetica has no
 * Ł or →, so "Mission → positioning (Łódź)" printed as "Mission positioning (ódz )". A named page also starts a
 * section on a new page, which the handbook wants anyway.
 */
export function pageMarginCss(margins: PageMargins, lines = headerLines(margins).map((l) => l.title + l.section)): string {
  const header = (text: string) =>
    `@top-left { content: ${cssString(text)}; ${BOX} white-space: nowrap; vertical-align: bottom; padding-bottom: 3mm; }`;
  const [first, ...sections] = lines;
  const rules = [
    `@page { ${header(first!)} @bottom-center { content: ${pageCounter(margins.pageLabel)}; ${BOX} vertical-align: top; padding-top: 3mm; } }`,
  ];
  for (const [i, section] of (margins.sections ?? []).entries()) {
    rules.push(`@page salesplan-section-${i} { ${header(sections[i]!)} }`, `[id=${cssString(section.id)}] { page: salesplan-section-${i}; }`);
  }
  if (margins.bare) {
    rules.push(`@page salesplan-bare { @top-left { content: none; } @bottom-center { content: none; } }`, `${margins.bare} { page: salesplan-bare; }`);
  }
  return rules.join('\n');
}

const FONT = `8pt ${FONT_STACK}`;
/** Contextual alternates off, as in print.css: their glyphs (Inter's raised brackets beside capitals) have no
 * character in the font's map, so "(Łódź)" copied out of the PDF as " Łódź". */
const BOX = `font: ${FONT}; font-feature-settings: "calt" 0; color: #555;`;

/** A header line: the plan's title and, on a section's pages, " · section". */
interface HeaderLine {
  title: string;
  section: string;
}

/** Every header line the document shows: the plain one first, then one per section. */
export function headerLines(margins: PageMargins): HeaderLine[] {
  const { headerTitle: title } = margins;
  const sections = (margins.sections ?? []).map((s) => ({ title, section: s.title === title ? '' : ` \u00B7 ${s.title}` }));
  return [{ title, section: '' }, ...sections];
}

/** Runs in the page (a string: a bundler's helpers, e.g. esbuild's __name, do not exist there). */
const FIT_SCRIPT = `async ([lines, font, width]) => {
  await document.fonts.load(font, lines.map((l) => l.title + l.section).join(''));
  const context = document.createElement('canvas').getContext('2d');
  context.font = font;
  const fits = (text) => context.measureText(text).width <= width;
  // The longest prefix of head that fits with the ellipsis and tail, by halving.
  const cut = (head, tail) => {
    let low = 1, high = head.length;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(head.slice(0, middle) + '\\u2026' + tail)) low = middle;
      else high = middle;
    }
    return head.slice(0, low).trimEnd() + '\\u2026' + tail;
  };
  return lines.map(({ title, section }) => {
    if (fits(title + section)) return title + section;
    // The section is what tells one page from another: the title gives way first, if the section fits in half.
    return section && fits(section + section) ? cut(title, section) : cut(title + section, '');
  });
}`;

/**
 * Each line cut with an ellipsis to the paper's text width, measured in the page in the header's font: a margin box
 * does not clip (overflow and text-overflow are ignored there), so a long title ran off the paper's edge. The
 * longest prefix that fits is found by halving: a few measurements, not one per character (a 2,000-character
 * title cut one character at a time took over a minute a PDF).
 */
export async function fitHeaderLines(page: Page, lines: HeaderLine[], paper: Paper): Promise<string[]> {
  return (await page.evaluate(`(${FIT_SCRIPT})(${JSON.stringify([lines, FONT, (textWidth(paper) * 96) / 72])})`)) as string[];
}

/** The footer's text as CSS content: the label's words around the page counters. */
function pageCounter(label = '{page} / {total}'): string {
  const parts = label.split(/(\{page\}|\{total\})/).filter((part) => part !== '');
  return parts.map((part) => (part === '{page}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : cssString(part))).join(' ');
}

/**
 * A CSS string any text is safe in: everything but letters, digits, spaces and plain punctuation is written as a
 * hex escape, so a plan's title cannot end the string, the rule or the style element.
 */
export function cssString(text: string): string {
  const escaped = [...text.replace(/[\r\n\t\f]+/g, ' ')]
    .map((c) => (/[\p{L}\p{N} .,:;!?()'\-–—·→]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
