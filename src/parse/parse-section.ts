import type { VFile } from 'vfile';
import { addMessage } from '../core/diagnostics/message.ts';
import { TEXT_LIMITS } from '../core/limits.ts';
import { isUnreadable, markYamlErrors } from './file-flags.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';
import { frontmatterNode, markdownParser, takeDiagrams, takeTitle } from './markdown.ts';
import { checkLinks } from './outside-links.ts';
import { checkLocalImages } from './local-images.ts';
import { checkRawHtmlResources } from './raw-html.ts';
import { LIMITS_URL } from './yaml-errors.ts';
import { checkSectionKey } from './section-key.ts';
import type { ParsedSection } from './types.ts';
import { emptyYamlIndex } from './yaml-index.ts';

/**
 * Parses one plan file, once and synchronously: frontmatter facts with their positions, and the prose as a
 * Markdown tree with the first `# Title` taken out and ```mermaid blocks replaced by placeholders. Whether its
 * raw HTML is trusted is not known yet (that is the validated plan's say), so no HTML is made here.
 * Problems are messages on `file`; nothing throws for bad input.
 */
export function parseSection(file: VFile): ParsedSection {
  const text = String(file.value ?? '');
  // A BOM would shift every offset by one and hide the frontmatter fence.
  if (text.startsWith('\uFEFF')) file.value = text.slice(1);
  const source = String(file.value);

  const empty: ParsedSection = { file, data: undefined, yaml: emptyYamlIndex(), prose: { type: 'root', children: [] }, diagrams: [] };
  if (isUnreadable(file)) return empty;

  const tree = markdownParser.parse(file);
  const fence = frontmatterNode(tree);
  // The facts are in `data` now; the prose tree keeps the prose only.
  if (fence) tree.children.shift();
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

  const heading = takeTitle(tree);
  const title = heading?.text;
  if (heading && [...heading.text].length > TEXT_LIMITS.name) {
    const length = [...heading.text].length.toLocaleString('en-US');
    addMessage(file, `the page title (the first # heading) is ${length} characters long; the limit for a title is ${TEXT_LIMITS.name}`, heading.position, {
      ruleId: 'text-too-long',
      source: 'parse',
      url: LIMITS_URL,
      hint: 'shorten the heading: it shows in every page header and the PDF bookmarks; move the rest into the text below it',
    });
  }
  const diagrams = takeDiagrams(tree, file.stem ?? 'diagram');
  checkLinks(tree, file);
  checkLocalImages(tree, file);
  checkRawHtmlResources(tree, file);
  return { ...section, prose: tree, ...(title === undefined ? {} : { title }), diagrams };
}
