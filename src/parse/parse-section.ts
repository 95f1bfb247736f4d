import type { VFile } from 'vfile';
import { isUnreadable, markYamlErrors } from './file-flags.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';
import { collectHeadings, frontmatterNode, processor, takeDiagrams, takeTitle, trustedProcessor } from './markdown.ts';
import { checkLinks } from './outside-links.ts';
import { checkSectionKey } from './section-key.ts';
import type { ParsedSection } from './types.ts';
import { emptyYamlIndex } from './yaml-index.ts';

/**
 * Parses one plan file (synchronously): frontmatter facts with their positions, and the prose as HTML
 * with the first `# Title` taken out and ```mermaid blocks replaced by placeholders.
 * Problems are messages on `file`; nothing throws for bad input.
 */
export function parseSection(file: VFile, options: { trustedHtml?: boolean | undefined } = {}): ParsedSection {
  const text = String(file.value ?? '');
  // A BOM would shift every offset by one and hide the frontmatter fence.
  if (text.startsWith('\uFEFF')) file.value = text.slice(1);
  const source = String(file.value);

  const empty: ParsedSection = { file, data: undefined, yaml: emptyYamlIndex(), html: '', headings: [], diagrams: [] };
  if (isUnreadable(file)) return empty;

  const tree = processor.parse(file);
  const fence = frontmatterNode(tree);
  let section: ParsedSection = empty;
  if (fence?.position) {
    const textOffset = source.indexOf('\n', fence.position.start.offset ?? 0) + 1;
    const frontmatter = parseFrontmatterYaml(file, fence.value, fence.position, textOffset);
    section = { ...empty, data: frontmatter.data, yaml: frontmatter.yaml };
    if (frontmatter.ok) checkSectionKey(section, true);
    else markYamlErrors(file);
  } else {
    checkSectionKey(section, false);
  }

  const title = takeTitle(tree);
  const diagrams = takeDiagrams(tree, file.stem ?? 'diagram');
  checkLinks(tree, file);
  const prose = options.trustedHtml ? trustedProcessor : processor;
  const hast = prose.runSync(tree, file);
  const html = prose.stringify(hast, file);
  return { ...section, html, ...(title === undefined ? {} : { title }), headings: collectHeadings(hast), diagrams };
}
