/**
 * Headings a template writes (the computed tables': "Funnel", "Activity targets", "Capacity"...) get stable ids
 * here, after the page is rendered, so they are linkable and listed with the prose's headings: in the site's
 * "On this page" and the handbook's contents. Every h2 is anchored; an h3 only when its template marks it
 * `data-anchor` (a sub-table's heading), so the cards' repeated sub-headings stay out of the lists.
 */
export interface Anchor {
  depth: number;
  id: string;
  /** The heading's text (entities decoded). */
  text: string;
}

const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;

/** A heading's text as an id: lower case, letters and digits, the rest one dash (ids stay stable across builds). */
export function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
}

export function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * Ids for the unanchored headings of `html` (prefixed with `prefix`, unique on the page: `taken` holds the ids
 * already used) and every anchored heading in document order. Visually hidden headings are left out.
 */
export function anchorHeadings(html: string, prefix = '', taken = new Set<string>()): { html: string; anchors: Anchor[] } {
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) taken.add(m[1]!);
  const anchors: Anchor[] = [];
  const out = html.replace(HEADING, (whole, level: string, attrs: string | undefined, inner: string) => {
    const depth = Number(level);
    const attributes = attrs ?? '';
    if (/class="[^"]*visually-hidden/.test(attributes)) return whole;
    const text = decodeEntities(inner);
    const existing = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (existing) {
      anchors.push({ depth, id: existing, text });
      return whole;
    }
    if (depth === 3 && !/\sdata-anchor\b/.test(attributes)) return whole;
    const base = `${prefix}${slugOf(text)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    anchors.push({ depth, id, text });
    return `<h${level} id="${id}"${attributes}>${inner}</h${level}>`;
  });
  return { html: out, anchors };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The site page's "On this page" list, made again from every anchored heading of its article. */
export function withPageContents(page: string): string {
  const start = page.indexOf('<article');
  const end = page.indexOf('</article>', start);
  if (start < 0 || end < 0) return page;
  const { html: article, anchors } = anchorHeadings(page.slice(start, end));
  const items = anchors
    .filter((a) => !a.id.startsWith('warnings-'))
    .map((a) => `<li class="toc-depth-${a.depth}"><a href="#${a.id}">${escapeHtml(a.text)}</a></li>`)
    .join('\n    ');
  const toc = /<nav class="toc"[^>]*>[\s\S]*?<\/nav>/;
  const filled = items
    ? article.replace(toc, (nav) => nav.replace(/<ul>[\s\S]*<\/ul>/, `<ul>\n    ${items}\n  </ul>`))
    : article.replace(toc, '');
  return page.slice(0, start) + filled + page.slice(end);
}

/** The text in a contents entry's page-number slot before the page numbers are known (two passes: see browser/). */
export const PAGE_PLACEHOLDER = '';

/**
 * A print document's chapters (`<section class="chapter" id=…>`) with their headings anchored (ids prefixed by
 * the chapter's, so two chapters' "Overview" stay apart), and its contents made again from them: each chapter and
 * its h2s, to level 2, each entry with a slot for its page number (`data-page-of` names the id it points at).
 */
export function withDocumentContents(doc: string): string {
  const starts = [...doc.matchAll(/<section class="chapter[^"]*" id="([^"]+)"/g)];
  if (starts.length === 0) return doc;
  const taken = new Set<string>();
  for (const m of doc.matchAll(/\sid="([^"]+)"/g)) taken.add(m[1]!);
  const chapters: { id: string; title: string; anchors: Anchor[] }[] = [];
  let out = doc.slice(0, starts[0]!.index);
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : doc.indexOf('</main>', m.index);
    const chunk = doc.slice(m.index, end < 0 ? undefined : end);
    const { html, anchors } = anchorHeadings(chunk, `${m[1]}--`, taken);
    const title = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(chunk)?.[1] ?? '');
    chapters.push({ id: m[1]!, title, anchors: anchors.filter((a) => a.depth === 2 && !a.id.includes('warnings-')) });
    out += html;
  });
  const lastEnd = doc.indexOf('</main>', starts.at(-1)!.index);
  if (lastEnd >= 0) out += doc.slice(lastEnd);
  const entry = (id: string, text: string) =>
    `<a href="#${id}"><span class="toc-title">${escapeHtml(text)}</span><span class="toc-page" data-page-of="${id}">${PAGE_PLACEHOLDER}</span></a>`;
  const list = chapters
    .map((c) => {
      const subs = c.anchors.map((a) => `<li class="toc-depth-2">${entry(a.id, a.text)}</li>`).join('');
      return `<li>${entry(c.id, c.title)}${subs ? `<ul>${subs}</ul>` : ''}</li>`;
    })
    .join('\n  ');
  return out.replace(/(<nav class="contents"[^>]*>[\s\S]*?)<ol>[\s\S]*?<\/ol>\s*<\/nav>/, (_m, head: string) => `${head}<ol>\n  ${list}\n  </ol>\n</nav>`);
}
