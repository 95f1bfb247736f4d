import { present, type Presentation } from './present.ts';
import type { RenderInput, RenderOptions } from './types.ts';

/**
 * The print handbook: one self-contained HTML document (cover, contents, every section in order)
 * with its CSS inlined, so the browser prints it without a single request.
 */
export function handbookHtml(presentation: Presentation): string {
  return presentation.templates.render('layouts/print', { ...presentation.print, css: presentation.printCss });
}

/** The handbook of one render input on its own (a build presents once and calls handbookHtml). */
export function renderHandbook(input: RenderInput, opts: RenderOptions): string {
  return handbookHtml(present(input, opts));
}
