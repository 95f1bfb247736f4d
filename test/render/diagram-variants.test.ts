import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/core/labels/index.ts';
import { diagramView, figureHtml } from '../../src/render/diagrams.ts';
import { narrowDiagramId } from '../../src/core/diagram-ids.ts';
import { printsNarrow } from '../../src/render/diagram-variants.ts';
import type { RenderedDiagram } from '../../src/render/types.ts';

const drawn = (id: string, width: number, height: number): RenderedDiagram => ({
  svg: `<svg id="diagram-${id}" viewBox="0 0 ${width} ${height}"><g/></svg>`,
  title: 'Sales process',
  description: 'The stages.',
});

describe('a diagram drawn both ways', () => {
  it('shows the left-to-right drawing and the top-down one in one figure, the stylesheet picking by width', () => {
    const diagrams = new Map([
      ['process', drawn('process', 1400, 300)],
      [narrowDiagramId('process'), drawn('process-narrow', 360, 1000)],
    ]);
    const html = figureHtml(diagramView('process', diagrams, undefined), labelsFor('en-US'));
    expect(html).toMatch(/^<figure class="diagram diagram-variants diagram-print-narrow" data-diagram-id="process">/);
    expect(html).toContain('<div class="diagram-svg diagram-wide" role="img" aria-label="The stages." tabindex="0"><svg id="diagram-process" ');
    expect(html).toContain('<div class="diagram-svg diagram-narrow" role="img" aria-label="The stages." tabindex="0"><svg id="diagram-process-narrow" ');
    expect(html.match(/<figcaption>/g)).toHaveLength(1);
  });

  it('is one drawing as before when there is no top-down one', () => {
    const html = figureHtml(diagramView('org', new Map([['org', drawn('org', 800, 400)]]), undefined), labelsFor('en-US'));
    expect(html).not.toContain('diagram-variants');
    expect(html.match(/class="diagram-svg"/g)).toHaveLength(1);
  });

  it('prints left to right while its labels stay 8 pt in the column, else top-down when that shrinks less', () => {
    // 640 px across keeps mermaid's 16 px labels; 1400 px shrinks them to 7 px; 1000 px to 10.3 px (7.7 pt).
    expect(printsNarrow(drawn('a', 640, 200), drawn('b', 300, 900))).toBe(false);
    expect(printsNarrow(drawn('a', 1400, 300), drawn('b', 360, 1000))).toBe(true);
    expect(printsNarrow(drawn('a', 1000, 200), drawn('b', 300, 700))).toBe(true);
    // Top-down would shrink even more (too tall for the page): left to right stays.
    expect(printsNarrow(drawn('a', 1400, 300), drawn('b', 300, 4000))).toBe(false);
  });
});
