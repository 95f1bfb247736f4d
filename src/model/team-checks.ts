import type { TeamSection } from '../validate/index.ts';
import { capacityUnusual } from './messages.ts';
import type { ModelMessage } from './types.ts';

/**
 * Common daily ranges for an SDR's activities (planning-model.md). Decision: the activity is recognised by
 * "email" or "dial"/"call" in its id, and "far outside" means below half the low end or above twice the high end.
 */
const COMMON_RANGES: { pattern: RegExp; low: number; high: number }[] = [
  { pattern: /email/, low: 60, high: 100 },
  { pattern: /dial|call/, low: 50, high: 80 },
];

export function unusualCapacities(team: TeamSection): ModelMessage[] {
  return team.roles.flatMap((role, i) =>
    Object.entries(role.capacity ?? {}).flatMap(([activity, value]) => {
      const range = COMMON_RANGES.find((r) => r.pattern.test(activity));
      if (!range) return [];
      const far = value.lt(range.low / 2) || value.gt(range.high * 2);
      return far ? [capacityUnusual(i, activity, value, range.low, range.high)] : [];
    }),
  );
}
