import { isDecimal } from '../../core/decimal.ts';
import type { GoalSeekAnswer, GoalSeekResult } from '../../model/index.ts';
import { type Cell, count, date, money, type NumbersTable, percent } from './cells.ts';

function value(answer: GoalSeekAnswer, v: GoalSeekAnswer['value']): Cell {
  if (v === undefined) return undefined;
  if (!isDecimal(v)) return date(v);
  return answer.unit === 'rate' ? percent(v) : answer.unit === 'money' ? money(v) : count(v);
}

/**
 * The goal-seek as one table: a row per goal the base plan misses and input that moves it, with the plan's value,
 * the least value that reaches the goal, the value one step less (which does not), or `reachable` false.
 */
export function goalSeekTable(results: readonly GoalSeekResult[]): NumbersTable {
  const rows: Cell[][] = [];
  for (const { goal, answers } of results) {
    const shortfall = goal.kind === 'staffed' ? count(goal.shortfall) : money(goal.shortfall);
    for (const a of answers) {
      rows.push([goal.kind, goal.key, shortfall, a.kind, a.path, a.subject || undefined, a.name || undefined, value(a, a.current), a.reachable, value(a, a.value), value(a, a.below)]);
    }
  }
  return {
    name: 'goal_seek',
    description: 'What it takes to reach each goal the base plan misses, one input at a time: the least value that reaches it (one step less does not).',
    columns: [
      { key: 'goal' },
      { key: 'goal_key' },
      { key: 'shortfall' },
      { key: 'input' },
      { key: 'path' },
      { key: 'subject' },
      { key: 'subject_name' },
      { key: 'current' },
      { key: 'reachable' },
      { key: 'value' },
      { key: 'one_step_less' },
    ],
    rows,
  };
}
