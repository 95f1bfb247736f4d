/**
 * Last touches to a rendered SVG before it is inlined in a page; applied to fresh and cached SVGs alike,
 * so changing it never needs a cache bump.
 *
 * Mermaid sizes its SVGs `width="100%"` with `max-width: <natural>px`: on a phone a wide gantt chart shrinks
 * to a third of its size and its 12 px labels become unreadable. The natural width goes into a CSS custom
 * property, so the stylesheet can keep a floor under it (the figure then scrolls sideways instead).
 */
export function prepareInlineSvg(svg: string): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const tag = open[0];
  if (tag.includes('--diagram-width')) return svg;
  const width = Number(/\sviewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+[\d.e]+"/.exec(tag)?.[1]);
  if (!Number.isFinite(width) || width <= 0) return svg;
  const property = `--diagram-width: ${Math.round(width)}px;`;
  const style = /\sstyle="([^"]*)"/.exec(tag);
  const rewritten = style
    ? tag.replace(style[0], ` style="${joinDeclarations(style[1] ?? '', property)}"`)
    : tag.replace(/^(\s*<svg\b)/, `$1 style="${property}"`);
  return rewritten + svg.slice(tag.length);
}

function joinDeclarations(existing: string, added: string): string {
  const trimmed = existing.trim();
  if (!trimmed) return added;
  return `${trimmed}${trimmed.endsWith(';') ? '' : ';'} ${added}`;
}
