import { messageAt } from '../core/diagnostics/message.ts';
import type { ParsedSection } from '../parse/index.ts';

export const RESERVED_KEY = '__proto__';

/**
 * zod drops a `__proto__` key from records without a word (to keep prototypes safe), so an author's
 * `__proto__: 5` would vanish silently. Report it wherever it is, once (zod-messages skips it).
 */
export function checkReservedKeys(section: ParsedSection): void {
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (key === RESERVED_KEY) {
          messageAt(section, [...path, key], `the key \`${RESERVED_KEY}\` is not allowed`, {
            at: 'key',
            ruleId: 'reserved-key',
            hint: 'remove it; it is no field of a sales plan',
          });
        }
        walk((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  walk(section.data, []);
}
