import type { Root as MdRoot } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';

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
  /**
   * The prose as parsed, once: its Markdown tree with the first `# Title` taken out, author diagrams as
   * placeholders and links that leave the plan folder as their text. HTML is made from it at render time, once
   * the sanitising policy is known (src/render/prose-html.ts). A cached parse decodes it only when asked.
   */
  readonly prose: MdRoot;
  /** Text of the first level-1 heading, if the prose has one (it is then left out of `prose`). */
  title?: string;
  diagrams: AuthorDiagram[];
}

/** The exact HTML the parser leaves where an author diagram goes; render swaps in the SVG. */
export function diagramPlaceholder(id: string): string {
  return `<figure class="diagram" data-diagram-id="${id}"></figure>`;
}
