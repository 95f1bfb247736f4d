import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { readFileInsideSync } from '../write/index.ts';
import { registerHelpers } from './helpers.ts';

/** The templates that ship with salesplan; a plan's own templates/ folder overrides them file by file. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

type Hbs = typeof Handlebars;
type Spec = ReturnType<typeof Handlebars.precompile>;

const COMPILE_OPTIONS = { preventIndent: true };

/**
 * Compiled templates by path, reused while the file's text is unchanged. Compiling (parse and
 * JavaScript generation) is the slow part, milliseconds per template, so a watch-mode rebuild or a
 * bench of many renders should pay it once. What is cached is the precompiled spec, which belongs to
 * no Handlebars instance; each render binds it to its own instance with `hb.template`.
 */
const compiledSpecs = new Map<string, { source: string; spec: Spec }>();
const MAX_CACHED = 500;

/**
 * A template's text, read only if it is a regular file inside the folder that holds its template folder (the plan
 * folder, for a plan's templates/): the plan's overrides were checked before rendering, this catches the rest.
 */
export function readTemplate(path: string, templateDir: string): string {
  return readFileInsideSync(path, dirname(resolve(templateDir))).toString('utf8');
}

function specOf(path: string, templateDir: string): Spec {
  const source = readTemplate(path, templateDir);
  const hit = compiledSpecs.get(path);
  if (hit && hit.source === source) return hit.spec;
  let spec: Spec;
  try {
    const code = Handlebars.precompile(Handlebars.parse(source), COMPILE_OPTIONS);
    // The same evaluation Handlebars.compile does internally, on code it generated from our own template.
    spec = new Function(`return ${String(code)};`)() as Spec;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
  if (compiledSpecs.size >= MAX_CACHED) compiledSpecs.clear();
  compiledSpecs.set(path, { source, spec });
  return spec;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** `.hbs` files under a folder, relative, `/`-separated, without the extension. */
function listTemplates(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.hbs') && isFile(join(root, name)))
    .map((name) => name.slice(0, -'.hbs'.length).split(sep).join('/'));
}

export interface TemplateSet {
  /** Renders `layouts/site`, `pages/index`... (relative path without `.hbs`). */
  render(name: string, context: object): string;
  /** A text file such as `styles/site.css`, from the first folder that has it. */
  text(relPath: string): string;
}

/** The folders to search: as given, with the built-in templates last unless the caller listed them already. */
function searchPath(dirs: readonly string[]): string[] {
  const builtin = resolve(BUILTIN_TEMPLATES);
  return dirs.some((d) => resolve(d) === builtin) ? [...dirs] : [...dirs, BUILTIN_TEMPLATES];
}

/** One Handlebars instance with every partial registered; each template is compiled once per set. */
export function loadTemplates(templateDirs: readonly string[]): TemplateSet {
  const dirs = searchPath(templateDirs);
  const find = (relPath: string): { path: string; dir: string } => {
    for (const dir of dirs) {
      const path = join(dir, relPath);
      if (isFile(path)) return { path, dir };
    }
    throw new Error(`template ${relPath} not found in ${dirs.join(', ')}`);
  };
  const hb: Hbs = Handlebars.create();
  registerHelpers(hb);
  const compile = (path: string, dir: string) => hb.template(specOf(path, dir));

  // Register the last folder's partials first so the earlier (the plan's own) replace them.
  for (const dir of [...dirs].reverse()) {
    const root = join(dir, 'partials');
    for (const name of listTemplates(root)) hb.registerPartial(name, compile(join(root, `${name}.hbs`), dir));
  }

  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    render(name, context) {
      let template = compiled.get(name);
      if (!template) {
        const { path, dir } = find(`${name}.hbs`);
        template = compile(path, dir);
        compiled.set(name, template);
      }
      return template(context);
    },
    text(relPath) {
      const { path, dir } = find(relPath);
      return readTemplate(path, dir);
    },
  };
}

