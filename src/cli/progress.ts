import { messageLocale } from '../core/diagnostics/index.ts';
import type { ProgressEvent } from '../pipeline/index.ts';
import { cliWords, seconds } from './cli-words.ts';

export type Verbosity = 'quiet' | 'normal' | 'verbose';


/**
 * Reports build stages as they start. On a terminal one line is rewritten in place (and cleared at the end);
 * anywhere else (CI logs, pipes) each stage is a plain line of its own, with no escape codes.
 */
export function progressReporter(stream: NodeJS.WriteStream, verbosity: Verbosity) {
  const live = stream.isTTY === true && verbosity === 'normal';
  let shown = false;
  const started = performance.now();
  return {
    onProgress(event: ProgressEvent): void {
      if (verbosity === 'quiet') return;
      const count = event.total ? ` ${event.done ?? 0}/${event.total}` : '';
      const elapsed = verbosity === 'verbose' ? ` (+${seconds(performance.now() - started)})` : '';
      // Until the plan validated, the environment's language (LANG); then the plan's.
      const line = `salesplan: ${cliWords(messageLocale(event.locale)).stages[event.stage]}${count}${elapsed}`;
      if (live) {
        stream.write(`\r\u001b[2K${line}`);
        shown = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    /** Clears the live line so the messages and the summary start on a clean one. */
    done(): void {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}

export { seconds };
