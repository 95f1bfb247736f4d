import { Command, CommanderError, Option } from 'commander';
import { buildCommand } from './build-command.ts';
import { checkCommand } from './check-command.ts';
import { MERMAID_THEMES } from '../config/index.ts';
import { initCommand } from './init-command.ts';
import { schemaCommand } from './schema-command.ts';
import { EXIT } from './exit-codes.ts';
import { numbersCommand } from './numbers-command.ts';
import { devCommand, type DevFlags } from './dev-command.ts';
import { exitCodeFor } from './fail.ts';
import { INTERRUPTED_EXIT_CODE, isInterrupted } from '../pipeline/index.ts';

const PLAN_DIR = 'folder with the plan’s Markdown files (default `plan` in salesplan.config.json, else content)';

const program = new Command()
  .name('salesplan')
  .description('Turn a sales plan written as Markdown into a computed plan: an HTML site and PDF handbooks.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('build')
  .description('validate the plan, compute its numbers, and write the site and PDFs')
  .argument('[plan-dir]', PLAN_DIR)
  .option('-o, --out <dir>', 'output folder, replaced only when the build succeeds (default output)')
  .option('--pdf', 'print the PDF handbooks (default)')
  .option('--no-pdf', 'build the site only')
  .option('--site', 'write the HTML site (default)')
  .option('--no-site', 'do not write the HTML site')
  .option('--role-handbooks', 'print one PDF handbook per role (default)')
  .option('--no-role-handbooks', 'print the full handbook only, no handbooks/<role>.pdf')
  .option('--numbers', 'write numbers.json and numbers.csv next to the site (default)')
  .option('--no-numbers', 'do not write numbers.json and numbers.csv')
  .addOption(new Option('--theme <theme>', 'mermaid theme of the diagrams (default neutral)').choices(MERMAID_THEMES))
  .option('--base-url <url>', 'where the site is published; pages get canonical links')
  .option('--cache-dir <dir>', 'where rendered diagrams are cached (default .salesplan-cache, or $SALESPLAN_CACHE)')
  .option('--trusted-html', 'let raw HTML in the Markdown through unsanitized, scripts included (only for trusted authors)')
  .addOption(new Option('-q, --quiet', 'print errors only').conflicts('verbose'))
  .option('-v, --verbose', 'print each stage with elapsed time, and the time per stage at the end')
  .action(async (planDir: string | undefined, flags) => {
    process.exitCode = await buildCommand(planDir, flags);
  });

program
  .command('numbers')
  .description('print the computed planning model (the figures the document shows)')
  .argument('[plan-dir]', PLAN_DIR)
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
  .action(async (planDir: string | undefined, flags: { format: string }) => {
    process.exitCode = await numbersCommand(planDir, flags);
  });

program
  .command('check')
  .description('validate the plan and compute its numbers without a browser; exit 0 valid, 1 plan errors, 2 usage')
  .argument('[plan-dir]', PLAN_DIR)
  .addOption(new Option('-f, --format <format>', 'text for people, json for CI annotations').choices(['text', 'json']).default('text'))
  .action(async (planDir: string | undefined, flags: { format: string }) => {
    process.exitCode = await checkCommand(planDir, flags);
  });

program
  .command('schema')
  .description('write the JSON Schema of the plan files’ frontmatter (for editor completion and checks)')
  .option('-o, --out <file>', 'write to this file instead of standard output')
  .action(async (flags: { out?: string }) => {
    process.exitCode = await schemaCommand(flags);
  });

program
  .command('init')
  .description('create a new, valid plan to edit: eight Markdown files, a .gitignore and the JSON Schema')
  .argument('[dir]', 'project folder to create the plan in (its Markdown files go in content/)', '.')
  .addOption(new Option('-l, --locale <locale>', 'language of the prose and labels').choices(['en', 'sv']).default('en'))
  .action(async (dir: string, flags: { locale: string }) => {
    process.exitCode = await initCommand(dir, flags);
  });

program
  .command('dev')
  .description('build, serve the site on 127.0.0.1 with live reload, and rebuild on every change (Ctrl-C stops)')
  .argument('[plan-dir]', PLAN_DIR)
  .option('-p, --port <port>', 'port to serve on (0 picks a free one)', '4173')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--pdf', 'print the PDFs in the background (default, unless formats.pdf is false)')
  .option('--no-pdf', 'do not print the PDFs in the background')
  .option('--cache-dir <dir>', 'cache folder (default .salesplan-cache, or $SALESPLAN_CACHE)')
  .action(async (planDir: string | undefined, flags: DevFlags) => {
    process.exitCode = await devCommand(planDir, flags);
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
