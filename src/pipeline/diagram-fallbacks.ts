import type { DiagramSpec } from '../diagrams/index.ts';
import type { DiagramFallback } from '../render/index.ts';

/**
 * What the site shows for a diagram that could not be drawn because no browser is installed (a `--no-pdf`
 * build): its Mermaid source, with a notice saying why and how to get the picture.
 */
export function diagramFallbacks(skipped: readonly DiagramSpec[] | undefined): Map<string, DiagramFallback> | undefined {
  if (!skipped?.length) return undefined;
  const notice =
    'This diagram was not drawn: no Chrome or Chromium was found when the site was built. ' +
    'Its Mermaid source is shown instead; install Chromium (or set CHROME_PATH) and build again to see the picture.';
  return new Map(skipped.map((spec) => [spec.id, { source: spec.source, notice }]));
}
