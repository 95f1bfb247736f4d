/**
 * Every section a plan has, in reading order; each is one Markdown file whose frontmatter says `section: <key>`.
 * The parser needs the names before any schema is loaded, so they live here; validate/schema checks it has one
 * schema per key.
 */
export const SECTION_KEYS = ['plan', 'mission', 'goals', 'team', 'customers', 'process', 'action_plan', 'metrics'] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];
