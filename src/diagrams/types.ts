/** A mermaid diagram to render: generated from the plan's facts or written by the author. */
export interface DiagramSpec {
  /** Unique in the build; also the base of the SVG's element ids. */
  id: string;
  source: string;
  /** Short name, the SVG's <title>. */
  title: string;
  /** One sentence for screen readers, the SVG's <desc>. */
  description: string;
}

export interface RenderedDiagram {
  svg: string;
  title: string;
  description: string;
  /** Came from the cache, no browser involved. */
  cached: boolean;
}

export interface DiagramError {
  id: string;
  /** Mermaid's own message, e.g. its parse error with line and expected tokens. */
  message: string;
}

export interface DiagramResults {
  /** Per diagram id, in the order of the specs; a diagram with an error is absent. */
  results: Map<string, RenderedDiagram>;
  errors: DiagramError[];
  /** Not drawn because no browser is installed (RenderOptions.withoutBrowser 'skip'); shown as source instead. */
  skipped?: DiagramSpec[];
  stats: { rendered: number; cached: number; ms: number };
}
