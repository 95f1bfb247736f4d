import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';

/**
 * Author tables (Markdown or raw HTML) laid out like the generated ones: each goes in a scroll box a keyboard can
 * reach (named after the heading above it, else its first column), so a wide table scrolls inside it instead of
 * breaking its words; and a table with a header row and three columns or more gets each body cell's column name
 * (data-label), so a phone can show it as one card per row (site.css, `table.stack`). Runs after sanitizing: the
 * attributes are salesplan's, not the author's.
 */
export function proseTables() {
  return (tree: HastRoot) => {
    wrapTables(tree, { heading: '' });
  };
}

const HEADING = /^h[1-6]$/;

function wrapTables(parent: HastRoot | Element, last: { heading: string }): void {
  parent.children = parent.children.map((child): ElementContent => {
    if (child.type !== 'element') return child as ElementContent;
    if (HEADING.test(child.tagName)) last.heading = textOf(child).trim();
    if (child.tagName !== 'table') {
      wrapTables(child, last);
      return child;
    }
    const columns = labelCells(child);
    const className = ['data', ...(columns.length >= 3 ? ['stack'] : [])];
    child.properties.className = [...asList(child.properties.className), ...className];
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: last.heading || columns[0] || 'Table' },
      children: [child],
    };
  });
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

const rowsOf = (section: Element | undefined): Element[] =>
  (section?.children ?? []).filter((c): c is Element => c.type === 'element' && c.tagName === 'tr');
const cellsOf = (row: Element): Element[] =>
  row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** Gives each body cell the name of its column (from the first header row; Markdown tables have no spans) and returns the names. */
function labelCells(table: Element): string[] {
  const sections = table.children.filter((c): c is Element => c.type === 'element');
  const head = sections.find((s) => s.tagName === 'thead');
  const headerRow = rowsOf(head)[0];
  if (!headerRow) return [];
  const names = cellsOf(headerRow).map((cell) => textOf(cell).trim());
  for (const body of sections.filter((s) => s.tagName === 'tbody')) {
    for (const row of rowsOf(body)) {
      cellsOf(row).forEach((cell, index) => {
        const name = names[index];
        if (index === 0) cell.properties.className = [...asList(cell.properties.className), 'row-title'];
        else if (name) cell.properties.dataLabel = name;
      });
    }
  }
  return names;
}

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(toString).join('') : '';
}
