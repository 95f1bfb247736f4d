import type { Image, Link, Root as MdRoot, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { addMessage, readmeUrl } from '../core/diagnostics/index.ts';

/**
 * Links and images the site must not point at: paths that leave the plan folder (`../secret.md`,
 * `/etc/passwd`, `file:`), which would publish a guess at the author's disk layout or pull in a file that is not
 * part of the plan, are reported and replaced by their text. Remote images stay in the site but are reported:
 * the build is offline, so the PDF cannot show them, and every reader's browser would fetch them from that host.
 */
export function checkLinks(tree: MdRoot, file: VFile): void {
  visit(tree, ['link', 'image'], (node, index, parent) => {
    const target = node as Link | Image;
    const kind = target.type === 'image' ? 'image' : 'link';
    if (leavesPlanFolder(target.url)) {
      addMessage(file, `${kind} \`${target.url}\` points outside the plan folder; it was left out of the site`, target.position, {
        severity: 'warning',
        ruleId: 'outside-plan-folder',
        source: 'parse',
        url: readmeUrl('safety'),
        hint: 'a plan may only refer to files inside its own folder, or to web addresses',
      });
      if (parent && index !== undefined) {
        const text: Text = { type: 'text', value: target.type === 'image' ? (target.alt ?? '') : textOf(target) };
        parent.children.splice(index, 1, text as never);
      }
      return;
    }
    if (target.type === 'image' && /^(https?:)?\/\//i.test(target.url)) {
      addMessage(
        file,
        `remote image \`${target.url}\` is not downloaded: the PDF shows it as missing and the site loads it from that server`,
        target.position,
        { severity: 'warning', ruleId: 'remote-image', source: 'parse', url: readmeUrl('safety') },
      );
    }
  });
}

/** True for a path that resolves outside the folder the plan's files sit in (they are all at its top level). */
export function leavesPlanFolder(url: string): boolean {
  const trimmed = url.trim();
  if (/^file:/i.test(trimmed)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('#')) return false;
  const path = decodeSafely(trimmed.split(/[?#]/)[0] ?? '').replace(/\\/g, '/');
  if (path.startsWith('/')) return true;
  let depth = 0;
  for (const part of path.split('/')) {
    if (part === '..') depth -= 1;
    else if (part !== '.' && part !== '') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function textOf(node: Link): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}
