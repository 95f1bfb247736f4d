import { Command, Option } from '@commander-js/extra-typings';
// Only commander and constants: --help and --version load nothing else (each command loads its own module).
import { INIT_LOCALES, MERMAID_THEMES } from '../core/choices.ts';
import { suggest } from '../core/suggest.ts';
import { packageVersion } from './version.ts';

/**
 * The commands and their flags, without their actions. Declared with commander's extra typings, so each
 * command's options have a type inferred from the declaration (`BuildFlags` below) instead of a cast: a flag
 * added here is known to the command that reads it, and a flag read but never declared fails the type check.
 */

const PLAN_DIR = 'folder with the plan’s Markdown files (default `plan` in salesplan.config.json, else content)';

export const NUMBERS_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
export const CHECK_FORMATS = ['text', 'json'] as const;

export const program = new Command()
  .name('salesplan')
  .description('Turn a sales plan written as Markdown into a computed plan: an HTML site and PDF handbooks.')
  .version(packageVersion(), '-V, --version', 'print the version of salesplan')
  // A usage mistake gets its message and one line that points at the help, not the whole help.
  .showHelpAfterError("Run 'salesplan --help' for the commands and their options.")
  .configureOutput({ outputError: (text, write) => write(usageLine(text)) })
  .exitOverride();

export const buildCli = program
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
  .option('--numbers', 'write numbers.json, numbers.xlsx and numbers/*.csv next to the site (default)')
  .option('--no-numbers', 'do not write the numbers files')
  .addOption(new Option('--theme <theme>', 'mermaid theme of the diagrams (default neutral)').choices(MERMAID_THEMES))
  .option('--drafts', 'show the plan’s warnings in the pages and PDFs too, for its authors (default: terminal only)')
  .option('--no-drafts', 'publish without the plan’s warnings in any page or PDF (default)')
  .option('--base-url <url>', 'where the site is published; pages get canonical links')
  .option('--cache-dir <dir>', 'where rendered diagrams are cached (default .salesplan-cache, or $SALESPLAN_CACHE)')
  .option('--trusted-html', 'let raw HTML in the Markdown through unsanitized, scripts included (only for trusted authors)')
  .option('--actuals <dir>', 'folder of CRM exports (deals, activities) to compare the plan with (default <plan-dir>/actuals)')
  .option('--as-of <date>', 'read the actuals as of this date, YYYY-MM-DD (default the plan’s as_of)')
  .addOption(new Option('-q, --quiet', 'print errors only').conflicts('verbose'))
  .option('-v, --verbose', 'print each stage with elapsed time, and the time per stage at the end');

export const numbersCli = program
  .command('numbers')
  .description('print the computed planning model (the figures the document shows)')
  .argument('[plan-dir]', PLAN_DIR)
  .addOption(new Option('-f, --format <format>', 'output format').choices(NUMBERS_FORMATS).default('table' as const))
  .option('-t, --table <name>', 'one table only (csv needs one: a spreadsheet reads one table per file)')
  .option('--exact', 'full precision instead of the document’s rounding')
  .addOption(new Option('--scenario <id>', 'the figures of one scenario of scenarios.yaml instead of the plan as written').conflicts('scenarios'))
  .option('--scenarios', 'every scenario side by side with the plan as written, and the differences (one table: scenarios)')
  .addOption(new Option('--delimiter <char>', 'csv field separator (default `;` where the decimal is `,`, else `,`)').choices([',', ';', 'tab']))
  .addOption(new Option('--decimal <mark>', 'csv decimal mark (default the plan locale’s)').choices(['.', ',']))
  .option('-o, --out <file>', 'write to this file instead of standard output (xlsx needs one on a terminal)')
  .option('--actuals <dir>', 'folder of CRM exports (deals, activities) to compare the plan with (default <plan-dir>/actuals)')
  .option('--as-of <date>', 'read the actuals as of this date, YYYY-MM-DD (default the plan’s as_of)');

export const checkCli = program
  .command('check')
  .description('validate the plan and compute its numbers without a browser; exit 0 valid, 1 plan errors, 2 usage')
  .argument('[plan-dir]', PLAN_DIR)
  .addOption(
    new Option('-f, --format <format>', 'text for people, json for CI annotations').choices(CHECK_FORMATS).default('text' as const),
  )
  .option('--actuals <dir>', 'folder of CRM exports (deals, activities) to compare the plan with (default <plan-dir>/actuals)')
  .option('--as-of <date>', 'read the actuals as of this date, YYYY-MM-DD (default the plan’s as_of)');

export const schemaCli = program
  .command('schema')
  .description('write the JSON Schema of the plan files’ frontmatter (for editor completion and checks)')
  .option('-o, --out <file>', 'write to this file instead of standard output');

export const initCli = program
  .command('init')
  .description('create a new, valid plan to edit: eight Markdown files, a .gitignore and the JSON Schema')
  .argument('[dir]', 'project folder to create the plan in (its Markdown files go in content/)', '.')
  .addOption(new Option('-l, --locale <locale>', 'language of the prose and labels').choices(INIT_LOCALES).default('en' as const));

export const devCli = program
  .command('dev')
  .description('build, serve the site on 127.0.0.1 with live reload, and rebuild on every change (Ctrl-C stops)')
  .argument('[plan-dir]', PLAN_DIR)
  .option('-p, --port <port>', 'port to serve on (0 picks a free one)', '4173')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--pdf', 'print the PDFs in the background (default, unless formats.pdf is false)')
  .option('--no-pdf', 'do not print the PDFs in the background')
  .option('--no-drafts', 'serve the pages as they are published, without the plan’s warnings (default: shown)')
  .option('--cache-dir <dir>', 'cache folder (default .salesplan-cache, or $SALESPLAN_CACHE)');

export const lspCli = program
  .command('lsp')
  .description('a language server for plan files over stdio: check’s diagnostics as you type, completion, hover, go to definition')
  .option('--stdio', 'talk over standard input and output (the default and only transport; editors pass it)');

/** commander's `error: unknown option '--formta'\n(Did you mean --format?)` in salesplan's words, on one line. */
function usageLine(text: string): string {
  return text.replace(/^error: /, 'salesplan: ').replace(/\n\(Did you mean (.+)\?\)/, ". Did you mean '$1'?");
}

// A mistyped command: the one meant, if one is close, and the line that points at the help (exit 2 in main.ts).
program.on('command:*', (operands: string[]) => {
  const name = operands[0] ?? '';
  const meant = suggest(name, program.commands.map((command) => command.name()));
  const hint = meant ? ` Did you mean '${meant}'?` : '';
  program.error(`salesplan: unknown command '${name}'.${hint}`, { code: 'commander.unknownCommand', exitCode: 2 });
});

// Each command's own errors point at its own help.
for (const command of program.commands) command.showHelpAfterError(`Run 'salesplan ${command.name()} --help' for its options.`);

export type BuildFlags = ReturnType<typeof buildCli.opts>;
export type NumbersFlags = ReturnType<typeof numbersCli.opts>;
export type CheckFlags = ReturnType<typeof checkCli.opts>;
export type SchemaFlags = ReturnType<typeof schemaCli.opts>;
export type InitFlags = ReturnType<typeof initCli.opts>;
export type DevFlags = ReturnType<typeof devCli.opts>;
