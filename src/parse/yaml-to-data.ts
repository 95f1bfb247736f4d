import type { Position } from 'unist';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import { Decimal } from '../core/decimal.ts';
import { YAML_LIMITS } from '../core/limits.ts';
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

/** A limit a document went over, placed on the node where it did. */
export interface LimitProblem {
  reason: string;
  hint: string;
  /** Offsets in the YAML text. */
  at: readonly number[] | undefined;
}

/** Walks the document within YAML_LIMITS (core/limits.ts): what goes over one becomes null and a LimitProblem. */
export function yamlToData(doc: Document, index: YamlIndexBuilder, placement: YamlPlacement) {
  const duplicates: DuplicateKey[] = [];
  const limits: LimitProblem[] = [];
  const expanding = new Set<YamlNode>();
  let aliasDepth = 0;
  let aliasValues = 0;
  /**
   * Anchors seen so far in document order, outside alias expansions: an alias is the last node with its anchor
   * before it (what `Alias.resolve` finds by walking the whole document, for every alias: quadratic on a big one).
   */
  const anchors = new Map<string, YamlNode>();
  const remember = (node: YamlNode) => {
    if (aliasDepth === 0 && 'anchor' in node && typeof node.anchor === 'string') anchors.set(node.anchor, node);
  };
  /** The outermost alias being expanded: where a message about alias values goes. */
  let outerAlias: readonly number[] | undefined;
  let tooDeep = false;
  let tooManyAliasValues = false;

  const place = (range: readonly number[] | null | undefined): Position | undefined =>
    range ? toPosition(range[0] ?? 0, range[1] ?? range[0] ?? 0, placement) : undefined;

  /** False once a limit is reached: the value becomes null and the problem is reported once, where it happened. */
  function withinLimits(node: { range?: readonly number[] | null | undefined }, depth: number): boolean {
    if (aliasDepth > 0 && ++aliasValues > YAML_LIMITS.aliasValues) {
      if (!tooManyAliasValues) {
        tooManyAliasValues = true;
        limits.push({
          reason: `YAML aliases here expand to more than ${YAML_LIMITS.aliasValues.toLocaleString('en-US')} values, the limit`,
          hint: 'write the values out, or refer to fewer or smaller anchors (&name) with aliases (*name)',
          at: outerAlias ?? node.range ?? undefined,
        });
      }
      return false;
    }
    if (depth > YAML_LIMITS.depth) {
      if (!tooDeep) {
        tooDeep = true;
        limits.push(depthProblem(node.range ?? undefined));
      }
      return false;
    }
    return true;
  }

  function convert(node: unknown, path: Path, depth: number): unknown {
    if (isAlias(node)) {
      if (tooManyAliasValues) return null;
      const target = anchors.get(node.source);
      if (!target || expanding.has(target)) return null;
      expanding.add(target);
      if (aliasDepth++ === 0) outerAlias = node.range ?? undefined;
      const value = convert(target, path, depth);
      aliasDepth--;
      expanding.delete(target);
      recordValue(path, place(node.range));
      return value;
    }
    if (isScalar(node)) {
      remember(node);
      if (!withinLimits(node, depth)) return null;
      // `key:` with nothing after it: index the key only, so the message lands on it.
      if (node.value !== null || node.source !== '') recordValue(path, place(node.range));
      if (typeof node.value === 'number' && typeof node.source === 'string' && tooManyDigits(node.source)) {
        limits.push({
          reason: `number \`${shorten(node.source)}\` has ${digitCount(node.source).toLocaleString('en-US')} digits; the limit is ${YAML_LIMITS.numberDigits}`,
          hint: 'write the number with fewer digits (amounts, rates and counts in a plan need no more than 15)',
          at: node.range ?? undefined,
        });
        return null;
      }
      if (typeof node.value === 'number' && Number.isFinite(node.value)) return exactNumber(node.source, node.value);
      return node.value;
    }
    if (isMap(node)) {
      remember(node);
      if (!withinLimits(node, depth + 1)) return null;
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
          value: convert(pair.value, [...path, key], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    if (isSeq(node)) {
      remember(node);
      if (!withinLimits(node, depth + 1)) return null;
      recordValue(path, place(node.range));
      return node.items.map((item, i) => convert(item, [...path, i], depth + 1));
    }
    return null;
  }

  function recordValue(path: Path, position: Position | undefined) {
    if (position) index.setValue(path, position);
  }

  return { data: convert(doc.contents, [], 0), duplicates, limits };
}

/** The nesting limit as a message: from this walk, or from the yaml parser running out of stack first. */
export function depthProblem(at: readonly number[] | undefined): LimitProblem {
  return {
    reason: `the frontmatter nests deeper than ${YAML_LIMITS.depth} levels here, the limit`,
    hint: 'a plan’s fields nest a few levels at most: flatten this value, or check for brackets that are never closed',
    at,
  };
}

/** Digits of a number as written (sign, point, exponent and `_` aside), plus its exponent: `1e400` is 401 digits. */
function digitCount(source: string): number {
  const [mantissa = '', exponent = '0'] = source.toLowerCase().split('e');
  const digits = mantissa.replace(/[^0-9a-f]/g, '').length;
  const shift = Math.abs(Number.parseInt(exponent, 10) || 0);
  return digits + shift;
}

function tooManyDigits(source: string): boolean {
  return digitCount(source) > YAML_LIMITS.numberDigits;
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-8)}` : text;
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
