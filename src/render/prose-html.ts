import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { proseTables } from './prose-tables.ts';
import { repairSanitized } from './repair-sanitized.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';
import type { Heading } from './types.ts';

/**
 * How raw HTML in the prose is treated. `sanitized` (the default): raw HTML is parsed (rehype-raw) and cleaned
 * with SANITIZE_SCHEMA, so harmless markup such as <details>, <kbd> or <br> stays and scripts, event handlers and
 * javascript: URLs go; what that leaves invalid (an <img> whose src went) is then repaired (repair-sanitized.ts). `trusted`: the plan opted in (`trusted_html: true` or --trusted-html) and raw HTML passes
 * as written. Decided after validation, from the validated plan section or the flag.
 */
export type HtmlPolicy = 'sanitized' | 'trusted';

/** A section's prose as the page shows it: HTML with author diagram placeholders, and its h2/h3 headings. */
export interface RenderedProse {
  html: string;
  headings: Heading[];
}

/**
 * mdast → hast → (sanitize) → HTML, one frozen processor per policy. Sanitizing runs before rehype-slug, so
 * heading ids are ours, and ids written in raw HTML get the `user-content-` prefix.
 */
const toHtml: Record<HtmlPolicy, ReturnType<typeof sanitizedProcessor>> = {
  sanitized: sanitizedProcessor(),
  trusted: trustedProcessor(),
};

function sanitizedProcessor() {
  return unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(repairSanitized)
    .use(proseTables)
    .use(rehypeSlug)
    .use(rehypeStringify)
    .freeze();
}

function trustedProcessor() {
  return unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(proseTables)
    .use(rehypeSlug)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
}

/** The HTML of a parsed prose tree under `policy`. The tree is not changed, so one tree serves both policies. */
export function proseToHtml(tree: MdRoot, policy: HtmlPolicy, file?: VFile): RenderedProse {
  const processor = toHtml[policy];
  const hast = processor.runSync(tree, file) as HastRoot;
  return { html: processor.stringify(hast, file), headings: collectHeadings(hast) };
}

/** Headings of depth 2 and 3 with the ids rehype-slug gave them. */
function collectHeadings(tree: HastRoot): Heading[] {
  const headings: Heading[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : 0;
    const id = node.properties.id;
    if (depth > 0) headings.push({ depth, text: hastText(node).trim(), id: typeof id === 'string' ? id : '' });
  });
  return headings;
}

function hastText(node: Element | HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(hastText).join('') : '';
}
