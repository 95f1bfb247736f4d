import type { Position } from 'unist';
import { Decimal, isDecimal } from '../../core/decimal.ts';

/**
 * Frontmatter data as JSON and back. Decimals become {"$dec": "0.7"} (their exact text), numbers JSON
 * cannot hold become {"$num": "Infinity"}, and a plain object that happens to use such a key is wrapped in
 * {"$obj": ...}, so no value the author wrote can be mistaken for one of these markers.
 */
export function encodeData(value: unknown): unknown {
  if (isDecimal(value)) return { $dec: value.toString() };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (Array.isArray(value)) return value.map(encodeData);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) define(out, key, encodeData(inner));
    return Object.keys(out).some((key) => key.startsWith('$')) ? { $obj: out } : out;
  }
  return value;
}

export function decodeData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeData);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$dec === 'string') return new Decimal(record.$dec);
  if (typeof record.$num === 'string') return Number(record.$num);
  const inner = (record.$obj ?? record) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(inner)) define(out, key, decodeData(item));
  return out;
}

/** `__proto__` is an ordinary key in the frontmatter: keep it data, never a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A position as six numbers: a thousand files' indexes stay small and quick to parse. */
export type PackedPosition = [number, number, number, number, number, number];

export function packPosition(p: Position): PackedPosition {
  return [p.start.line, p.start.column, p.start.offset ?? -1, p.end.line, p.end.column, p.end.offset ?? -1];
}

export function unpackPosition([sl, sc, so, el, ec, eo]: PackedPosition): Position {
  const point = (line: number, column: number, offset: number) => (offset < 0 ? { line, column } : { line, column, offset });
  return { start: point(sl, sc, so), end: point(el, ec, eo) };
}
