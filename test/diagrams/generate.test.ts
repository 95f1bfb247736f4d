import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedDiagrams } from '../../src/diagrams/index.ts';
import { ganttDiagram } from '../../src/diagrams/generate/gantt.ts';
import { orgDiagram } from '../../src/diagrams/generate/org.ts';
import { processDiagram } from '../../src/diagrams/generate/process.ts';
import { escapeGanttText, escapeLabel, wrapRows } from '../../src/diagrams/generate/text.ts';
import { dec } from '../../src/core/decimal.ts';
import { computeMilestones } from '../../src/model/milestones.ts';
import { createFormat } from '../../src/core/format.ts';
import { labelsFor } from '../../src/core/labels/index.ts';
import { exampleFacts, exampleModel } from './fixture.ts';

/** The flowchart's lines, without the frontmatter that sets its layout. */
const lines = (source: string) =>
  source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => line.trim());

describe('escapeLabel (flowchart labels)', () => {
  it('keeps brackets, colons and # as written and defuses quotes, markup and entity codes', () => {
    expect(escapeLabel('Say "hi" [now] #1; <b>x</b> a:b & `c`')).toBe(
      'Say \u201Chi\u201D [now] #\u20601; &lt;b&gt;x&lt;/b&gt; a:b &amp; \u02CBc\u02CB',
    );
  });

  it('breaks every %% apart, so a directive or comment in plan text stays text', () => {
    expect(escapeLabel("%%{init: {'theme':'dark'}}%% 100%")).toBe("%\u2060%{init: {'theme':'dark'}}%\u2060% 100%");
  });

  it('never leaves a character that could close the label, open markup or form an entity code', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeLabel(text);
        expect(out).not.toMatch(/["<>`\n\r]/);
        expect(out).not.toMatch(/#\w+;/);
        expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        // A directive (`%%{init: …}%%`) is read anywhere in the source: no two percent signs may touch.
        expect(out).not.toContain('%%');
      }),
    );
  });
});

describe('wrapRows', () => {
  it('breaks at spaces into rows of at most the width, keeping a long word and a no-break space whole', () => {
    expect(wrapRows('Business Development Representative', 18)).toEqual(['Business', 'Development', 'Representative']);
    expect(wrapRows('200 Bokat möte → 160 Genomfört möte (80\u00A0%)', 18)).toEqual(['200 Bokat möte →', '160 Genomfört möte', '(80\u00A0%)']);
    expect(wrapRows('Onboarding-and-referrals-handoff x', 18)).toEqual(['Onboarding-and-referrals-handoff', 'x']);
  });

  it('pairs quotes before it breaks, so a quotation over two rows opens and closes', () => {
    expect(wrapRows('The "outbound email playbook" v2', 18)).toEqual(['The \u201Coutbound', 'email playbook\u201D v2']);
  });
});

describe('escapeGanttText', () => {
  it('uses mermaid entity codes for everything that could split a task line', () => {
    expect(escapeGanttText('Phase 1: "go"; 50% #2 <x> & y')).toBe('Phase 1#58; #quot;go#quot;#59; 50#37; #35;2 #lt;x#gt; #amp; y');
  });

  it('leaves no colon, and # and ; only as parts of entity codes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeGanttText(text).replace(/#\w+;/g, '');
        expect(out).not.toMatch(/[:;#"%<>&\n\r]/);
      }),
    );
  });
});

describe('process diagram', () => {
  it('shows each stage with its owner, volume and conversion, left to right when short', () => {
    const spec = processDiagram(exampleFacts(), exampleModel());
    expect(spec.id).toBe('process');
    expect(lines(spec.source)).toEqual([
      'flowchart LR',
      // Each line wrapped at spaces into rows of at most 18 characters.
      's0["Prospecting<br/>SDR<br/>200 meetings<br/>booked"]',
      's1["First meeting<br/>Account Executive<br/>200 meetings<br/>booked \u2192 160<br/>meetings held<br/>(80%)"]',
      's2["Closing<br/>Account Executive<br/>80 opportunities \u2192<br/>20 deals won (25%)"]',
      's0 --> s1',
      's1 --> s2',
    ]);
    expect(spec.description).toMatch(/3 stages from Prospecting to Closing/);
  });

  it('is drawn left to right for a wide screen and top-down for a phone, with the same nodes and edges', () => {
    const stages = Array.from({ length: 6 }, (_, i) => ({ id: `st-${i}`, name: `Stage ${i}`, owner: 'ae' }));
    const wide = processDiagram(exampleFacts({ stages }), exampleModel());
    const narrow = processDiagram(exampleFacts({ stages }), exampleModel(), undefined, undefined, 'TD');
    expect([wide.id, narrow.id]).toEqual(['process', 'process-narrow']);
    expect(lines(wide.source)[0]).toBe('flowchart LR');
    expect(lines(narrow.source)[0]).toBe('flowchart TD');
    expect(lines(narrow.source).slice(1)).toEqual(lines(wide.source).slice(1));
    expect(wide.source).toContain('s5["Stage 5<br/>Account Executive"]');
    expect(wide.source).toContain('s4 --> s5');
  });

  it('formats numbers for the plan locale', () => {
    const model = exampleModel({ locale: 'de-DE' });
    model.funnel[0]!.need.period = dec(12800);
    expect(processDiagram(exampleFacts(), model).source).toContain('12.800 meetings<br/>booked');
  });

  it('writes counts and rates with the formatter the tables use, in the plan locale', () => {
    const model = exampleModel({ locale: 'sv-SE' });
    const format = createFormat('sv-SE', 'SEK');
    const source = processDiagram(exampleFacts(), model, labelsFor('sv-SE'), format).source;
    const booked = model.funnel[0]!;
    // The funnel table's rate cell is format.percent(rate): the diagram shows the same text, its no-break space
    // a plain one (mermaid would print it as the text `&nbsp;`).
    expect(source).toContain(`(${format.percent(booked.rate!).replace('\u00A0', ' ')})`);
    expect(source).not.toContain('\u00A0');
    expect(source).toContain('(80 %)');
  });

  it('escapes plan text so it cannot break out of the label', () => {
    const stages = [{ id: 'x', name: 'Pitch"] --> evil["<script>', owner: 'ae' }];
    const source = processDiagram(exampleFacts({ stages }), exampleModel()).source;
    expect(lines(source)[1]).toBe('s0["Pitch\u201C] --&gt;<br/>evil[\u201D&lt;script&gt;<br/>Account Executive"]');
  });
});

describe('gantt diagram', () => {
  it('lays milestones out by workstream on the model’s dates, then the hiring windows', () => {
    const spec = ganttDiagram(exampleFacts(), exampleModel());
    expect(spec.id).toBe('gantt');
    expect(lines(spec.source)).toEqual([
      'gantt',
      'dateFormat YYYY-MM-DD',
      'axisFormat %d %b',
      'todayMarker off',
      'inclusiveEndDates',
      'section Tools',
      // 10 days from Oct 1, end dates inclusive.
      'Set up CRM :m0, 2026-10-01, 2026-10-10',
      // Its own start (Nov 1) is after both dependencies end (Oct 10, Oct 30): it starts as written.
      'Launch outbound :m2, 2026-11-01, 2026-11-20',
      'section Enablement',
      'Write playbook :m1, 2026-10-05, 2026-10-30',
      'section Plan',
      'QBR :milestone, m3, 2026-12-15, 0d',
      'section Hiring',
      'Recruit Account Executive :h0r, 2026-10-02, 2026-11-16',
      'Account Executive ramps up :h0p, 2026-11-16, 2027-03-01',
    ]);
    expect(spec.description).toBe('Timeline of 4 milestones in 3 workstreams, and 1 planned hire from requisition to full ramp.');
  });

  it('marks a late requisition critical and keeps colons and keywords out of the syntax', () => {
    const milestones = [
      { id: 'a', title: 'Phase 1: kickoff', owner: 'ae', start: '2026-10-01', duration_days: 3 },
      { id: 'b', title: 'section two', owner: 'ae', start: '2026-10-01', duration_days: 3 },
    ];
    const hiring = [
      { id: 'ae-1', role: 'ae', title: 'AE', start: '2026-10-05', timeToFillDays: 45, requisitionOpen: '2026-08-21', late: true, fullyRamped: '2026-10-05' },
    ];
    const facts = exampleFacts({ milestones });
    const source = lines(ganttDiagram(facts, exampleModel({ hiring, milestones: computeMilestones(facts.action_plan) })).source);
    expect(source).toContain('Phase 1#58; kickoff :m0, 2026-10-01, 2026-10-03');
    expect(source).toContain('#115;ection two :m1, 2026-10-01, 2026-10-03');
    expect(source).toContain('Recruit AE :crit, h0r, 2026-08-21, 2026-10-05');
    expect(source).toContain('AE starts :milestone, h0p, 2026-10-05, 0d');
  });

  it('starts a milestone after the dependency it waits for, as the milestones table does', () => {
    const milestones = [
      { id: 'crm', title: 'Set up CRM', owner: 'ae', start: '2026-10-01', end: '2026-10-20' },
      { id: 'go', title: 'Go live', owner: 'ae', start: '2026-10-05', duration_days: 5, depends_on: ['crm'] },
    ];
    const facts = exampleFacts({ milestones });
    const source = lines(ganttDiagram(facts, exampleModel({ milestones: computeMilestones(facts.action_plan) })).source);
    // Written to start Oct 5, but the CRM it waits for runs to Oct 20: Oct 21 to Oct 25, not Oct 5 to Oct 9.
    expect(source).toContain('Go live :m1, 2026-10-21, 2026-10-25');
  });

  it('has no Hiring section without hires', () => {
    expect(ganttDiagram(exampleFacts(), exampleModel({ hiring: [] })).source).not.toContain('Hiring');
  });
});

describe('org diagram', () => {
  it('shows each role with current and planned heads under whom it reports to', () => {
    const spec = orgDiagram(exampleFacts(), exampleModel());
    expect(lines(spec.source)).toEqual([
      'flowchart TD',
      // No headcount row for the head: counted from the roster.
      'r0["Head of Sales:<br/>1 current + 0 planned"]',
      'r1["Account Executive:<br/>2 current + 1 planned"]',
      'r2["SDR:<br/>0 current + 0 planned"]',
      'r0 --> r1',
      'r0 --> r2',
    ]);
    expect(spec.description).toMatch(/3 roles/);
  });
});

describe('generatedDiagrams', () => {
  it('returns the process (both ways), gantt and org diagrams, each titled and described', () => {
    const specs = generatedDiagrams(exampleFacts(), exampleModel());
    expect(specs.map((s) => s.id)).toEqual(['process', 'process-narrow', 'gantt', 'org']);
    for (const spec of specs) {
      expect(spec.title).not.toBe('');
      expect(spec.description).toMatch(/\.$/);
    }
  });
});
