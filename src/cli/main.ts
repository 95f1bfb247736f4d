import { Command, CommanderError, Option } from 'commander';
import { buildCommand } from './build-command.ts';
import { EXIT } from './exit-codes.ts';
import { numbersCommand } from './numbers-command.ts';
import { exitCodeFor } from './fail.ts';

const program = new Command()
  .name('salesplan')
  .description('Turn a sales plan written as Markdown into a computed plan: an HTML site and PDF handbooks.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('build')
  .description('validate the plan, compute its numbers, and write the site and PDFs')
  .argument('[plan-dir]', 'folder with the plan’s Markdown files', 'content')
  .option('-o, --out <dir>', 'output folder (replaced only when the build succeeds)', 'output')
  .option('--no-pdf', 'build the site only')
  .option('--cache-dir <dir>', 'where rendered diagrams are cached (default .salesplan-cache, or $SALESPLAN_CACHE)')
  .addOption(new Option('-q, --quiet', 'print errors only').conflicts('verbose'))
  .option('-v, --verbose', 'print each stage as it runs')
  .action(async (planDir: string, flags) => {
    process.exitCode = await buildCommand(planDir, flags);
  });

program
  .command('numbers')
  .description('print the computed planning model (the figures the document shows)')
  .argument('[plan-dir]', 'folder with the plan’s Markdown files', 'content')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
  .action(async (planDir: string, flags: { format: string }) => {
    process.exitCode = await numbersCommand(planDir, flags);
  });

try {
  await program.parseAsync();
} catch (error) {
  // commander throws for --help and --version too (exitOverride): those carry their own exit code.
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = exitCodeFor(error, (line) => process.stderr.write(`${line}\n`));
  }
}
