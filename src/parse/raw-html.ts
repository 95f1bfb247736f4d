import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addMessage, readmeUrl } from '../core/diagnostics/index.ts';

/**
 * Raw HTML in the prose that loads something from another server (`<img src="https://…">`, a `srcset`
 * candidate, `<video poster>`, `<source>`, `<audio>`, `<iframe>`): the same warning a Markdown image
 * `![](https://…)` gets, at the element. The HTML is read as the browser will read it (rehype-raw, the parser the
 * render step uses), so quoting tricks and attributes spread over lines are seen for what they are. Whether the
 * sanitiser later keeps the element or not, the author meant the page to load it, which the offline build cannot.
 */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();

/** Attributes that make the browser fetch a resource when the page loads. */
const FETCHING = ['src', 'srcSet', 'poster', 'data'] as const;

const REMOTE = /^\s*(https?:)?\/\//i;

export function checkRawHtmlResources(tree: MdRoot, file: VFile): void {
  if (!tree.children.some(hasHtml)) return;
  // mdast-util-to-hast builds a new tree: the prose tree itself is left as parsed.
  const hast = toHast.runSync(tree as never, file) as HastRoot;
  visit(hast, 'element', (node: Element, _index, parent) => {
    for (const attribute of FETCHING) {
      const value = node.properties[attribute];
      if (typeof value !== 'string') continue;
      const urls = attribute === 'srcSet' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls.filter((u) => REMOTE.test(u))) {
        const kind = kindOf(node, attribute, parent?.type === 'element' ? parent.tagName : undefined);
        const image = kind === 'image';
        addMessage(file, `remote ${kind} \`${url}\` is not downloaded: the PDF shows it as missing and the site loads it from that server`, node.position, {
          severity: 'warning',
          ruleId: image ? 'remote-image' : 'remote-resource',
          source: 'parse',
          url: readmeUrl('safety'),
        });
      }
    }
  });
}

function hasHtml(node: MdRoot['children'][number]): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && (node.children as MdRoot['children']).some(hasHtml);
}

/** The URLs of a srcset: comma-separated candidates, each a URL and an optional width or density. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+(?:\s|$))/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** What the reader's browser would fetch, in words: an image, or the media element it is for. */
function kindOf(node: Element, attribute: (typeof FETCHING)[number], parentTag: string | undefined): string {
  if (node.tagName === 'img' || node.tagName === 'input' || attribute === 'poster' || attribute === 'srcSet') return 'image';
  if (node.tagName === 'source' || node.tagName === 'track') return parentTag === 'picture' ? 'image' : (parentTag ?? 'media');
  return node.tagName;
}
