import { dirname, join } from 'node:path';
import { messageAt, readmeUrl } from '../core/diagnostics/index.ts';
import { hasYamlErrors } from '../parse/index.ts';
import type { ParsedSection } from '../parse/index.ts';
import { checkReservedKeys } from './reserved-keys.ts';
import { SECTION_KEYS, sectionSchemas, type PlanFacts, type SectionKey } from './schema/index.ts';
import { PAGE_SECTION } from './schema/page.ts';
import { guessName, listNames } from '../core/suggest.ts';
import { friendlyErrors } from './zod-error-map.ts';
import { describeIssues } from './zod-messages.ts';

/**
 * Which file holds which section. Reports unknown section names, a section claimed twice (on the
 * second file), and missing sections (on the `plan` file, else the first file).
 */
export function assignSections(sections: readonly ParsedSection[]): Map<SectionKey, ParsedSection> {
  const files = new Map<SectionKey, ParsedSection>();
  let unassigned = false;
  for (const section of sections) {
    const name = section.data?.section;
    if (name === undefined) {
      // Already reported by the parser (no frontmatter, no `section`, bad YAML or unreadable).
      unassigned = true;
      continue;
    }
    // Extra prose pages are many per plan and validated on their own (see pages.ts).
    if (name === PAGE_SECTION) continue;
    const known = typeof name === 'string' && Object.hasOwn(sectionSchemas, name);
    if (!known && hasYamlErrors(section.file)) {
      // Broken YAML yields odd values; its syntax error is the message that helps.
      unassigned = true;
      continue;
    }
    if (!known) {
      const { text, expected, actual } = guessName(String(name), SECTION_KEYS);
      messageAt(section, ['section'], `unknown section \`${String(name)}\`${text}`, {
        ruleId: 'unknown-section',
        hint: `sections: ${listNames(SECTION_KEYS)}`,
        url: readmeUrl('the-plan-format'),
        expected,
        actual,
      });
      unassigned = true;
      continue;
    }
    const key = name as SectionKey;
    const first = files.get(key);
    if (first) {
      messageAt(section, ['section'], `section \`${key}\` is already in ${first.file.path}`, {
        ruleId: 'duplicate-section',
        hint: 'a plan has one file per section: merge the two files or change `section:` in one of them',
        cause: { place: first.yaml.nearest(['section']), file: first.file.path },
      });
      continue;
    }
    files.set(key, section);
  }
  // A file whose section could not be read may be the missing one: fix that first.
  if (!unassigned) reportMissing(sections, files);
  return files;
}

function reportMissing(sections: readonly ParsedSection[], files: ReadonlyMap<SectionKey, ParsedSection>): void {
  const host = files.get('plan') ?? sections[0];
  if (!host) return;
  const folder = dirname(host.file.path ?? 'content/x.md');
  for (const key of SECTION_KEYS) {
    if (files.has(key)) continue;
    const number = String(SECTION_KEYS.indexOf(key) + 1).padStart(2, '0');
    const suggested = join(folder, `${number}-${key.replace(/_/g, '-')}.md`);
    messageAt(host, ['section'], `the plan has no \`${key}\` section; add a file such as ${suggested} with \`section: ${key}\``, {
      ruleId: 'missing-section',
      hint: `a plan has these sections: ${listNames(SECTION_KEYS)}`,
    });
  }
}

/** Runs each section's schema; facts of the sections that pass, schema problems placed on their values. */
export function validateSections(files: ReadonlyMap<SectionKey, ParsedSection>): Partial<PlanFacts> {
  const facts: Partial<Record<SectionKey, unknown>> = {};
  for (const [key, section] of files) {
    if (hasYamlErrors(section.file)) continue;
    checkReservedKeys(section);
    const schema = sectionSchemas[key];
    const result = schema.safeParse(section.data, { reportInput: true, error: friendlyErrors });
    if (result.success) {
      facts[key] = result.data;
      continue;
    }
    const hasKey = (path: (string | number)[]) => section.yaml.key(path) !== undefined;
    for (const finding of describeIssues(result.error.issues, { schema, hasKey })) {
      messageAt(section, finding.path, finding.reason, { ...finding.options, at: finding.at });
    }
  }
  return facts as Partial<PlanFacts>;
}
