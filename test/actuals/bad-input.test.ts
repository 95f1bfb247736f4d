import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/pipeline/index.ts';
import { examplePlan } from './helpers.ts';

/** One defect per row or file: each a message at file:row:column that says what to do, all in one run, exit 1. */
const DEALS = [
  'Deal - ID,Deal - Title,Deal - Value,Deal - Currency of Value,Deal - Stage,Deal - Status,Deal - Owner,Deal - Deal created,Deal - Won time,Deal - Colour',
  '1,Fine,12500,USD,Opportunity,Won,Jordan Ellis,2026-10-01,2026-10-05,red',
  '2,Bad amount,12 5OO,USD,Opportunity,Won,Jordan Ellis,2026-10-01,2026-10-05,',
  '3,Other currency,12500,EUR,Opportunity,Won,Jordan Ellis,2026-10-01,2026-10-05,',
  '4,Unknown stage,12500,USD,Closing,Open,Jordan Ellis,2026-10-01,,',
  '5,Unknown owner,12500,USD,Opportunity,Open,Jordan Elis,2026-10-01,,',
  '1,Duplicate,12500,USD,Opportunity,Open,Sam Okafor,2026-10-01,,',
  '6,Bad date,12500,USD,Opportunity,Won,Sam Okafor,2026-10-01,31/31/2026,',
  '7,Mapped owner,12500,USD,Opportunity,Open,Someone Else,2026-10-01,,',
].join('\n');

describe('bad exports: positioned messages, reported together', async () => {
  const { dir, plan } = examplePlan('2026-11-15', {
    'deals.csv': DEALS,
    'activities.csv': 'Activity - Type,Activity - Due date,Activity - Done\nCall,2026-10-01,Done\n',
    'notes.csv': 'foo,bar\n1,2\n',
    'mapping.yaml': 'owners:\n  "Someone Else": ae-9\nstagez:\n  X: won\n',
  });
  symlinkSync('/etc/hostname', join(plan, 'actuals', 'linked.csv'));
  const loaded = await loadPlan(plan, dir);
  const messages = loaded.files.filter((f) => f.path.includes('actuals')).flatMap((f) => f.messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${String(m)} | ${m.note ?? ''}`));

  it('each defect at its place, with what to do', () => {
    expect([...messages].sort()).toEqual([
      'error plan/actuals/activities.csv:1:1: the activities export has no assignee column | export it with the column the CRM calls "Activity - Assigned to user", or map the column that holds it in actuals/mapping.yaml (`columns: {"Its header": assignee}`)',
      'warning plan/actuals/deals.csv:1:10: unknown column "Deal - Colour"; it was not read | map it in actuals/mapping.yaml under `columns:` (to a field, or to `ignore`)',
      'error plan/actuals/deals.csv:3:3: the amount cannot be read: "12 5OO" is not an amount written with "." as the decimal mark | write it as 12500.00, or set `decimal:` in actuals/mapping.yaml',
      'error plan/actuals/deals.csv:8:9: the won cannot be read as a date: 2026-31-31 is not a date that exists | write dates as 2026-10-14, 14.10.2026 or 10/14/2026 (`date_order: dmy` in actuals/mapping.yaml for 14/10/2026)',
      'error plan/actuals/deals.csv:4:4: the deal is in EUR, the plan in USD | export the amounts in USD (the CRM\'s company currency), or convert them before the export',
      'error plan/actuals/deals.csv:5:5: the stage "Closing" maps to nothing in the plan | add it to actuals/mapping.yaml under `stages:` ("Closing": <id>), or name it as the plan does',
      'error plan/actuals/deals.csv:6:7: the owner "Jordan Elis" maps to nothing in the plan; did you mean `Jordan Ellis`? | add it to actuals/mapping.yaml under `owners:` ("Jordan Elis": <id>), or name it as the plan does',
      'error plan/actuals/deals.csv:7:1: duplicate deal id "1" (already on row 2) | export each deal once: remove the repeated row, or the overlapping export',
      'error plan/actuals/linked.csv:1:1: the export is a link to a file outside the plan folder; it was not read | a plan reads only its own files: copy the file into the plan folder instead of linking to it',
      'error plan/actuals/mapping.yaml:3:1-3:7: unknown key `stagez` in the mapping file; did you mean `stages`? | the keys are date_order, decimal, columns, stages, owners, activities',
      'error plan/actuals/mapping.yaml:2:19-2:23: `ae-9` is no owner of the plan; did you mean `ae-1`? | map "Someone Else" to one of: hos-1, Dana Whitfield, sdrm-1, Marcus Oyelaran, revops-1, Lena Kowalczyk, ae-1, Jordan Ellis, ae-2, Sam Okafor, ae-3, Riley Chen',
      'error plan/actuals/notes.csv:1:1: this export is not one salesplan recognises (Pipedrive, HubSpot or Salesforce, in English or Swedish) | name its columns in actuals/mapping.yaml under `columns:` (README, Actuals), or export it again with the CRM\'s default column names',
    ].sort());
  });

  it('nothing is lost: the plan has errors and no actuals figures are made from the rest', () => {
    expect(loaded.ok).toBe(false);
    expect(loaded.model?.actuals).toBeUndefined();
  });

  it('check exits 1 and prints them file:row:column', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(import.meta.dirname, '../../bin/salesplan.js'), 'check', 'plan'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('plan/actuals/deals.csv:6:7 error the owner "Jordan Elis" maps to nothing in the plan; did you mean `Jordan Ellis`?');
    // The 11 errors are the exports' (the example plan itself has only warnings, however many).
    expect(stderr).toMatch(/\n11 errors, \d+ warnings\n/);
  });
});
