import path from 'node:path';
import { PLAN_FOLDER, ScaffoldExistsError, writeScaffold, type InitLocale } from '../init/index.ts';
import { shownPath } from '../core/shown-path.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { InitFlags } from './program.ts';

const NEXT_STEPS: Record<InitLocale, (dir: string) => string> = {
  en: (dir) =>
    [
      `Created a sales plan in ${dir}/. Next:`,
      `  cd ${dir}`,
      `  salesplan check          # validate the plan`,
      `  salesplan build          # write the site and PDFs to output/`,
      `Edit the files in ${PLAN_FOLDER}/; for checks as you type, point your editor at \`salesplan lsp\` (see the README).`,
    ].join('\n'),
  sv: (dir) =>
    [
      `Skapade en försäljningsplan i ${dir}/. Nästa steg:`,
      `  cd ${dir}`,
      `  salesplan check          # kontrollera planen`,
      `  salesplan build          # skriv webbplatsen och PDF:erna till output/`,
      `Redigera filerna i ${PLAN_FOLDER}/; för kontroller medan du skriver, koppla redigeraren till \`salesplan lsp\` (se README).`,
    ].join('\n'),
};

/** `salesplan init [dir] [--locale en|sv]`: a new project with a complete, valid plan. Never overwrites. */
export async function initCommand(dir: string, flags: InitFlags): Promise<number> {
  const { locale } = flags;
  const shown = shownPath(dir);
  try {
    await writeScaffold(path.resolve(process.cwd(), dir), locale, shown);
  } catch (error) {
    if (error instanceof ScaffoldExistsError) throw new UsageError(`${shownPath(error.file)} already exists; init never overwrites files (choose an empty folder)`);
    throw error;
  }
  process.stderr.write(`${NEXT_STEPS[locale](shown)}\n`);
  return EXIT.ok;
}
