import type { Code, Heading as MdHeading, Paragraph, PhrasingContent, Root as MdRoot, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { AuthorDiagram } from './types.ts';

/**
 * One frozen parser for every file (building it per file is what makes parsing a thousand files slow). It only
 * parses: the tree it gives is all a file's prose ever is, and HTML is made from it at render time, once
 * validation has said whether raw HTML is trusted (src/render/prose-html.ts).
 */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function frontmatterNode(tree: MdRoot): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first : undefined;
}

/** Removes the first top-level `# Title` from the tree and returns its text and where it was. */
export function takeTitle(tree: MdRoot): { text: string; position: MdHeading['position'] } | undefined {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (index < 0) return undefined;
  const [heading] = tree.children.splice(index, 1) as [MdHeading];
  return { text: phrasingText(heading.children).trim(), position: heading.position };
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

function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'html') return '';
      return 'value' in node ? node.value : 'children' in node ? phrasingText(node.children) : '';
    })
    .join('');
}
