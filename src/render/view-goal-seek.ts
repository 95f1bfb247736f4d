import { isDecimal } from '../core/decimal.ts';
import type { Format } from '../core/format.ts';
import { fillLabels, type LabelId, type Labels } from '../core/labels/index.ts';
import type { GoalSeekAnswer, GoalSeekResult } from '../model/index.ts';

/** A value of an answer as the document shows it: a rate, money, a count, a date. */
function shown(answer: GoalSeekAnswer, value: GoalSeekAnswer['value'], f: Format): string {
  if (value === undefined) return '';
  if (!isDecimal(value)) return f.date(value);
  switch (answer.unit) {
    case 'rate':
      return f.percent(value);
    case 'money':
      return f.money(value);
    default:
      return f.count(value);
  }
}

function labelKey(answer: GoalSeekAnswer, prefix: 'lever_' | 'lever_any_'): LabelId {
  if (answer.kind === 'stage_rate' && answer.winRate) return `${prefix}win_rate`;
  if (answer.kind === 'source_yield' && answer.unit === 'rate' && prefix === 'lever_') return 'lever_source_rate';
  return `${prefix}${answer.kind}`;
}

/** One answer as a clause: `Account Executive attainment ≥ 86.0% (now 80.0%)`, `Riley Chen starting by Sep 30, 2026`. */
function clause(answer: GoalSeekAnswer, f: Format, l: Labels): string {
  const values = {
    name: answer.name,
    activity: (answer.activityName ?? answer.activity ?? '').toLocaleLowerCase(f.locale),
    value: shown(answer, answer.value, f),
    count: shown(answer, answer.value, f),
    date: answer.kind === 'start' ? shown(answer, answer.value, f) : answer.from ? f.date(answer.from) : '',
  };
  const text = fillLabels(l[labelKey(answer, 'lever_')], values);
  if (answer.kind === 'headcount') return text;
  return `${text} ${fillLabels(l.goal_seek_now, { value: shown(answer, answer.current, f) })}`;
}

/** What an input is, for the list of those that cannot reach a goal: `the deal size`, `Riley Chen’s start`. */
function unreachable(answer: GoalSeekAnswer, f: Format, l: Labels): string {
  const activity = (answer.activityName ?? answer.activity ?? '').toLocaleLowerCase(f.locale);
  return fillLabels(l[labelKey(answer, 'lever_any_')], { name: answer.name, activity, date: answer.from ? f.date(answer.from) : '' });
}

function goalTitle(result: GoalSeekResult, f: Format, l: Labels): string {
  const { goal } = result;
  switch (goal.kind) {
    case 'month':
      return fillLabels(l.goal_seek_month, { name: f.month(goal.key), gap: f.money(goal.shortfall.abs()) });
    case 'period':
      return fillLabels(l.goal_seek_period, { name: goal.key, gap: f.money(goal.shortfall.abs()) });
    case 'staffed':
      return fillLabels(l.goal_seek_staffed, { name: result.answers.find((a) => a.kind === 'headcount')?.name ?? goal.key, count: f.count(goal.shortfall) });
  }
}

/**
 * The goal-seek as sentences: "To cover Oct 2026 (short by $5,937.50): Account Executive attainment ≥ 86.0% (now
 * 80.0%), or …". Every value is the model's; this only words and formats them.
 */
export function goalSeekView(results: readonly GoalSeekResult[] | undefined, f: Format, l: Labels) {
  if (results === undefined) return undefined;
  return {
    met: results.length === 0 ? l.goal_seek_met : undefined,
    goals: results.map((result) => {
      const reached = result.answers.filter((a) => a.reachable).map((a) => clause(a, f, l));
      const rest = result.answers.filter((a) => !a.reachable).map((a) => unreachable(a, f, l));
      const title = goalTitle(result, f, l);
      return {
        title,
        // The same answers one by one, for a narrow screen's list.
        answers: reached,
        sentence: reached.length > 0 ? `${title}: ${reached.join(`, ${l.goal_seek_or} `)}.` : `${title}: ${l.goal_seek_none}`,
        unreachable: rest.length > 0 ? fillLabels(l.goal_seek_unreachable, { list: rest.join(', ') }) : undefined,
      };
    }),
  };
}
