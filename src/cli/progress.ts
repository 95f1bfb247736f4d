import type { ProgressEvent } from '../pipeline/index.ts';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

const STAGE_NAMES: Record<ProgressEvent['stage'], string> = {
  parse: 'parsing and validating the plan',
  validate: 'validating',
  compute: 'computing the model',
  diagrams: 'rendering diagrams',
  render: 'rendering the site',
  pdf: 'printing PDFs',
  write: 'writing the output',
};

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
      const line = `salesplan: ${STAGE_NAMES[event.stage]}${count}${elapsed}`;
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

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
