/**
 * ECharts names its classes and ids from counters per process (`zr0-cls-0`, then `zr1-cls-4` for the next chart):
 * renumbered in order of appearance under the chart's own prefix, the same chart is the same bytes in a
 * long-running process (dev) too, and two charts on one page never share an id.
 */
export function stableNames(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  // ecmeta_* attributes are ECharts' bookkeeping for hydrating in a browser: not valid HTML, and nothing reads them here.
  return svg.replace(/ ecmeta_[a-z_]+="[^"]*"/g, '').replace(/zr\d+-([a-z]+)-?(\d+)/g, (whole, kind: string) => {
    let name = names.get(whole);
    if (!name) {
      name = `${prefix}-${kind}${names.size}`;
      names.set(whole, name);
    }
    return name;
  });
}
