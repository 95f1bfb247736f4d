/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The plan has errors. */
  planErrors: 1,
  /** Wrong usage, or the environment lacks something (no browser). */
  usage: 2,
  /** A bug in salesplan. */
  internal: 3,
} as const;

/** An error the user can fix outside the plan: bad flags, no browser. Printed without a stack. */
export class UsageError extends Error {
  readonly exitCode: number = EXIT.usage;
}
