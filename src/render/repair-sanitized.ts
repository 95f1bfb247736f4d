import type { Element, ElementContent, Root as HastRoot } from 'hast';

/**
 * What sanitising leaves behind that is no longer valid HTML, made valid: rehype-sanitize drops an attribute it
 * does not allow (a `javascript:` or `data:` src) but keeps the element, and drops a disallowed element (`<video>`)
 * but keeps its children. So, after it:
 * - an `<img>` without `src` is replaced by its alt text (nothing when it has none): an image with no source
 *   shows nothing anyway, and the checker rejects it;
 * - a `<source>` outside a `<picture>`, or without `srcset`, is removed (it only means something there);
 * - a `<picture>` left without an `<img>` is replaced by what it still holds.
 */
export function repairSanitized() {
  return (tree: HastRoot) => {
    repairChildren(tree);
  };
}

function repairChildren(parent: HastRoot | Element): void {
  const out: HastRoot['children'] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    repairChildren(child);
    out.push(...repaired(child, parent));
  }
  // Only elements were replaced, by element content: an element's children stay element content.
  parent.children = out as ElementContent[];
}

function repaired(node: Element, parent: HastRoot | Element): ElementContent[] {
  if (node.tagName === 'img' && typeof node.properties.src !== 'string') {
    const alt = node.properties.alt;
    return typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
  }
  if (node.tagName === 'source') {
    const inPicture = parent.type === 'element' && parent.tagName === 'picture';
    return inPicture && typeof node.properties.srcSet === 'string' && node.properties.srcSet !== '' ? [node] : [];
  }
  if (node.tagName === 'picture' && !node.children.some((c) => c.type === 'element' && c.tagName === 'img')) {
    return node.children.filter((c) => !(c.type === 'element' && c.tagName === 'source'));
  }
  return [node];
}
