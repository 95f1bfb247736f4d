import { CommanderError } from '@commander-js/extra-typings';
import { EXIT } from './exit-codes.ts';
import { buildCli, checkCli, devCli, initCli, lspCli, numbersCli, program, schemaCli } from './program.ts';
import { exitCodeFor } from './fail.ts';

// Each command's module is imported when that command runs, never before: `--help`, `--version` and a typo load
// commander and nothing else, `check` never loads the browser or the PDF library. Each command's flags are typed
// by its declaration in program.ts; the actions only hand them on.

/** Set by `build` and `dev`, the commands that handle Ctrl-C: after one, an error may be the aftermath of it. */
let interrupts: { isInterrupted: () => boolean; INTERRUPTED_EXIT_CODE: number } | undefined;

buildCli.action(async (planDir, flags) => {
  const { buildCommand } = await import('./build-command.ts');
  interrupts = await import('../core/interrupts.ts');
  process.exitCode = await buildCommand(planDir, flags);
});
numbersCli.action(async (planDir, flags) => {
  const { numbersCommand } = await import('./numbers-command.ts');
  process.exitCode = await numbersCommand(planDir, flags);
});
checkCli.action(async (planDir, flags) => {
  const { checkCommand } = await import('./check-command.ts');
  process.exitCode = await checkCommand(planDir, flags);
});
schemaCli.action(async (flags) => {
  const { schemaCommand } = await import('./schema-command.ts');
  process.exitCode = await schemaCommand(flags);
});
initCli.action(async (dir, flags) => {
  const { initCommand } = await import('./init-command.ts');
  process.exitCode = await initCommand(dir, flags);
});
devCli.action(async (planDir, flags) => {
  const { devCommand } = await import('./dev-command.ts');
  interrupts = await import('../core/interrupts.ts');
  process.exitCode = await devCommand(planDir, flags);
});
lspCli.action(async () => {
  // Loaded only here: the protocol libraries are for editors, not for builds.
  const { startLanguageServer } = await import('../lsp/index.ts');
  startLanguageServer();
});

try {
  await program.parseAsync();
} catch (error) {
  // commander throws for --help and --version too (exitOverride): those carry their own exit code.
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (interrupts?.isInterrupted()) {
    // The build was stopped under its feet by Ctrl-C: whatever it threw is no news; the handler exits 130.
    process.exitCode = interrupts.INTERRUPTED_EXIT_CODE;
  } else {
    process.exitCode = exitCodeFor(error, (line) => process.stderr.write(`${line}\n`));
  }
}

