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

// tsx caches its transforms in the temporary folder, with a recursive mkdir that spins forever where mkdir
// answers ENOENT (TMPDIR=/proc/self) and throws a stack trace where it is refused. Probe the folder once, plainly,
// so a bad TMPDIR is one line and exit 2 like every other environment problem.
{
  const { existsSync, mkdtempSync, rmdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  try {
    rmdirSync(mkdtempSync(join(tmpdir(), 'salesplan-')));
  } catch (error) {
    const why = { EROFS: 'the file system is read-only', EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'no space left on the device', ENOTDIR: 'it is not a folder', ENOENT: existsSync(tmpdir()) ? 'no folder can be made there' : 'it does not exist' };
    process.stderr.write(`salesplan: cannot use the temporary folder ${tmpdir()}: ${why[error.code] ?? error.code}; set TMPDIR to a folder you can write to\n`);
    process.exit(2);
  }
}

register();
await import('../src/cli/main.ts');
