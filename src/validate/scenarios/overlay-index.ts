import type { Position } from 'unist';
import type { YamlIndex } from '../../parse/index.ts';
import type { DataPath } from './override-path.ts';

/** An override as the overlay sees it: its path in the section, and where its value is in the scenarios file. */
export interface PlacedOverride {
  path: DataPath;
  /** The path of the override's value in the scenarios file: ['scenarios', i, 'overrides', '<path text>']. */
  at: DataPath;
}

/**
 * A section's YAML index as one scenario sees it: a value an override replaced is found in the scenarios file, the
 * rest where the plan has it. Every place it hands out from the scenarios file is remembered in `fromScenarios`,
 * so the messages placed there can be moved onto that file (a message carries its place, not its file).
 */
export function overlayIndex(base: YamlIndex, scenarios: YamlIndex, overrides: readonly PlacedOverride[], fromScenarios: Set<Position>): YamlIndex {
  const covering = (path: readonly (string | number)[]) => {
    let best: PlacedOverride | undefined;
    for (const o of overrides) {
      const inside = o.path.length <= path.length && o.path.every((segment, i) => segment === path[i]);
      if (inside && (!best || o.path.length > best.path.length)) best = o;
    }
    return best && { override: best, rest: path.slice(best.path.length) };
  };
  const mark = (place: Position) => {
    fromScenarios.add(place);
    return place;
  };
  return {
    value(path) {
      const hit = covering(path);
      if (!hit) return base.value(path);
      const place = scenarios.value([...hit.override.at, ...hit.rest]);
      return place && mark(place);
    },
    key(path) {
      const hit = covering(path);
      if (!hit) return base.key(path);
      const place = scenarios.key([...hit.override.at, ...hit.rest]) ?? (hit.rest.length === 0 ? scenarios.key(hit.override.at) : undefined);
      return place && mark(place);
    },
    nearest(path) {
      const hit = covering(path);
      if (!hit) return base.nearest(path);
      return mark(scenarios.nearest([...hit.override.at, ...hit.rest]));
    },
  };
}
