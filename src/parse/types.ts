import type { Position } from 'unist';
import type { VFile } from 'vfile';

/** A heading of a section's prose, for contents pages and the PDF outline. */
export interface Heading {
  depth: number;
  text: string;
  /** The slug rehype-slug gave it: the element's id in the HTML. */
  id: string;
}

/** A ```mermaid block written by the author, replaced in the HTML by a placeholder (see diagramPlaceholder). */
export interface AuthorDiagram {
  /** Stable per file and block: `<file stem>-<n>`, n from 1. */
  id: string;
  source: string;
  /** Where the fenced block is, for a mermaid syntax error. */
  position: Position;
}

/** Where YAML values and keys are in the file (1-based lines and columns of the .md file, not of the YAML). */
export interface YamlIndex {
  /** The value at a path such as ['funnel', 2, 'rate']. */
  value(path: readonly (string | number)[]): Position | undefined;
  /** The key of the pair at that path (for unknown keys). */
  key(path: readonly (string | number)[]): Position | undefined;
  /** The value at the path, else the closest ancestor that exists, else the frontmatter itself. */
  nearest(path: readonly (string | number)[]): Position;
}

/** One Markdown file of the plan after parsing: its facts (not yet validated) and its prose. */
export interface ParsedSection {
  /** Path relative to the working directory, messages are collected on it. */
  file: VFile;
  /** Frontmatter as plain data; numbers are exact Decimals made from their source text. */
  data: Record<string, unknown> | undefined;
  yaml: YamlIndex;
  /** The prose as HTML, with author diagrams as placeholders. */
  html: string;
  /** Text of the first level-1 heading, if the prose has one (it is then left out of `html`). */
  title?: string;
  headings: Heading[];
  diagrams: AuthorDiagram[];
}

/** The exact HTML the parser leaves where an author diagram goes; render swaps in the SVG. */
export function diagramPlaceholder(id: string): string {
  return `<figure class="diagram" data-diagram-id="${id}"></figure>`;
}
