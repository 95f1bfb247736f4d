import type { z } from 'zod';

/**
 * Which keys a zod object allows at a path of a section schema, for "did you mean" on unknown fields.
 * Reads zod's public definition objects (`_zod.def`), following optional, array, record and union wrappers.
 */

type Path = readonly PropertyKey[];

/** The parts of `_zod.def` this walk reads; every zod 4 schema has `type`, the rest depends on it. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function def(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let d = def(current); ; d = def(current)) {
    if (WRAPPERS.has(d.type) && d.innerType) current = d.innerType;
    else if (d.type === 'pipe' && d.in) current = d.in;
    else return current;
  }
}

/** The object schemas that can sit at `path` (several where a union allows several forms). */
function objectsAt(schema: z.ZodType, path: Path): Record<string, z.ZodType>[] {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'union') return (d.options ?? []).flatMap((option) => objectsAt(option, path));
  if (path.length === 0) return d.type === 'object' && d.shape ? [d.shape] : [];
  const [head, ...rest] = path;
  if (d.type === 'object' && d.shape && typeof head === 'string' && Object.hasOwn(d.shape, head)) {
    return objectsAt(d.shape[head] as z.ZodType, rest);
  }
  if (d.type === 'array' && d.element && typeof head === 'number') return objectsAt(d.element, rest);
  if (d.type === 'record' && d.valueType) return objectsAt(d.valueType, rest);
  return [];
}

/** The keys allowed at `path`; where a union allows several objects, the one sharing most keys with `input`. */
export function allowedKeys(schema: z.ZodType, path: Path, input: unknown): string[] {
  const present = input && typeof input === 'object' ? Object.keys(input) : [];
  let best: string[] = [];
  let bestOverlap = -1;
  for (const shape of objectsAt(schema, path)) {
    const keys = Object.keys(shape);
    const overlap = present.filter((key) => keys.includes(key)).length;
    if (overlap > bestOverlap) [best, bestOverlap] = [keys, overlap];
  }
  return best;
}

/** Every field name of every object in a schema, nested ones included (a record's keys are data, not fields). */
export function fieldNames(schema: z.ZodType, into = new Set<string>()): Set<string> {
  const d = def(schema);
  for (const inner of [d.innerType, d.element, d.valueType, d.in, ...(d.options ?? [])]) if (inner) fieldNames(inner, into);
  for (const [key, value] of Object.entries(d.shape ?? {})) {
    into.add(key);
    fieldNames(value, into);
  }
  return into;
}
