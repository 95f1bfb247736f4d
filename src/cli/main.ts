import { CommanderError } from '@commander-js/extra-typings';
import { buildCommand } from './build-command.ts';
import { checkCommand } from './check-command.ts';
import { initCommand } from './init-command.ts';
import { schemaCommand } from './schema-command.ts';
import { EXIT } from './exit-codes.ts';
import { numbersCommand } from './numbers-command.ts';
import { devCommand } from './dev-command.ts';
import { buildCli, checkCli, devCli, initCli, lspCli, numbersCli, program, schemaCli } from './program.ts';
import { exitCodeFor } from './fail.ts';
import { INTERRUPTED_EXIT_CODE, isInterrupted } from '../pipeline/index.ts';

// Each command's flags are typed by its declaration in program.ts; the actions only hand them on.
buildCli.action(async (planDir, flags) => {
  process.exitCode = await buildCommand(planDir, flags);
});
numbersCli.action(async (planDir, flags) => {
  process.exitCode = await numbersCommand(planDir, flags);
});
checkCli.action(async (planDir, flags) => {
  process.exitCode = await checkCommand(planDir, flags);
});
schemaCli.action(async (flags) => {
  process.exitCode = await schemaCommand(flags);
});
initCli.action(async (dir, flags) => {
  process.exitCode = await initCommand(dir, flags);
});
devCli.action(async (planDir, flags) => {
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
  } else if (isInterrupted()) {
    // The build was stopped under its feet by Ctrl-C: whatever it threw is no news; the handler exits 130.
    process.exitCode = INTERRUPTED_EXIT_CODE;
  } else {
    process.exitCode = exitCodeFor(error, (line) => process.stderr.write(`${line}\n`));
  }
}
