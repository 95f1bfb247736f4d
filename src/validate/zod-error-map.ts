import type { z } from 'zod';

/**
 * Plain-language messages for the issues whose schema sets none (zod's defaults read
 * "Invalid input: expected array, received string"). Passed per parse, so schema messages still win.
 */
export const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_MESSAGES[issue.expected] ?? `must be ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') {
        return Number(issue.minimum) <= 1 ? 'must list at least one item' : `must list at least ${issue.minimum} items`;
      }
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `must list at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be ${alternatives(issue.values.map(String))}`;
    case 'invalid_format':
      return 'is not written in the expected form';
    case 'invalid_union':
      return 'is not one of the allowed forms';
    default:
      return undefined;
  }
};

const TYPE_MESSAGES: Record<string, string> = {
  array: 'must be a list (lines starting with "- ")',
  object: 'must be a group of `key: value` fields',
  record: 'must be a group of `key: value` fields',
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
};

/** `a`, `a or b`, `a, b or c`. */
export function alternatives(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
