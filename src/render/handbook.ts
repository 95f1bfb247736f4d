import { loadTemplates } from './templates.ts';
import type { RenderInput, RenderOptions } from './types.ts';
import { buildView } from './view-model.ts';

/**
 * The print handbook: one self-contained HTML document (cover, contents, every section in order)
 * with its CSS inlined, so the browser prints it without a single request.
 */
export function renderHandbook(input: RenderInput, opts: RenderOptions): string {
  const view = buildView(input, 'print');
  const templates = loadTemplates(opts.templateDirs);
  // The screen styles first, then the print rules that override them for A4.
  const css = `${templates.text('styles/site.css')}\n${templates.text('styles/print.css')}`;
  return templates.render('layouts/print', { ...view, css: css.replace(/<\/style/gi, '<\\/style') });
}
