import type { Position } from 'unist';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { addMessage, messageAt, readmeUrl, type PlacedFile } from '../../core/diagnostics/index.ts';
import { fillLabels, labelsFor } from '../../core/labels/index.ts';
import type { ParsedScenarios, ParsedSection } from '../../parse/index.ts';
import { checkReservedKeys } from '../reserved-keys.ts';
import { SECTION_KEYS, type PlanFacts, type SectionKey } from '../schema/index.ts';
import { validatePlan } from '../validate-plan.ts';
import { friendlyErrors } from '../zod-error-map.ts';
import { describeIssues } from '../zod-messages.ts';
import { overlayIndex, type PlacedOverride } from './overlay-index.ts';
import { copyData, resolvePath, setAt } from './override-path.ts';
import { scenario, scenariosFile, type ScenarioEntry } from './schema.ts';

export const SCENARIOS_URL = readmeUrl('scenarios');

/** One scenario, validated: its facts when they hold, and the plan's files as it sees them. */
export interface ScenarioRun {
  id: string;
  name: string;
  description?: string;
  /** The overrides as written, in order: `goals.funnel.opportunity.rate` → its value's text. */
  overrides: { path: string; value: unknown }[];
  /** Present when every override resolved and the plan with them passed validation. */
  facts?: PlanFacts;
  /** The plan's sections as this scenario sees them: their messages are moved by `relay`. */
  sections: Map<SectionKey, ParsedSection>;
  /** Moves what was found on `sections` (validation, then the model's findings) onto the scenarios file. */
  relay(): void;
}

/**
 * Each scenario of a valid plan: its overrides resolved to paths (did-you-mean for one that does not exist), set on
 * a copy of the plan's raw frontmatter, and the result validated by the same schemas and checks as the plan, so a
 * bad value gets the message it would get in the plan, placed at the override.
 */
export function validateScenarios(parsed: readonly ParsedSection[], scenarios: ParsedScenarios): ScenarioRun[] {
  const placed: PlacedFile = { file: scenarios.file, yaml: scenarios.yaml, data: undefined };
  if (scenarios.data === undefined) return [];
  checkReservedKeys({ file: scenarios.file, yaml: scenarios.yaml, data: scenarios.data, prose: { type: 'root', children: [] }, diagrams: [] });
  const hasKey = (path: (string | number)[]) => scenarios.yaml.key(path) !== undefined;
  const report = (issues: Parameters<typeof describeIssues>[0], schema: Parameters<typeof describeIssues>[1]['schema'], prefix: (string | number)[]) => {
    for (const finding of describeIssues(issues, { schema, hasKey }, prefix)) {
      messageAt(placed, finding.path, finding.reason, { ...finding.options, at: finding.at, url: SCENARIOS_URL });
    }
  };
  const result = scenariosFile.safeParse(scenarios.data, { reportInput: true, error: friendlyErrors });
  if (!result.success) {
    // Each scenario on its own, so one bad entry does not hide the others' messages.
    const list = scenarios.data.scenarios;
    const entries = Array.isArray(list) && result.error.issues.every((issue) => issue.path[0] === 'scenarios' && typeof issue.path[1] === 'number') ? list : undefined;
    if (!entries) {
      report(result.error.issues, scenariosFile, []);
      return [];
    }
  }
  const valid: { entry: ScenarioEntry; index: number }[] = [];
  const list = scenarios.data.scenarios as unknown[];
  list.forEach((item, index) => {
    const one = scenario.safeParse(item, { reportInput: true, error: friendlyErrors });
    if (one.success) valid.push({ entry: one.data, index });
    else report(one.error.issues, scenariosFile, ['scenarios', index]);
  });
  const bySection = new Map<SectionKey, ParsedSection>();
  for (const section of parsed) {
    const key = section.data?.section;
    if (typeof key === 'string' && (SECTION_KEYS as readonly string[]).includes(key) && !bySection.has(key as SectionKey)) bySection.set(key as SectionKey, section);
  }
  const seen = new Map<string, number>();
  return valid.flatMap(({ entry, index: i }) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      messageAt(placed, ['scenarios', i, 'id'], `duplicate scenario id \`${entry.id}\``, {
        ruleId: 'duplicate-id',
        hint: 'each scenario needs its own id; rename one of them',
        url: SCENARIOS_URL,
        cause: { place: scenarios.yaml.nearest(['scenarios', first, 'id']) },
      });
      return [];
    }
    seen.set(entry.id, i);
    return [runScenario(entry, i, parsed, bySection, scenarios, placed)];
  });
}

function runScenario(
  entry: ScenarioEntry,
  index: number,
  parsed: readonly ParsedSection[],
  bySection: ReadonlyMap<SectionKey, ParsedSection>,
  scenarios: ParsedScenarios,
  placed: PlacedFile,
): ScenarioRun {
  const data = new Map<SectionKey, Record<string, unknown>>();
  const raw = () => Object.fromEntries([...bySection].map(([key, s]) => [key, data.get(key) ?? s.data ?? {}]));
  const placedOverrides = new Map<SectionKey, PlacedOverride[]>();
  let resolved = true;
  for (const [path, value] of Object.entries(entry.overrides)) {
    const at = ['scenarios', index, 'overrides', path];
    const target = resolvePath(path, raw(), value);
    if ('reason' in target) {
      messageAt(placed, at, target.reason, { at: 'key', ruleId: 'unknown-override', hint: target.hint, expected: target.expected, actual: target.actual, url: SCENARIOS_URL });
      resolved = false;
      continue;
    }
    const section = bySection.get(target.section);
    if (!section?.data) continue;
    const copy = data.get(target.section) ?? copyData(section.data);
    data.set(target.section, copy);
    setAt(copy, target, value);
    placedOverrides.set(target.section, [...(placedOverrides.get(target.section) ?? []), { path: target.path, at }]);
  }

  const fromScenarios = new Set<Position>();
  const clones = parsed.map((section) => {
    const key = section.data?.section as SectionKey;
    const file = new VFile({ path: section.file.path, cwd: section.file.cwd });
    const changed = data.get(key);
    if (!changed || bySection.get(key) !== section) return { ...section, file };
    return { ...section, file, data: changed, yaml: overlayIndex(section.yaml, scenarios.yaml, placedOverrides.get(key) ?? [], fromScenarios) };
  });
  // The overrides that did resolve are checked all the same: every error of a scenario in one run.
  const checked = validatePlan(clones);
  const facts = resolved ? checked : undefined;
  const sections = new Map<SectionKey, ParsedSection>();
  for (const clone of clones) {
    const key = clone.data?.section;
    if (typeof key === 'string' && (SECTION_KEYS as readonly string[]).includes(key) && !sections.has(key as SectionKey)) sections.set(key as SectionKey, clone);
  }
  const base = new Set(parsed.flatMap((s) => s.file.messages.map(signature)));
  const idPlace = scenarios.yaml.nearest(['scenarios', index, 'id']);
  // The model's findings are worded in the plan's language: so is the scenario they are about.
  const locale = bySection.get('plan')?.data?.locale;
  const labels = labelsFor(typeof locale === 'string' ? locale : 'en');
  const inScenario = (reason: string) => fillLabels(labels.scenario_message, { name: entry.id, reason });
  const relay = () => {
    for (const clone of clones) {
      for (const message of clone.file.messages.splice(0)) {
        const here = message.place && 'start' in message.place && fromScenarios.has(message.place);
        if (here) {
          copyMessage(scenarios.file, message, inScenario(message.reason), message.place as Position);
        } else if (message.fatal === true && !base.has(signature(message))) {
          // A fact the override did not touch fails because of one it did (shares no longer add up): say where.
          copyMessage(scenarios.file, message, inScenario(`${message.reason} (${message.file}:${message.line ?? 1}:${message.column ?? 1})`), idPlace);
        }
      }
    }
  };
  const run: ScenarioRun = {
    id: entry.id,
    name: entry.name ?? entry.id,
    overrides: Object.entries(entry.overrides).map(([path, value]) => ({ path, value })),
    sections,
    relay,
  };
  if (entry.description !== undefined) run.description = entry.description;
  if (facts) run.facts = facts;
  return run;
}

function signature(message: VFileMessage): string {
  return `${message.file}:${message.line}:${message.column}:${message.ruleId}:${message.reason}`;
}

function copyMessage(file: VFile, message: VFileMessage, reason: string, place: Position): void {
  const copy = addMessage(file, reason, place, {
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId ?? 'scenario',
    source: (message.source as 'validate' | 'model' | undefined) ?? 'validate',
    hint: message.note,
    url: message.url,
    expected: message.expected,
    actual: message.actual ?? undefined,
  });
  if (message.cause) copy.cause = message.cause;
}
