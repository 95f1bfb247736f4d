import { unplacedEnvironmentError } from '../core/environment-errors.ts';
import { EXIT } from './exit-codes.ts';

const REPORT_URL = 'https://github.com/salesplan/salesplan/issues';

/**
 * The last line of defence: known errors print their message, anything else is a bug in salesplan
 * and says so, with where to report it. Never a bare stack trace for a plan author. A system error (a full
 * disk, a read-only folder) that no call site worded is still the machine's problem, not a bug: it is worded
 * by core/environment-errors.ts from its own code and path, exit 2.
 */
export function exitCodeFor(thrown: unknown, log: (line: string) => void): number {
  const error = unplacedEnvironmentError(thrown);
  if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
    log(`salesplan: ${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  log(`salesplan: internal error: ${message}`);
  log(`This is a bug in salesplan, not in your plan. Please report it at ${REPORT_URL}`);
  log('with the command you ran; run with SALESPLAN_DEBUG=1 to include the stack trace.');
  if (process.env.SALESPLAN_DEBUG && error instanceof Error && error.stack) log(error.stack);
  return EXIT.internal;
}
