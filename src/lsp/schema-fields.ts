import { z } from 'zod';
import { PAGE_SECTION, pageSection, SECTION_KEYS, type SectionKey, sectionSchemas } from '../validate/index.ts';

/** A JSON Schema node, as zod writes it: only what completion and hover read. */
interface Node {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  oneOf?: Node[];
}

export interface Field {
  name: string;
  description: string | undefined;
  required: boolean;
  /** Values a field can only take (an enum, or `section`'s one literal). */
  values: string[];
}

const cache = new Map<string, Node>();

/** The input-side JSON Schema of one section (or an extra page), generated from the zod schema check runs. */
function sectionSchema(section: string): Node | undefined {
  const schema = section === PAGE_SECTION ? pageSection : sectionSchemas[section as SectionKey];
  if (!schema) return undefined;
  let node = cache.get(section);
  if (!node) {
    node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
    cache.set(section, node);
  }
  return node;
}

/** The first branch of a union that has what we look for (optional fields are `anyOf` a type and null-ish). */
function branch(node: Node, has: (n: Node) => boolean): Node | undefined {
  if (has(node)) return node;
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const found = branch(option, has);
    if (found) return found;
  }
  return undefined;
}

function nodeAt(section: string, path: readonly (string | number)[]): Node | undefined {
  let node = sectionSchema(section);
  for (const segment of path) {
    if (!node) return undefined;
    node =
      typeof segment === 'number'
        ? branch(node, (n) => n.items !== undefined)?.items
        : branch(node, (n) => n.properties !== undefined)?.properties?.[segment];
  }
  return node;
}

function values(node: Node | undefined): string[] {
  if (!node) return [];
  const found = branch(node, (n) => n.enum !== undefined || n.const !== undefined);
  if (!found) return [];
  return (found.enum ?? [found.const]).filter((v): v is string => typeof v === 'string');
}

/** The fields an object at `path` of a section may hold. */
export function fieldsAt(section: string, path: readonly (string | number)[]): Field[] {
  const node = nodeAt(section, path);
  const object = node && branch(node, (n) => n.properties !== undefined);
  if (!object?.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).map(([name, child]) => ({
    name,
    description: describe(child),
    required: required.has(name),
    values: name === 'section' && path.length === 0 ? [...SECTION_KEYS, PAGE_SECTION] : values(child),
  }));
}

/** The field at a path (its last segment a key), for hover. */
export function fieldAt(section: string, path: readonly (string | number)[]): Field | undefined {
  const name = path.at(-1);
  if (typeof name !== 'string') return undefined;
  return fieldsAt(section, path.slice(0, -1)).find((f) => f.name === name);
}

// zod's generic "Text" description of the text scalar says nothing a hover should show.
function describe(node: Node): string | undefined {
  const text = node.description ?? node.anyOf?.find((n) => n.description)?.description;
  return text === 'Text' ? undefined : text;
}
