import { describe, expect, it } from 'vitest';
import { prepareInlineSvg } from '../../src/diagrams/svg-inline.ts';

describe('prepareInlineSvg', () => {
  it('records the natural width from the viewBox next to mermaid’s max-width', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 800.4 696" style="max-width: 800px;"><g/></svg>';
    expect(prepareInlineSvg(svg)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 800.4 696" style="max-width: 800px; --diagram-width: 800px;"><g/></svg>',
    );
  });

  it('adds a style attribute when there is none, and leaves the rest of the SVG alone', () => {
    const svg = '<svg viewBox="-8 -8 255.65 1058.8" id="d"><style>#d{fill:red}</style><svg viewBox="0 0 5 5"/></svg>';
    expect(prepareInlineSvg(svg)).toBe(
      '<svg style="--diagram-width: 256px;" viewBox="-8 -8 255.65 1058.8" id="d"><style>#d{fill:red}</style><svg viewBox="0 0 5 5"/></svg>',
    );
  });

  it('is idempotent, so cached and fresh SVGs come out the same', () => {
    const svg = '<svg viewBox="0 0 300 200" style="max-width: 300px"></svg>';
    const once = prepareInlineSvg(svg);
    expect(once).toContain('style="max-width: 300px; --diagram-width: 300px;"');
    expect(prepareInlineSvg(once)).toBe(once);
  });

  it('leaves SVGs without a usable viewBox, and non-SVG text, untouched', () => {
    for (const text of ['<svg width="10"></svg>', '<svg viewBox="0 0 0 10"></svg>', '<p>not an svg</p>', '']) {
      expect(prepareInlineSvg(text)).toBe(text);
    }
  });
});
