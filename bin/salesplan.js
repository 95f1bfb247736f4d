#!/usr/bin/env node
// Decision: the installed package runs the JavaScript compiled into dist/ at pack time. A clone (src/ is there,
// the package ships none) runs the TypeScript itself through tsx, so it needs no compile step and never runs a
// dist/ left over from an earlier `npm pack`. SALESPLAN_FROM=dist runs a clone's dist/ (`npm run compile` first).
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep the compiled code of the modules on disk between runs (Node 20 has no such cache).
module.enableCompileCache?.();

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

const source = new URL('../src/cli/main.ts', import.meta.url);
if (process.env.SALESPLAN_FROM !== 'dist' && existsSync(source)) {
  // In a clone, tsx caches its transforms in the temporary folder, with a recursive mkdir that spins forever where mkdir
  // answers ENOENT (TMPDIR=/proc/self) and throws a stack trace where it is refused. Probe the folder once, plainly,
  // so a bad TMPDIR is one line and exit 2 like every other environment problem.
  {
    const { mkdtempSync, rmdirSync } = await import('node:fs');
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
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/cli/main.js');
}
