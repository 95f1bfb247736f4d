import { describe, expect, it } from 'vitest';
import { createFormat } from '../../src/core/format.ts';
import { labelsFor } from '../../src/core/labels/index.ts';
import { compareScenarios, computeModel } from '../../src/model/index.ts';
import { gapChartSvg } from '../../src/render/index.ts';
import { runPlan } from '../validate/run-plan.ts';
import { editedMinimalPlan } from '../parse/temp-plan.ts';

/** The worked example's model, and one with the AE hire moved to December, compared. */
async function comparison() {
  const base = (await runPlan(editedMinimalPlan({}))).facts!;
  const later = (await runPlan(editedMinimalPlan({ '04-team.md': [['start: 2026-11-16', 'start: 2026-12-01']] }))).facts!;
  return compareScenarios({ id: 'base', name: 'base', model: computeModel(base) }, [{ id: 'late', name: 'Late hire', model: computeModel(later) }]);
}

describe('compareScenarios', () => {
  it('computes each difference against the base and which way it goes', async () => {
    const c = await comparison();
    const row = (key: string) => c.rows.find((r) => r.key === key)!;
    const dec = row('capacity.2026-12.expected');
    expect(dec.cells.map((cell) => [cell.value?.toString(), cell.delta?.toString(), cell.trend])).toEqual([
      ['110000', undefined, 'same'],
      ['100000', '-10000', 'worse'],
    ]);
    expect(dec.differs).toBe(true);
    expect(row('capacity.2026-10.gap').cells[1]).toMatchObject({ trend: 'same' });
    expect(row('capacity.2026-10.gap').cells[0]!.value!.toString()).toBe('-5937.5');
    expect(row('economics.total_cost').cells[1]).toMatchObject({ trend: 'better' });
    expect(row('deals.needed').differs).toBe(false);
    expect(c.gaps?.series.map((s) => s.gaps.map(String))).toEqual([
      ['-5937.5', '11875', '24062.5'],
      ['-5937.5', '11875', '14062.5'],
    ]);
  });

  it('draws the same chart bytes every time, labelled with the exact gaps', async () => {
    const c = await comparison();
    const f = createFormat('en-US', 'USD');
    const first = await gapChartSvg(c, f, labelsFor('en-US'));
    const second = await gapChartSvg(c, f, labelsFor('en-US'));
    expect(second).toBe(first);
    expect(first).toMatch(/^<svg/);
    for (const label of ['−5,937.50', '+11,875', '+14,062.50', 'Base plan', 'Late hire']) expect(first).toContain(label);
    // Each label drawn once: a halo (stroked text) prints as a second copy, a Type 3 font, extracted twice.
    expect(first?.match(/<text[^>]*\bstroke=/g) ?? []).toEqual([]);
  });
});
