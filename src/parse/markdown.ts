import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Code, Heading as MdHeading, Paragraph, PhrasingContent, Root as MdRoot, Yaml } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';
import type { AuthorDiagram, Heading } from './types.ts';

/**
 * One frozen processor for every file: building it per file is what makes parsing a thousand files slow.
 * Raw HTML in the Markdown is parsed (rehype-raw) and then sanitized with SANITIZE_SCHEMA: harmless markup such
 * as <details>, <kbd> or <br> stays, scripts, event handlers and javascript: URLs go. Sanitizing runs before
 * rehype-slug, so heading ids are ours, and ids written in raw HTML get the `user-content-` prefix.
 */
export const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeSlug)
  .use(rehypeStringify)
  .freeze();

/** For a plan that opted in to trusted HTML (`trusted_html: true` or --trusted-html): raw HTML passes as written. */
export const trustedProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSlug)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

export function frontmatterNode(tree: MdRoot): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first : undefined;
}

/** Removes the first top-level `# Title` from the tree and returns its text. */
export function takeTitle(tree: MdRoot): string | undefined {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (index < 0) return undefined;
  const [heading] = tree.children.splice(index, 1) as [MdHeading];
  return phrasingText(heading.children).trim();
}

/**
 * Replaces each ```mermaid block by an empty paragraph that remark-rehype turns into the placeholder
 * element (`data.hName`), so the HTML holds exactly `diagramPlaceholder(id)`.
 */
export function takeDiagrams(tree: MdRoot, stem: string): AuthorDiagram[] {
  const diagrams: AuthorDiagram[] = [];
  visit(tree, 'code', (node: Code, index, parent) => {
    if (node.lang !== 'mermaid' || !parent || index === undefined || !node.position) return;
    const id = `${stem}-${diagrams.length + 1}`;
    diagrams.push({ id, source: node.value, position: node.position });
    const placeholder: Paragraph = {
      type: 'paragraph',
      children: [],
      data: { hName: 'figure', hProperties: { className: ['diagram'], dataDiagramId: id } },
    };
    parent.children.splice(index, 1, placeholder);
  });
  return diagrams;
}

/** Headings of depth 2 and 3 with the ids rehype-slug gave them. */
export function collectHeadings(tree: HastRoot): Heading[] {
  const headings: Heading[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : 0;
    const id = node.properties.id;
    if (depth > 0) headings.push({ depth, text: hastText(node).trim(), id: typeof id === 'string' ? id : '' });
  });
  return headings;
}

function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'html') return '';
      return 'value' in node ? node.value : 'children' in node ? phrasingText(node.children) : '';
    })
    .join('');
}

function hastText(node: Element | HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(hastText).join('') : '';
}
