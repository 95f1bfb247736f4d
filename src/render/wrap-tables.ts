import type { Element, ElementContent, Root } from 'hast';

/**
 * A rehype step: every author table goes into the scroll box the generated tables use (`.table-wrap`, a named,
 * focusable region), so a wide table scrolls inside the page with a shadow that shows it can, instead of
 * squeezing its words until they break. Its name is the heading above it, else its first header row.
 */
export function wrapTables() {
  return (tree: Root) => {
    let heading = '';
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child): typeof child => {
        if (child.type !== 'element') return child;
        if (/^h[1-6]$/.test(child.tagName)) heading = text(child).trim();
        if (child.tagName !== 'table') {
          walk(child);
          return child;
        }
        const head = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
        const label = heading || (head ? text(head).replace(/\s+/g, ' ').trim() : 'Table');
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-wrap', 'prose-table'], role: 'region', tabIndex: 0, ariaLabel: label },
          children: [child],
        };
      }) as typeof parent.children;
    };
    walk(tree);
  };
}

function text(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}
