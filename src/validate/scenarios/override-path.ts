import { guessName, listNames } from '../../core/suggest.ts';
import { SECTION_KEYS, type SectionKey } from '../schema/index.ts';

/**
 * The path grammar of an override: `<section>.<field>[.<item id or index>][.<field>]...`, for example
 * `goals.funnel.opportunity.rate`, `team.hires.hire-ae-4.start`, `team.roles.sdr.capacity.cold_emails`, `goals.target`.
 * A list of items with ids (funnel stages, roles, people, hires, milestones...) is entered by the item's id (a source
 * by its `activity`); a list of plain values (ramp, holidays) by its index from 0.
 */
export type DataPath = (string | number)[];

export interface ResolvedPath {
  section: SectionKey;
  /** The path inside the section's frontmatter, with list items as their index: what the schema's messages use. */
  path: DataPath;
  /** The path ends at a list item by its id: `added` when the list does not have it yet (the override adds it). */
  item?: { idField: string; id: string; added: boolean };
}

export interface PathProblem {
  reason: string;
  hint?: string;
  expected?: string[];
  actual?: string;
}

/** The field that names an item of each list (ids.ts lists the same ones); the rest are entered by `id`. */
const ITEM_KEY: Record<string, string> = { sources: 'activity' };

type Raw = Record<string, unknown>;

function isMap(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Where `text` points in the plan's raw frontmatter (`raw`, per section), or what is wrong with it, with a
 * did-you-mean. `value` is the override's value: a map at an id the list lacks adds an item.
 */
export function resolvePath(text: string, raw: Partial<Record<SectionKey, object>>, value: unknown): ResolvedPath | PathProblem {
  const segments = text.split('.');
  if (segments.some((s) => s.trim() === '')) {
    return { reason: `\`${text}\` is not a path`, hint: 'write it as section.field, e.g. goals.target or goals.funnel.opportunity.rate' };
  }
  if (segments.includes('__proto__')) return { reason: `\`${text}\`: the key \`__proto__\` is not allowed`, hint: 'it is no field of a sales plan' };
  const [first = '', ...rest] = segments;
  if (!(SECTION_KEYS as readonly string[]).includes(first)) {
    const guess = guessName(first, SECTION_KEYS);
    return { reason: `\`${text}\`: there is no section \`${first}\`${guess.text}`, hint: `a path starts with a section: ${listNames(SECTION_KEYS)}`, ...known(guess) };
  }
  const section = first as SectionKey;
  if (rest.length === 0) return { reason: `\`${text}\` is a whole section; name a field in it, e.g. \`${section}.title\`` };
  const path: DataPath = [];
  let here: unknown = raw[section];
  for (const [i, segment] of rest.entries()) {
    const last = i === rest.length - 1;
    const where = [section, ...rest.slice(0, i)].join('.');
    if (Array.isArray(here)) {
      const listKey = String(path.at(-1) ?? '');
      const idField = ITEM_KEY[listKey] ?? 'id';
      const named = here.some((item) => isMap(item) && typeof item[idField] === 'string');
      if (!named) {
        const index = /^\d+$/.test(segment) ? Number(segment) : -1;
        if (index < 0 || index > here.length || (index === here.length && !last)) {
          return { reason: `\`${text}\`: \`${where}\` has ${here.length} value${here.length === 1 ? '' : 's'}; \`${segment}\` is not one of its positions (0 to ${here.length - 1})` };
        }
        path.push(index);
        here = here[index];
        continue;
      }
      const ids = here.flatMap((item) => (isMap(item) && typeof item[idField] === 'string' ? [item[idField] as string] : []));
      const index = here.findIndex((item) => isMap(item) && item[idField] === segment);
      if (index < 0) {
        if (last && isMap(value)) {
          path.push(here.length);
          return { section, path, item: { idField, id: segment, added: true } };
        }
        const guess = guessName(segment, ids);
        return {
          reason: `\`${text}\`: \`${where}\` has no item \`${segment}\`${guess.text}`,
          hint: `its items: ${listNames(ids)}${last ? '; to add one, give the whole item as a map' : ''}`,
          ...known(guess),
        };
      }
      path.push(index);
      if (last) return { section, path, item: { idField, id: segment, added: false } };
      here = here[index];
      continue;
    }
    if (isMap(here)) {
      path.push(segment);
      if (Object.hasOwn(here, segment)) {
        here = here[segment];
        continue;
      }
      // A field the plan leaves out may be set (its schema judges the name); a path cannot go through one.
      if (last) return { section, path };
      const fields = Object.keys(here);
      const guess = guessName(segment, fields);
      return {
        reason: `\`${text}\`: \`${where}\` has no \`${segment}\`${guess.text}`,
        hint: `its fields: ${listNames(fields)}; to set a field the plan leaves out, give it whole (e.g. \`${where}.${segment}: {…}\`)`,
        ...known(guess),
      };
    }
    return { reason: `\`${text}\`: \`${where}\` is a single value; it has no \`${segment}\``, hint: `override \`${where}\` itself` };
  }
  return { section, path };
}

function known(guess: { expected: string[] | undefined; actual: string | undefined }): Pick<PathProblem, 'expected' | 'actual'> {
  return guess.expected ? { expected: guess.expected, ...(guess.actual === undefined ? {} : { actual: guess.actual }) } : {};
}

/** Plain maps and lists copied, everything else (Decimals, strings) shared: they are never changed in place. */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyData(v)])) as T;
  return value;
}

/** Sets `value` at a resolved path of a (copied) section; `null` leaves a field out. */
export function setAt(data: Raw, target: ResolvedPath, value: unknown): void {
  let here: unknown = data;
  for (const key of target.path.slice(0, -1)) here = (here as Raw)[key as string];
  const key = target.path.at(-1)!;
  if (Array.isArray(here)) {
    // An item given whole keeps the id it is addressed by (a different one is the schema's and the id checks' to judge).
    const named = target.item && isMap(value) && !Object.hasOwn(value, target.item.idField);
    const item = named && target.item ? { [target.item.idField]: target.item.id, ...(value as Raw) } : value;
    here[key as number] = copyData(item);
    return;
  }
  const map = here as Raw;
  if (value === null) delete map[key as string];
  else map[key as string] = copyData(value);
}
