import type { VFileMessage } from 'vfile-message';
import { messageAt } from '../core/diagnostics/index.ts';
import { createFormat, type Format } from '../core/format.ts';
import { fillLabels, labelsFor, type Labels } from '../core/labels/index.ts';
import type { SectionKey } from '../core/sections.ts';
import type { FindingCode, FindingValues, ModelMessage, PlanModel } from '../model/index.ts';
import type { ParsedSection } from '../parse/index.ts';

/**
 * The one place the model's findings become messages: each is worded in the plan's language (labels/en.ts,
 * labels/sv.ts) with its raw values formatted for the plan's locale, and placed on the YAML value it is about.
 * The CLI's report, `check --format json` and the document's warnings all print these messages.
 *
 * Decision: values in a reason are formatted as the document shows them (`$250,000.00`, `27,1`); a value a hint
 * asks the author to write in the YAML stays a plain number (`250000`), as the YAML wants it.
 */

export interface Worded {
  reason: string;
  hint: string;
}

type Wording = { [C in FindingCode]: (values: FindingValues[C], f: Format, l: Labels) => Worded };

const WORDING: Wording = {
  'zero-working-days': ({ period }, _f, l) => ({
    reason: fillLabels(l.finding_zero_working_days, { period }),
    hint: l.finding_zero_working_days_hint,
  }),
  'phasing-sum': ({ sum, target }, f, l) => ({
    reason: fillLabels(l.finding_phasing_sum, { sum: f.money(sum), target: f.money(target) }),
    hint: fillLabels(l.finding_phasing_sum_hint, { target: target.toFixed() }),
  }),
  'phasing-month-outside': ({ month, period }, _f, l) => ({
    reason: fillLabels(l.finding_phasing_month_outside, { month, period }),
    hint: l.finding_phasing_month_outside_hint,
  }),
  'capacity-missing': ({ role, activity }, _f, l) => ({
    reason: fillLabels(l.finding_capacity_missing, { role, activity }),
    hint: fillLabels(l.finding_capacity_missing_hint, { role, activity }),
  }),
  'target-not-divisible': ({ target, dealSize, deals, overshoot }, f, l) => ({
    reason: fillLabels(l.finding_target_not_divisible, {
      target: f.money(target),
      deal_size: f.money(dealSize),
      deals: f.count(deals),
      overshoot: f.money(overshoot),
    }),
    hint: l.finding_target_not_divisible_hint,
  }),
  'activity-unowned': ({ activity }, _f, l) => ({
    reason: fillLabels(l.finding_activity_unowned, { activity }),
    hint: fillLabels(l.finding_activity_unowned_hint, { activity }),
  }),
  'capacity-unusual': ({ activity, value, low, high }, f, l) => ({
    reason: fillLabels(l.finding_capacity_unusual, { activity, value: f.ratio(value), low: f.count(low), high: f.count(high) }),
    hint: l.finding_capacity_unusual_hint,
  }),
  'quota-ote': ({ role, ratio }, f, l) => ({
    reason: fillLabels(l.finding_quota_ote, { role, ratio: f.multiple(ratio) }),
    hint: l.finding_quota_ote_hint,
  }),
  'attainment-high': ({ role, attainment }, f, l) => ({
    reason: fillLabels(l.finding_attainment_high, { role, attainment: f.percent(attainment) }),
    hint: l.finding_attainment_high_hint,
  }),
  'month-short': ({ month, coverage, periodCovered }, f, l) => ({
    reason: fillLabels(periodCovered ? l.finding_month_short_covered : l.finding_month_short, {
      month: f.month(month),
      coverage: f.percent(coverage),
    }),
    hint: l.finding_month_short_hint,
  }),
  'period-short': ({ period, coverage, hires }, f, l) => {
    const count = hires.toNumber();
    const hint =
      count <= 0 ? l.finding_period_short_hint_none
      : f.plural(count) === 'one' ? l.finding_period_short_hint_one
      : l.finding_period_short_hint_other;
    return {
      reason: fillLabels(l.finding_period_short, { period, coverage: f.percent(coverage) }),
      hint: fillLabels(hint, { hires: f.count(hires) }),
    };
  },
  'requisition-past': ({ role, open, asOf }, f, l) => ({
    reason: fillLabels(l.finding_requisition_past, { role, open: f.date(open), as_of: f.date(asOf) }),
    hint: l.finding_requisition_past_hint,
  }),
  'payback-long': ({ months }, f, l) => ({
    reason: fillLabels(l.finding_payback_long, { months: f.oneDecimal(months) }),
    hint: l.finding_payback_long_hint,
  }),
  'ltv-cac-low': ({ ratio }, f, l) => ({
    reason: fillLabels(l.finding_ltv_cac_low, { ratio: f.oneDecimal(ratio) }),
    hint: l.finding_ltv_cac_low_hint,
  }),
  'figure-too-large': ({ name, value, limit }, f, l) => ({
    reason: fillLabels(l.finding_figure_too_large, { name, value: f.count(value), limit: f.count(limit) }),
    hint: l.finding_figure_too_large_hint,
  }),
};

/** A finding in words, for the plan's formatter and labels. */
export function wordFinding(finding: ModelMessage, f: Format, l: Labels): Worded {
  // TypeScript cannot pair a union's code with its values through a lookup; WORDING's type pairs them.
  const word = WORDING[finding.code] as (values: ModelMessage['values'], f: Format, l: Labels) => Worded;
  return word(finding.values, f, l);
}

/**
 * Places every finding of the model on the file of its section, worded in the plan's locale, with source `model`
 * and the finding's code as ruleId. Returns the messages made (the warnings among them are shown in the document).
 */
export function reportFindings(
  model: PlanModel,
  files: ReadonlyMap<SectionKey, ParsedSection>,
  f: Format = createFormat(model.locale, model.currency),
): VFileMessage[] {
  const l = labelsFor(model.locale);
  return model.messages.flatMap((finding) => {
    const section = files.get(finding.at.section);
    if (!section) return [];
    const { reason, hint } = wordFinding(finding, f, l);
    return [messageAt(section, finding.at.path, reason, { severity: finding.severity, ruleId: finding.code, source: 'model', hint })];
  });
}
