#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so a clone works without a compile step.
import { register } from 'tsx/esm/api';

// Exit code 13 is Node giving up on a promise nothing can settle any more (a known, rare race when Chromium
// dies while it is still starting). Say so instead of exiting silently with a code nobody documents.
process.on('exit', () => {
  // Node passes 0 to this listener in that case and sets exitCode to 13 itself.
  if (process.exitCode !== 13) return;
  process.stderr.write(
    'salesplan: internal error: the build stopped while waiting for the browser (it may have crashed while starting).\n' +
      'Run the build again; if it keeps happening, please report it at https://github.com/salesplan/salesplan/issues\n',
  );
  process.exitCode = 3;
});

register();
await import('../src/cli/main.ts');
