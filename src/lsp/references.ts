import type { ParsedSection } from '../parse/index.ts';
import { expandPattern, ID_DEFINITIONS, ID_REFERENCES, type IdKind, list, type SectionKey, valueAt } from '../validate/index.ts';

type Path = readonly (string | number)[];

// Where each kind of id is defined and the fields that name one: validate's own table (validate/id-references.ts),
// the one check's reference rule reads.

const matches = (pattern: readonly (string | '*')[], path: Path) =>
  pattern.length === path.length && pattern.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]));

/** What the value at `path` of a section is: a reference to an id, the definition of one, or neither. */
export function idAt(section: SectionKey, path: Path): { kind: IdKind; role: 'reference' | 'definition' } | undefined {
  const reference = ID_REFERENCES.find((r) => r.section === section && matches(r.pattern, path));
  if (reference) return { kind: reference.kind, role: 'reference' };
  for (const [kind, d] of Object.entries(ID_DEFINITIONS) as [IdKind, (typeof ID_DEFINITIONS)[IdKind]][]) {
    if (d.section === section && matches([d.list, '*', d.field], path)) return { kind, role: 'definition' };
  }
  return undefined;
}

/** The kind of id a field takes when the cursor is at its value: for completion. */
export function kindOfField(section: SectionKey, path: Path): IdKind | undefined {
  const found = idAt(section, path);
  return found?.role === 'reference' ? found.kind : undefined;
}

export interface IdPlace {
  section: ParsedSection;
  path: (string | number)[];
}

/** Every id of a kind the plan defines, with where. */
export function definitions(byKey: ReadonlyMap<SectionKey, ParsedSection>, kind: IdKind): (IdPlace & { name: string })[] {
  const d = ID_DEFINITIONS[kind];
  const section = byKey.get(d.section);
  return section ? list(section.data ?? {}, d.list, d.field).map((id) => ({ ...id, section })) : [];
}

/** Every place that names an id of a kind. */
export function references(byKey: ReadonlyMap<SectionKey, ParsedSection>, kind: IdKind, name: string): IdPlace[] {
  const places: IdPlace[] = [];
  for (const ref of ID_REFERENCES.filter((r) => r.kind === kind)) {
    const section = byKey.get(ref.section);
    if (!section?.data) continue;
    for (const path of expandPattern(section.data, ref.pattern)) {
      if (valueAt(section.data, path) === name) places.push({ section, path });
    }
  }
  return places;
}

export { valueAt };
