import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { addMessage } from '../core/diagnostics/message.ts';
import { readmeUrl } from '../core/diagnostics/urls.ts';
import { refusalText, type RefusedReason } from '../write/index.ts';

/** What to do about a refused file, by why it was refused. */
export const REFUSAL_HINTS: Record<RefusedReason['kind'], string> = {
  missing: 'check the name',
  dangling: 'remove the link, or point it at a file inside the plan folder',
  outside: 'a plan reads only its own files: copy the file into the plan folder instead of linking to it',
  'not-a-file': 'a plan reads only regular files: replace it with the file itself, or remove it',
  changed: 'run the command again once nothing is changing the plan folder',
};

/**
 * A file of the plan (or one it names) that salesplan would not read, as a message: `subject` is what it was
 * (`the file`, `the template`, an image's url), `outcome` what happened instead. Decision: an error when the file
 * was part of what the plan says (a section, a template), a warning for an image, which is only left out.
 */
export function reportRefused(
  file: VFile,
  reason: RefusedReason,
  { subject, outcome, severity = 'error', place }: { subject: string; outcome: string; severity?: 'error' | 'warning'; place?: Position | undefined },
): void {
  addMessage(file, `${subject} ${refusalText(reason)}; ${outcome}`, place, {
    severity,
    ruleId: 'unsafe-file',
    source: 'parse',
    url: readmeUrl('safety'),
    hint: REFUSAL_HINTS[reason.kind],
  });
}
