import { describe, expect, it } from 'vitest';
import { runEdited } from './run-plan.ts';

const messageTexts = (messages: { reason: string }[]) => messages.map((m) => m.reason);

describe('references', () => {
  it('reports an unknown role with the nearest one, at the value', async () => {
    const { messages, facts } = await runEdited({ '04-team.md': [['role: ae\n    start: 2026-10-01', 'role: aee\n    start: 2026-10-01']] });
    expect(facts).toBeUndefined();
    expect(messages).toEqual([
      expect.objectContaining({
        file: 'content/04-team.md',
        line: 40,
        column: 11,
        reason: 'role `aee` is not a role; did you mean `ae`?',
        note: 'roles: head_of_sales, sdr, bdr, ae',
        ruleId: 'unknown-reference',
      }),
    ]);
  });

  it('checks references across files: owners, funnel stages, methods, kpis, dashboards, reports_to', async () => {
    const { messages } = await runEdited({
      '06-process.md': [['owner: sdr', 'owner: sdrs'], ['funnel_stage: meeting_held', 'funnel_stage: meeting_hold'], ['method: spin', 'method: challenger']],
      '07-action-plan.md': [['owner: head_of_sales', 'owner: ceo']],
      '08-metrics.md': [['stage: won', 'stage: closed'], ['role: sdr', 'role: sdr2'], ['  - role: ae', '  - role: account_exec']],
      '04-team.md': [['reports_to: head_of_sales', 'reports_to: head_of_sale']],
    });
    expect(messageTexts(messages)).toEqual([
      'reports_to `head_of_sale` is not a role; did you mean `head_of_sales`?',
      'owner `sdrs` is not a role; did you mean `sdr`?',
      'funnel_stage `meeting_hold` is not a funnel stage; did you mean `meeting_held`?',
      'method `challenger` is not a method',
      'owner `ceo` is not a role',
      'stage `closed` is not a funnel stage',
      'role `sdr2` is not a role; did you mean `sdr`?',
      'role `account_exec` is not a role',
    ]);
  });

  it('reports a milestone depending on one that does not exist', async () => {
    const { messages } = await runEdited({ '07-action-plan.md': [['depends_on: [hire_ae]', 'depends_on: [hire_a]']] });
    expect(messages).toEqual([expect.objectContaining({ line: 14, column: 18, reason: 'depends_on `hire_a` is not a milestone; did you mean `hire_ae`?' })]);
  });

  it('requires capacity keys to be a source activity or a funnel stage, reported at the key', async () => {
    const { messages } = await runEdited({ '04-team.md': [['cold_calls: 50', 'cold_call: 50']] });
    expect(messages).toEqual([
      expect.objectContaining({
        line: 18,
        column: 7,
        reason: 'capacity `cold_call` is not a source activity or funnel stage; did you mean `cold_calls`?',
      }),
    ]);
  });
  it('are checked in every file that parsed, whatever schema errors other files (or the same file) have', async () => {
    const { messages } = await runEdited({
      '04-team.md': [['start: 2026-11-16', 'start: 2026-13-45'], ['role: ae\n    start: 2026-10-01', 'role: aee\n    start: 2026-10-01']],
      '03-goals.md': [['rate: 80%', 'rate: lots']],
      '06-process.md': [['owner: sdr', 'owner: sdrs']],
      '07-action-plan.md': [['owner: head_of_sales', 'owner: Head Of Sales']],
    });
    const reasons = messageTexts(messages);
    // The schema errors and, in the same run, the unknown role in the broken team file and the owner in an
    // otherwise valid one; a malformed id gets the schema's message only, not a second "is not a role".
    expect(reasons).toEqual([
      'rate must be a rate such as 25% or 0.25',
      'role `aee` is not a role; did you mean `ae`?',
      'start 2026-13-45 is not a date that exists; check the month and the day',
      'owner `sdrs` is not a role; did you mean `sdr`?',
      'owner must be an id in lower case letters, digits, - or _, starting with a letter',
    ]);
  });
});

describe('ids and cycles', () => {
  it('reports a duplicate id on the second, with the line of the first', async () => {
    const { messages } = await runEdited({ '04-team.md': [['id: bdr', 'id: sdr']] });
    expect(messages.map((m) => [m.line, m.reason])).toEqual([[13, 'duplicate role id `sdr` (already used on line 7)']]);
  });

  it('reports duplicate ids in every list', async () => {
    const { messages } = await runEdited({
      '03-goals.md': [['id: meeting_held', 'id: meeting_booked'], ['activity: cold_calls', 'activity: cold_emails']],
      '07-action-plan.md': [['id: onboard_ae', 'id: hire_ae'], ['depends_on: [hire_ae]', '']],
      '04-team.md': [['id: sam', 'id: alex']],
    });
    const duplicates = messages.filter((m) => m.ruleId === 'duplicate-id');
    expect(duplicates.map((m) => [m.file, m.line, m.reason])).toEqual([
      ['content/03-goals.md', 9, 'duplicate funnel stage id `meeting_booked` (already used on line 6)'],
      ['content/03-goals.md', 22, 'duplicate source activity id `cold_emails` (already used on line 18)'],
      ['content/04-team.md', 34, 'duplicate person id `alex` (already used on line 30)'],
      ['content/07-action-plan.md', 9, 'duplicate milestone id `hire_ae` (already used on line 4)'],
    ]);
  });

  it('names a dependency cycle', async () => {
    const { messages } = await runEdited({ '07-action-plan.md': [['end: 2026-11-16', 'end: 2026-11-16\n    depends_on: [onboard_ae]']] });
    expect(messages).toEqual([
      expect.objectContaining({ line: 9, column: 18, reason: 'dependency cycle: hire_ae → onboard_ae → hire_ae', ruleId: 'dependency-cycle' }),
    ]);
  });

  it('names a milestone that depends on itself', async () => {
    const { messages } = await runEdited({ '07-action-plan.md': [['depends_on: [hire_ae]', 'depends_on: [hire_ae, onboard_ae]']] });
    expect(messageTexts(messages)).toEqual(['dependency cycle: onboard_ae → onboard_ae']);
  });

  it('names a reports_to cycle', async () => {
    const { messages } = await runEdited({ '04-team.md': [['summary: Owns the number and the team.', 'reports_to: ae']] });
    expect(messageTexts(messages)).toEqual(['reports_to cycle: head_of_sales → ae → head_of_sales']);
    expect(messages[0]?.line).toBe(6);
  });
});

describe('funnel and sources', () => {
  it('reports shares that do not add up to 100% at the first share, with the actual sum', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['share: 50%', 'share: 40%']] });
    expect(messages).toEqual([
      expect.objectContaining({ line: 20, column: 12, reason: 'the shares of the sources add up to 90%, not 100%', ruleId: 'shares-sum' }),
    ]);
  });

  it('adds shares exactly: 0.1 + 0.2 + 0.7 is 1', async () => {
    const { messages } = await runEdited({
      '03-goals.md': [
        ['share: 50%', 'share: 0.1'],
        ['share: 50%', 'share: 0.2'],
        ['    one_in: 128\n---', '    one_in: 128\n  - activity: referrals\n    name: Referrals\n    share: 0.7\n    rate: 10%\n---'],
      ],
    });
    expect(messages).toEqual([]);
  });

  it('requires a rate on every stage but the last, and none on the last', async () => {
    const { messages } = await runEdited({
      '03-goals.md': [['    rate: 50%\n', '\n'], ['name: Won deal', 'name: Won deal\n    rate: 100%']],
    });
    expect(messages.map((m) => [m.line, m.reason])).toEqual([
      [9, 'funnel stage `meeting_held` needs a `rate`: the share that becomes `opportunity`'],
      [17, 'the last funnel stage `won` is the won deal and has no `rate`'],
    ]);
  });

  it('requires exactly one of one_in and rate on a source', async () => {
    const { messages } = await runEdited({ '03-goals.md': [['one_in: 128', 'one_in: 128\n    rate: 1%'], ['    one_in: 128\n---', '---']] });
    expect(messageTexts(messages)).toEqual([
      'source `cold_emails` has both `one_in` and `rate`',
      'source `cold_calls` needs `one_in` or `rate`',
    ]);
  });
});

describe('dates, locale and currency', () => {
  it('reports a milestone ending before it starts, and one with both end and duration', async () => {
    const { messages } = await runEdited({ '07-action-plan.md': [['end: 2026-11-16', 'end: 2026-09-30'], ['duration_days: 30', 'duration_days: 30\n    end: 2026-12-31']] });
    expect(messageTexts(messages)).toEqual([
      'milestone `hire_ae` ends 2026-09-30, before it starts 2026-10-02',
      'milestone `onboard_ae` has both `end` and `duration_days`',
    ]);
  });

  it('requires a milestone to say when it ends', async () => {
    const { messages } = await runEdited({ '07-action-plan.md': [['    duration_days: 30\n', '']] });
    expect(messages).toEqual([expect.objectContaining({ line: 9, column: 5, reason: 'milestone `onboard_ae` needs `end` or `duration_days`' })]);
  });

  it('reports a period and a person ending before they start', async () => {
    const { messages } = await runEdited({
      '01-plan.md': [['period: 2026-Q4', 'period: {start: 2026-10-01, end: 2026-09-01}']],
      '04-team.md': [['start: 2025-06-01', 'start: 2025-06-01\n    end: 2025-05-31']],
    });
    expect(messageTexts(messages)).toEqual([
      'period end 2026-09-01 is before its start 2026-10-01',
      'end 2025-05-31 is before start 2025-06-01 for `sam`',
    ]);
  });

  it('checks the currency and the locale against what Intl knows', async () => {
    const { messages } = await runEdited({ '01-plan.md': [['currency: USD', 'currency: USS'], ['locale: en-US', 'locale: en-US-US']] });
    expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
      [7, 'invalid-currency'],
      [8, 'invalid-locale'],
    ]);
    expect(messages[0]?.reason).toBe('currency `USS` is not an ISO 4217 currency code; did you mean `USD`?');
  });
});
