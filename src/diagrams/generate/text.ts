/*
 * Mermaid 11 decodes its own entity codes (#quot;) in SVG text labels only on some paths (a flowchart label
 * with a line break, gantt task names) and shows them raw on others (a one-line flowchart label). So each
 * kind of text gets the escaping that displays right on its path; test/diagrams checks what actually renders.
 */

/**
 * Plan text made safe inside a quoted flowchart label `["..."]`. Inside the quotes only a few things are syntax:
 * the quote itself (becomes a typographic one), markup (`<`, `>`, `&` as HTML entities, which every label path
 * decodes), what looks like an entity code (`#x;`, kept apart by an invisible word joiner), a label
 * wrapped in backticks (a markdown string), and `%%`: mermaid reads a `%%{init: …}%%` directive anywhere in the
 * source, inside a quoted label too, and a directive would reconfigure the whole diagram (its theme, its
 * security level's neighbours), so every `%%` is kept apart by a word joiner as well. Brackets, colons,
 * semicolons, `:::` and `click` show as written: inside the quotes they are text. A no-break space (which
 * sv-SE writes before `%` and `kr`) becomes a plain one: mermaid turns it into the text `&nbsp;`, shown raw.
 */
export function escapeLabel(text: string): string {
  return curlQuotes(oneLine(text))
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, '\u02CB')
    .replace(/#(?=\w+;)/g, '#\u2060')
    .replace(/%(?=%)/g, '%\u2060');
}

/** Straight quotes as typographic ones, opening and closing in turn: a straight one would close the label. */
function curlQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    open = !open;
    return open ? '\u201D' : '\u201C';
  });
}

/** Mermaid's entity codes, which gantt task and section names decode: nothing there can split the line. */
const GANTT_ENTITIES: Record<string, string> = {
  '#': '#35;',
  ':': '#58;',
  ';': '#59;',
  '"': '#quot;',
  '%': '#37;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
};

export function escapeGanttText(text: string): string {
  return oneLine(text).replace(/[#:;"%<>&]/g, (c) => GANTT_ENTITIES[c] ?? c);
}

/** Line breaks and runs of spaces become one space; no-break spaces stay (Intl writes `80,0 %` with one). */
function oneLine(text: string): string {
  return text.replace(/[^\S\u00A0\u202F]+/g, ' ').trim();
}

/** Lines of a node label: each escaped, joined with mermaid's line break. */
export function labelLines(...lines: (string | undefined)[]): string {
  return lines
    .filter((line): line is string => !!line)
    .map(escapeLabel)
    .join('<br/>');
}

/**
 * Plan text broken into rows of at most `width` characters, at spaces (a longer word keeps a row of its own; a
 * no-break space, as in `12 800` or `80 %`, holds). The generator wraps rather than mermaid: mermaid breaks a word
 * wider than its wrapping width anywhere, inside an escaped `&gt;` too, and then shows the halves raw.
 */
export function wrapRows(text: string, width: number): string[] {
  const rows: string[] = [];
  // Quotes paired before the split, so a quotation wrapped over two rows still opens and closes.
  for (const word of curlQuotes(oneLine(text)).split(' ')) {
    const last = rows[rows.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) rows[rows.length - 1] = `${last} ${word}`;
    else rows.push(word);
  }
  return rows;
}
