import type { ParsedSection } from '../parse/index.ts';
import { hasYamlErrors } from '../parse/index.ts';
import { messageAt } from '../core/diagnostics/message.ts';
import { PAGE_SECTION, pageSection, type PageFacts } from './schema/page.ts';
import { friendlyErrors } from './zod-error-map.ts';
import { describeIssues } from './zod-messages.ts';

export interface ValidPage {
  parsed: ParsedSection;
  facts: PageFacts;
}

export function isPageFile(section: ParsedSection): boolean {
  return section.data?.section === PAGE_SECTION;
}

/** Validates every `section: page` file against its schema; problems are placed on their values. */
export function validatePages(sections: readonly ParsedSection[]): ValidPage[] {
  const pages: ValidPage[] = [];
  for (const section of sections) {
    if (!isPageFile(section) || hasYamlErrors(section.file)) continue;
    const result = pageSection.safeParse(section.data, { reportInput: true, error: friendlyErrors });
    if (result.success) {
      pages.push({ parsed: section, facts: result.data });
      continue;
    }
    const hasKey = (path: (string | number)[]) => section.yaml.key(path) !== undefined;
    for (const finding of describeIssues(result.error.issues, { schema: pageSection, hasKey })) {
      messageAt(section, finding.path, finding.reason, { ...finding.options, at: finding.at });
    }
  }
  return pages;
}
