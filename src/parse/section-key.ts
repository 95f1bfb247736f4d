import type { VFile } from 'vfile';
import { addMessage } from '../core/diagnostics/message.ts';
import { SECTION_KEYS } from '../core/sections.ts';
import { suggest } from '../core/suggest.ts';
import type { ParsedSection } from './types.ts';

/** Reports a file without frontmatter, or whose frontmatter has no `section` key, with the line to add. */
export function checkSectionKey(section: ParsedSection, hasFrontmatter: boolean): void {
  const example = `section: ${guessSection(section.file)}`;
  const keys = `one of: ${SECTION_KEYS.join(', ')}`;
  if (!hasFrontmatter) {
    const text = String(section.file.value ?? '');
    const start = `start the file with a \`---\` line, \`${example}\` and another \`---\``;
    // An opening fence without its closing one is not frontmatter to the parser, but the author meant it as such.
    const reason =
      text.trim() === '' ? `the file is empty; ${start}`
      : /^---[ \t]*\r?\n/.test(text) ? 'the frontmatter is never closed; add a `---` line after its last field'
      : `no frontmatter; ${start}`;
    addMessage(section.file, reason, section.yaml.nearest([]), {
      ruleId: 'missing-frontmatter',
      source: 'parse',
      hint: `the section is ${keys}`,
    });
    return;
  }
  if (section.data && !('section' in section.data)) {
    addMessage(section.file, `the frontmatter has no \`section\`; add \`${example}\` (${keys})`, section.yaml.nearest([]), {
      ruleId: 'missing-section-key',
      source: 'parse',
    });
  }
}

/** `02-action-plan.md` → `action_plan`; a name that matches no section gives `goals` as the example. */
function guessSection(file: VFile): string {
  const stem = (file.stem ?? '').replace(/^[\d\s._-]+/, '').replace(/-/g, '_').toLowerCase();
  return suggest(stem, SECTION_KEYS) ?? (SECTION_KEYS.find((key) => key === stem) ?? 'goals');
}
