import { parseSection, readPlan } from '../../src/parse/index.ts';
import { report, toJsonMessages } from '../../src/core/diagnostics/index.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { editedMinimalPlan } from '../parse/temp-plan.ts';

/** Reads, parses and validates a plan folder like the build does, and returns what the author would see. */
export async function runPlan({ cwd }: { cwd: string }) {
  const files = await readPlan('content', cwd);
  const sections = files.map((file) => parseSection(file));
  const facts = validatePlan(sections);
  return { facts, files, sections, messages: toJsonMessages(files), text: report(files) };
}

/** The minimal plan with edits (see editedMinimalPlan), validated. */
export function runEdited(edits: Parameters<typeof editedMinimalPlan>[0]) {
  return runPlan(editedMinimalPlan(edits));
}
