import path from 'node:path';
import type { Image, Root as MdRoot, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { vetFileSync } from '../write/index.ts';
import { leavesPlanFolder } from './outside-links.ts';
import { reportRefused } from './refused-file.ts';

const SHOWS_LOCAL_FILES = 'salesplanShowsLocalFiles';

/**
 * Images by a path inside the plan folder (`![](logo.png)`) must be the plan's own regular files: one that is a
 * link to outside the plan folder, a FIFO, a device or a link to nothing gets a warning at its line and is left
 * out of the site (replaced by its alt text), like an image whose path leaves the folder. A missing file is
 * left as it is. The file is marked: whether its images may be shown depends on the disk, not on its text, so
 * the parse cache must not keep it.
 */
export function checkLocalImages(tree: MdRoot, file: VFile): void {
  if (!file.path) return;
  const folder = path.dirname(path.resolve(file.cwd, file.path));
  visit(tree, 'image', (node: Image, index, parent) => {
    const local = localPath(node.url);
    if (local === undefined) return;
    file.data[SHOWS_LOCAL_FILES] = true;
    const vetted = vetFileSync(path.join(folder, local), folder);
    if (vetted.ok || vetted.reason.kind === 'missing') return;
    reportRefused(file, vetted.reason, {
      subject: `image \`${node.url}\``,
      outcome: 'it was left out of the site',
      severity: 'warning',
      place: node.position,
    });
    if (parent && index !== undefined) {
      const text: Text = { type: 'text', value: node.alt ?? '' };
      parent.children.splice(index, 1, text as never);
    }
  });
}

export function showsLocalFiles(file: VFile): boolean {
  return file.data[SHOWS_LOCAL_FILES] === true;
}

/** The file a url names inside the plan folder, or undefined for a web address, an anchor or a path that leaves it. */
function localPath(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('#')) return undefined;
  if (leavesPlanFolder(trimmed)) return undefined;
  const bare = trimmed.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}
