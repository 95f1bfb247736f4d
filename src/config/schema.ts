import { z } from 'zod';
import { LENGTH_PATTERN, PAPER_SIZES, type Length, type PaperSetting } from '../core/paper.ts';
import { MERMAID_THEMES } from '../core/choices.ts';

export { MERMAID_THEMES };

const length = z
  .string({ error: 'must be a length such as 18mm, 1.5cm or 0.75in' })
  .regex(LENGTH_PATTERN, { error: 'must be a length such as 18mm, 1.5cm or 0.75in' })
  .transform((text) => text as Length);

/**
 * `salesplan.config.json`: project settings that would otherwise be repeated as flags. Paths are relative to
 * the folder the config file is in. Every key is optional; defaults < this file < command-line flags.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The plan folder. */
  plan: z.string({ error: 'must be a folder path' }).min(1).describe('The plan folder (default content).').optional(),
  /** The output folder, replaced whole when a build succeeds. */
  out: z.string({ error: 'must be a folder path' }).min(1).describe('The output folder (default output).').optional(),
  cacheDir: z.string({ error: 'must be a folder path' }).min(1).describe('Where rendered diagrams are cached (default .salesplan-cache).').optional(),
  formats: z
    .strictObject({
      site: z.boolean({ error: 'must be true or false' }).optional(),
      pdf: z.boolean({ error: 'must be true or false' }).optional(),
      roleHandbooks: z.boolean({ error: 'must be true or false' }).optional(),
      numbers: z.boolean({ error: 'must be true or false' }).optional(),
    })
    .describe('What a build writes: the HTML site, the PDF handbook, one PDF handbook per role, numbers.json and .csv.')
    .optional(),
  paper: z
    .strictObject({
      size: z.enum(PAPER_SIZES, { error: `must be one of ${PAPER_SIZES.join(', ')}` }).optional(),
      margin: z
        .strictObject({ top: length.optional(), right: length.optional(), bottom: length.optional(), left: length.optional() })
        .describe('Page margins; each side a length such as 18mm, 1.5cm or 0.75in.')
        .optional(),
    })
    .describe(`The PDFs' paper: size (${PAPER_SIZES.join(' or ')}; default Letter for a plan whose locale is in the US, Canada, Mexico and the other Letter countries, A4 otherwise) and margins.`)
    .optional(),
  theme: z.enum(MERMAID_THEMES, { error: `must be one of ${MERMAID_THEMES.join(', ')}` }).describe('The mermaid theme of the diagrams.').optional(),
  drafts: z
    .boolean({ error: 'must be true or false' })
    .describe("Show the plan's warnings in the site's pages and the PDFs, for its authors (default false: only check, build and dev print them).")
    .optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://plans.example.com/q4/' })
    .describe('Where the site is published; pages then carry canonical links.')
    .optional(),
});

export type ConfigFile = z.output<typeof configSchema>;

/** The settings a build runs with, after defaults, the config file and the flags. */
export interface ResolvedConfig {
  plan: string;
  out: string;
  cacheDir: string;
  site: boolean;
  pdf: boolean;
  roleHandbooks: boolean;
  numbers: boolean;
  theme: (typeof MERMAID_THEMES)[number];
  /** The plan's warnings in the pages and PDFs too (a draft for its authors); published copies carry none. */
  drafts: boolean;
  baseUrl?: string | undefined;
  /** The file's or flags' paper setting; what is left out comes from the plan (paperOf, at build time). */
  paper: PaperSetting;
  /** The config file used, relative to cwd, if any. */
  file?: string;
}

export const DEFAULTS: ResolvedConfig = {
  plan: 'content',
  out: 'output',
  cacheDir: '.salesplan-cache',
  site: true,
  pdf: true,
  roleHandbooks: true,
  numbers: true,
  theme: 'neutral',
  drafts: false,
  paper: {},
};
