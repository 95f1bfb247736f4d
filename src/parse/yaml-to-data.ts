import type { Position } from 'unist';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import { Decimal } from '../core/decimal.ts';
import type { YamlIndexBuilder } from './yaml-index.ts';

/**
 * Turns a parsed YAML document into plain data by walking its nodes (not `doc.toJS()`), so that
 * numbers become exact Decimals of their source text, `__proto__` is an ordinary key, and every
 * value and key lands in the YamlIndex at its place in the .md file.
 */

type Path = (string | number)[];

/** Where the YAML text sits in the .md file. */
export interface YamlPlacement {
  lineCounter: LineCounter;
  /** Added to YAML lines: the line of the opening `---`. */
  lineOffset: number;
  /** Added to YAML offsets: where the YAML text starts in the file. */
  offset: number;
}

export interface DuplicateKey {
  key: string;
  /** Offset in the YAML text of the second key, as the yaml package reports it. */
  at: number;
  first: Position;
}

/** Enough for any real plan, small enough to stop a billion-laughs document. */
const MAX_ALIAS_EXPANSIONS = 1000;

export function yamlToData(doc: Document, index: YamlIndexBuilder, placement: YamlPlacement) {
  const duplicates: DuplicateKey[] = [];
  const expanding = new Set<YamlNode>();
  let aliases = 0;

  const place = (range: readonly number[] | null | undefined): Position | undefined =>
    range ? toPosition(range[0] ?? 0, range[1] ?? range[0] ?? 0, placement) : undefined;

  function convert(node: unknown, path: Path): unknown {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target || expanding.has(target) || ++aliases > MAX_ALIAS_EXPANSIONS) return null;
      expanding.add(target);
      const value = convert(target, path);
      expanding.delete(target);
      recordValue(path, place(node.range));
      return value;
    }
    if (isScalar(node)) {
      // `key:` with nothing after it: index the key only, so the message lands on it.
      if (node.value !== null || node.source !== '') recordValue(path, place(node.range));
      if (typeof node.value === 'number' && Number.isFinite(node.value)) return exactNumber(node.source, node.value);
      return node.value;
    }
    if (isMap(node)) {
      recordValue(path, place(node.range));
      const object: Record<string, unknown> = {};
      const seen = new Map<string, Position | undefined>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        const keyPlace = place(isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? pair.key.range : undefined);
        const first = seen.get(key);
        if (seen.has(key) && first && isScalar(pair.key) && pair.key.range) {
          duplicates.push({ key, at: pair.key.range[0], first });
        }
        seen.set(key, keyPlace);
        if (keyPlace) index.setKey([...path, key], keyPlace);
        // defineProperty, not assignment: `__proto__: {...}` must stay data, never a prototype.
        Object.defineProperty(object, key, {
          value: convert(pair.value, [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    if (isSeq(node)) {
      recordValue(path, place(node.range));
      return node.items.map((item, i) => convert(item, [...path, i]));
    }
    return null;
  }

  function recordValue(path: Path, position: Position | undefined) {
    if (position) index.setValue(path, position);
  }

  return { data: convert(doc.contents, []), duplicates };
}

function exactNumber(source: string | undefined, value: number): Decimal {
  try {
    // The source text keeps what the author wrote: 0.7 stays 0.7, not 0.69999...
    return new Decimal(source ?? String(value));
  } catch {
    return new Decimal(String(value));
  }
}

function keyText(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === 'number' && key.source) return key.source;
    return key.value === null || key.value === undefined ? '' : String(key.value);
  }
  return key === null || key === undefined ? '' : String(key);
}

export function toPosition(start: number, end: number, placement: YamlPlacement): Position {
  return { start: toPoint(start, placement), end: toPoint(end, placement) };
}

function toPoint(offset: number, { lineCounter, lineOffset, offset: base }: YamlPlacement) {
  const { line, col } = lineCounter.linePos(offset);
  return { line: line + lineOffset, column: col, offset: offset + base };
}
