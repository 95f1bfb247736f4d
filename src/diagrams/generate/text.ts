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
  let open = true;
  return oneLine(text)
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, () => {
      open = !open;
      return open ? '\u201D' : '\u201C';
    })
    .replace(/`/g, '\u02CB')
    .replace(/#(?=\w+;)/g, '#\u2060')
    .replace(/%(?=%)/g, '%\u2060');
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
