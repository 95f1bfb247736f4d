import type { Position } from 'unist';
import { messageAt, type MessageAtOptions } from '../core/diagnostics/message.ts';
import { hasYamlErrors, type ParsedSection } from '../parse/index.ts';
import type { PlanFacts, SectionKey } from './schema/index.ts';

export type Path = (string | number)[];

/**
 * What the cross-file checks work on: the sections that passed their schema (a check whose
 * sections did not is skipped; their errors are already reported) and the files to report on.
 * `raw` holds every section whose YAML parsed, valid or not: checks of ids and references read it, so a schema
 * error in one file does not hide an unknown role in another (every error in one run).
 */
export class CheckContext {
  readonly raw: Partial<Record<SectionKey, object>> = {};

  constructor(
    readonly facts: Partial<PlanFacts>,
    readonly files: ReadonlyMap<SectionKey, ParsedSection>,
  ) {
    for (const [key, section] of files) {
      const data = section.data;
      if (!hasYamlErrors(section.file) && typeof data === 'object' && data !== null) this.raw[key] = data;
    }
  }

  error(key: SectionKey, path: Path, reason: string, options: Omit<MessageAtOptions, 'severity'>): void {
    const section = this.files.get(key);
    if (section) messageAt(section, path, reason, { ...options, severity: 'error' });
  }

  /** Where a value is, to say where the first of two duplicates is. */
  place(key: SectionKey, path: Path): Position | undefined {
    return this.files.get(key)?.yaml.value(path);
  }
}

/** An id or name as it appears in the plan, with the path of the value that holds it. */
export interface Named {
  name: string;
  path: Path;
}
