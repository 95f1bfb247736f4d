import type { Page } from 'puppeteer-core';

/**
 * What a reader would see wrong in the charts under `selector` as the browser lays them out: two text labels whose
 * boxes overlap, or a label outside its chart. Hidden charts (the phone's on a laptop, and back) are skipped.
 */
export function layoutFaults(tab: Page, selector: string): Promise<string[]> {
  return tab.evaluate((selector) => {
    const faults: string[] = [];
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      const name = svg.querySelector('title')?.textContent ?? '?';
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
      // Half a pixel of slack: anti-aliased edges of neighbours touch.
      const slack = 0.5;
      boxes.forEach((a, i) => {
        if (a.box.left < frame.left - slack || a.box.right > frame.right + slack || a.box.top < frame.top - slack || a.box.bottom > frame.bottom + slack) {
          faults.push(`${name} (${Math.round(frame.width)} px): "${a.text}" outside the chart`);
        }
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.box.right - slack <= b.box.left || b.box.right - slack <= a.box.left || a.box.bottom - slack <= b.box.top || b.box.bottom - slack <= a.box.top;
          if (!apart) faults.push(`${name} (${Math.round(frame.width)} px): "${a.text}" overlaps "${b.text}"`);
        }
      });
    }
    return faults;
  }, selector);
}

/**
 * The contrast ratio (WCAG) against the chart's card of every visible line drawn in `grid` ink and in `accent` ink
 * (the colour written in the SVG; what the theme makes of it is the browser's computed stroke).
 */
export function themeContrast(tab: Page, selector: string, grid: string, accent: string): Promise<{ grid: number[]; accent: number[] }> {
  return tab.evaluate(
    (selector, grid, accent) => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const result = { grid: [] as number[], accent: [] as number[] };
      for (const svg of document.querySelectorAll(`${selector} svg`)) {
        if (svg.getBoundingClientRect().width === 0) continue;
        const card = getComputedStyle(svg.parentElement!).backgroundColor;
        for (const [ink, into] of [[grid, result.grid], [accent, result.accent]] as const) {
          for (const line of svg.querySelectorAll(`path[stroke="${ink}"]`)) into.push(ratio(getComputedStyle(line).stroke, card));
        }
      }
      return result;
    },
    selector,
    grid,
    accent,
  );
}
