import { z } from 'zod';
import { SECTION_KEYS } from './index.ts';
import { name } from './values.ts';

/** The `section:` value of an extra prose page: any number of files may carry it, unlike the sections. */
export const PAGE_SECTION = 'page';

/**
 * An extra prose page: its own page in the site, listed in the nav under its parent section (or at the
 * end when it has none), and printed in the handbook right after that parent.
 */
export const pageSection = z.strictObject({
  section: z.literal(PAGE_SECTION),
  title: name,
  parent: z.enum(SECTION_KEYS, { error: `must be one of: ${SECTION_KEYS.join(', ')}` }).optional(),
});

export type PageFacts = z.output<typeof pageSection>;
