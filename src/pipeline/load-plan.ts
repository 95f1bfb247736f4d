import type { VFile } from 'vfile';
import { hasErrors, messageAt } from '../core/diagnostics/index.ts';
import { computeModel } from '../model/index.ts';
import type { PlanModel } from '../model/index.ts';
import { parseSection } from '../parse/index.ts';
import { readPlan } from '../parse/index.ts';
import type { ParsedSection } from '../parse/index.ts';
import type { RenderInput } from '../render/index.ts';
import { validatePlan } from '../validate/index.ts';
import { validatePages, type ValidPage } from '../validate/index.ts';
import type { ParseCache } from './cache/parse-cache.ts';
import type { PlanFacts, SectionKey } from '../validate/index.ts';
import { sectionsByKey } from './sections.ts';
import type { Timings } from './types.ts';
import { stopwatch } from './stopwatch.ts';

export interface LoadedPlan {
  files: VFile[];
  parsed: ParsedSection[];
  byKey: Map<SectionKey, ParsedSection>;
  /** Extra prose pages (`section: page`) that passed their schema. */
  pages: ValidPage[];
  /** How many files came from the parse cache. */
  cachedFiles: number;
  /** Present when the plan validated. */
  facts?: PlanFacts;
  /** Present when the plan validated; may still carry error findings (see `ok`). */
  model?: PlanModel;
  /** The model's warnings, placed at their YAML values, for the pages they belong to. */
  warnings: RenderInput['warnings'];
  ok: boolean;
}

function wantsTrustedHtml(parsed: ParsedSection[]): boolean {
  return parsed.some((section) => section.data?.section === 'plan' && section.data.trusted_html === true);
}

/**
 * The browser-free half of a build: parse, validate, compute. `build`, `check` and `numbers` share it,
 * so all three report exactly the same messages for the same plan.
 */
export async function loadPlan(
  planDir: string,
  cwd: string,
  timings: Timings = {},
  options: { trustedHtml?: boolean | undefined; cache?: ParseCache; onMiss?: () => void } = {},
): Promise<LoadedPlan> {
  const clock = stopwatch(timings);
  let cachedFiles = 0;
  // Unchanged files come from the parse cache (keyed by their text and how they are parsed).
  const parseAll = (vfiles: VFile[], trustedHtml: boolean | undefined) =>
    clock('parse', async () => {
      const out: ParsedSection[] = [];
      for (const file of vfiles) {
        const hit = options.cache?.get(file, trustedHtml);
        if (hit) {
          cachedFiles++;
          out.push(hit);
          continue;
        }
        options.onMiss?.();
        const fresh = parseSection(file, { trustedHtml });
        options.cache?.put(fresh, trustedHtml);
        out.push(fresh);
      }
      return out;
    });
  let files = await clock('parse', () => readPlan(planDir, cwd));
  let parsed = await parseAll(files, options.trustedHtml);
  // The opt-in lives in the plan's own frontmatter, known only once parsed: read the files again, trusted.
  if (!options.trustedHtml && wantsTrustedHtml(parsed)) {
    files = await clock('parse', () => readPlan(planDir, cwd));
    cachedFiles = 0;
    parsed = await parseAll(files, true);
  }
  const byKey = sectionsByKey(parsed);
  const pages = clock.sync('validate', () => validatePages(parsed));
  const warnings: LoadedPlan['warnings'] = [];
  const loaded = (extra: Partial<LoadedPlan> = {}): LoadedPlan => ({
    files,
    parsed,
    byKey,
    pages,
    cachedFiles,
    warnings,
    ok: !hasErrors(files),
    ...extra,
  });

  const facts = clock.sync('validate', () => validatePlan(parsed));
  if (!facts || hasErrors(files)) return loaded();

  const model = clock.sync('compute', () => computeModel(facts));
  for (const finding of model.messages) {
    const section = byKey.get(finding.at.section);
    if (!section) continue;
    const message = messageAt(section, finding.at.path, finding.message, {
      severity: finding.severity,
      ruleId: finding.code,
      hint: finding.hint,
    });
    if (finding.severity === 'warning') {
      warnings.push({
        file: section.file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: finding.message,
        section: finding.at.section,
      });
    }
  }
  return loaded({ facts, model });
}
