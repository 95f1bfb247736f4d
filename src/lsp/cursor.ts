import type { Position } from 'unist';
import { type ParsedSection, YamlIndexBuilder } from '../parse/index.ts';
import { valueAt } from './references.ts';

type Path = (string | number)[];

/** A 1-based line and column in the .md file, as the parser's positions are. */
export interface Point {
  line: number;
  column: number;
}

const contains = (p: Position, at: Point) =>
  (p.start.line < at.line || (p.start.line === at.line && p.start.column <= at.column)) &&
  (p.end.line > at.line || (p.end.line === at.line && p.end.column >= at.column));

function entries(section: ParsedSection): { values: [Path, Position][]; keys: [Path, Position][] } {
  if (!(section.yaml instanceof YamlIndexBuilder)) return { values: [], keys: [] };
  const { values, keys } = section.yaml.entries();
  const parse = ([key, position]: [string, Position]): [Path, Position] => [JSON.parse(key) as Path, position];
  return { values: values.map(parse), keys: keys.map(parse) };
}

/** The deepest key or scalar value under the cursor: what hover, definition and references are about. */
export function pathAt(section: ParsedSection, at: Point): { path: Path; on: 'key' | 'value'; position: Position } | undefined {
  const { values, keys } = entries(section);
  const hits = [
    ...keys.filter(([, p]) => contains(p, at)).map(([path, position]) => ({ path, on: 'key' as const, position })),
    ...values.filter(([path, p]) => path.length > 0 && contains(p, at)).map(([path, position]) => ({ path, on: 'value' as const, position })),
  ];
  // The innermost place wins: a scalar inside a list inside a map.
  return hits.sort((a, b) => b.path.length - a.path.length || (a.on === 'value' ? -1 : 1))[0];
}

/** What the author is typing at the cursor: a key of the object at `parent`, or the value of the key at `path`. */
export type Typing = { mode: 'key'; parent: Path; present: string[] } | { mode: 'value'; path: Path };

/**
 * Where a completion goes, from the line's indentation and the keys already indexed above it (the parser indexes
 * every key with its column): a key at the same column is a sibling, one further left is the parent.
 */
export function typingAt(section: ParsedSection, lineText: string, at: Point): Typing | undefined {
  const before = lineText.slice(0, at.column - 1);
  const item = /^(\s*)- /.exec(before);
  const indent = item ? item[0].length + 1 : (/^\s*/.exec(before)?.[0].length ?? 0) + 1;
  const { keys } = entries(section);
  const keyMatch = /^(\s*(?:- )?)([A-Za-z_][\w-]*):\s/.exec(before);
  if (keyMatch) {
    const own = keys.find(([, p]) => p.start.line === at.line && p.start.column === keyMatch[1]!.length + 1);
    return own ? { mode: 'value', path: own[0] } : undefined;
  }
  const above = keys.filter(([, p]) => p.start.line < at.line || (p.start.line === at.line && p.start.column < indent)).sort(([, a], [, b]) => b.start.line - a.start.line || b.start.column - a.start.column);
  for (const [path, p] of above) {
    if (p.start.column === indent) {
      const parent = path.slice(0, -1);
      // A new list item (`- `) shares no keys with the item above it.
      const present = item ? [] : siblings(keys, parent);
      return { mode: 'key', parent: item && typeof parent.at(-1) === 'number' ? [...parent.slice(0, -1), Number(parent.at(-1)) + 1] : parent, present };
    }
    if (p.start.column < indent) {
      const data = valueAt(section.data, path);
      const parent = Array.isArray(data) ? [...path, item ? data.length : Math.max(0, data.length - 1)] : path;
      return { mode: 'key', parent, present: item ? [] : siblings(keys, parent) };
    }
  }
  return { mode: 'key', parent: [], present: siblings(keys, []) };
}

function siblings(keys: [Path, Position][], parent: Path): string[] {
  const want = JSON.stringify(parent);
  return keys.filter(([path]) => path.length === parent.length + 1 && JSON.stringify(path.slice(0, -1)) === want).map(([path]) => String(path.at(-1)));
}

/** Whether a line (1-based) is inside the file's frontmatter: between the opening `---` and the closing one. */
export function inFrontmatter(text: string, line: number): boolean {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return false;
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  return line > 1 && (close === -1 || line <= close);
}
