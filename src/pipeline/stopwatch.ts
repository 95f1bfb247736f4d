import type { Timings } from './types.ts';

/** Adds the time each stage takes to `timings`; a stage may be timed in several pieces. */
export function stopwatch(timings: Timings) {
  const add = (stage: string, start: number) => {
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
  };
  const clock = async <T>(stage: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      add(stage, start);
    }
  };
  clock.sync = <T>(stage: string, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      add(stage, start);
    }
  };
  return clock;
}
