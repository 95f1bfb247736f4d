import type { ParsedSection } from '../parse/index.ts';
import { proseToHtml, type HtmlPolicy, type RenderedProse } from '../render/index.ts';
import type { ParseCache } from './cache/parse-cache.ts';

/**
 * A section's prose as HTML under `policy`, made at render time from the file's one parsed tree, once per
 * section and build; a file the parse cache keeps gets its HTML from there, or keeps what was made.
 */
export function proseRenderer(policy: HtmlPolicy, cache?: ParseCache): (section: ParsedSection) => RenderedProse {
  const made = new WeakMap<ParsedSection, RenderedProse>();
  return (section) => {
    const known = made.get(section) ?? cache?.html(section.file, policy);
    if (known) {
      made.set(section, known);
      return known;
    }
    const fresh = proseToHtml(section.prose, policy, section.file);
    cache?.putHtml(section.file, policy, fresh);
    made.set(section, fresh);
    return fresh;
  };
}
