import type { RenderedDiagram } from './types.ts';

/**
 * The printed column and the tallest a diagram may be there (print.css `max-height: 200mm`), in CSS pixels. The
 * column is A4's less the default margins, a little under Letter's: a diagram that fits it fits both.
 */
const PRINT_WIDTH = (170 / 25.4) * 96;
const PRINT_HEIGHT = (200 / 25.4) * 96;

/** The natural size of a mermaid SVG, from its viewBox. */
function naturalSize(svg: string): { width: number; height: number } | undefined {
  const box = /^\s*<svg\b[^>]*\sviewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)"/.exec(svg);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** How much a drawing shrinks to fit the printed column and height: 1 when it fits as drawn. */
function printScale(svg: string): number {
  const size = naturalSize(svg);
  if (!size) return 1;
  return Math.min(1, PRINT_WIDTH / size.width, PRINT_HEIGHT / size.height);
}

/** Mermaid's label text (its theme's 16 px), and the smallest a printed handbook allows: 8 pt. */
const LABEL_PX = 16;
const MIN_PRINT_PX = (8 / 72) * 96;

/**
 * Paper prints the left-to-right drawing, the one a wide screen shows, while its labels stay 8 pt or more once
 * it fits the column (three or four short stages); else the top-down one, when that shrinks less (the Swedish
 * example's four stages with two sources would print at 7.3 pt across, the English eight at 5.4 pt).
 */
export function printsNarrow(wide: RenderedDiagram, narrow: RenderedDiagram): boolean {
  const across = printScale(wide.svg);
  return across * LABEL_PX < MIN_PRINT_PX && printScale(narrow.svg) > across;
}
