import { readmeUrl } from '../core/diagnostics/index.ts';
import { leavesPlanFolder } from '../parse/index.ts';
import type { CheckContext } from './context.ts';

/** The schemes a plan link may use; a link without a scheme is a path inside the plan (or an anchor). */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * What is wrong with a plan link (`links[].href`, shown in every page's footer), or undefined when it may be
 * published. It is read as a browser reads an href: tabs and line breaks anywhere are dropped, spaces and control
 * characters at either end too, and `\` counts as `/`, so `java\tscript:` and `\\host` are caught as what they are.
 */
export function linkProblem(href: string): string | undefined {
  const url = trimControls(href.replace(/[\t\n\r]/g, ''));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme) ? undefined : `uses \`${scheme}:\``;
  // Decision: a protocol-relative `//host/x` is refused: from file:// it means a file share, from a site its scheme.
  if (url.replace(/\\/g, '/').startsWith('//')) return 'has no scheme (`//host…`)';
  if (leavesPlanFolder(url)) return 'points outside the plan folder';
  return undefined;
}

/** Every link of the plan section is an http(s) or mailto: address, or a path inside the plan. */
export function checkPlanLinks(ctx: CheckContext): void {
  ctx.facts.plan?.links?.forEach((link, i) => {
    const problem = linkProblem(link.href);
    if (!problem) return;
    ctx.error('plan', ['links', i, 'href'], `link \`${printable(link.href)}\` ${problem}; a plan link may be an http(s) or mailto: address, or a path inside the plan`, {
      ruleId: 'unsafe-link',
      url: readmeUrl('safety'),
      hint: 'write a web address such as https://wiki.example.com/sales; javascript:, data:, vbscript: and file: links would run code or open files in the reader’s browser',
    });
  });
}

/** C0 controls and the space: what a browser strips from both ends of an href. */
const isControlOrSpace = (char: string) => char.charCodeAt(0) <= 0x20;

function trimControls(text: string): string {
  let [start, end] = [0, text.length];
  while (start < end && isControlOrSpace(text.charAt(start))) start++;
  while (end > start && isControlOrSpace(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** The href as one readable line: control characters shown as escapes, long ones cut. */
function printable(href: string): string {
  const shown = [...href]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c))
    .join('');
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}
