import type { VFile } from 'vfile';

export interface BuildOptions {
  /** The plan folder, relative to cwd. */
  planDir: string;
  /** The output folder, relative to cwd; replaced whole on success. */
  outDir: string;
  cwd?: string;
  /** Print the PDF handbook(s); default true. */
  pdf?: boolean;
  /** Where rendered diagrams are cached by content hash; default .salesplan-cache/ in cwd. */
  cacheDir?: string;
  /** A browser executable to use instead of looking for one. */
  browserPath?: string;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  stage: 'parse' | 'validate' | 'compute' | 'diagrams' | 'render' | 'pdf' | 'write';
  done?: number;
  total?: number;
}

/** Milliseconds spent per stage. */
export type Timings = Record<string, number>;

export interface BuildResult {
  /** False when any file carries an error: output/ was left as it was. */
  ok: boolean;
  /** Every plan file, with the messages found on it. */
  files: VFile[];
  timings: Timings;
  diagrams: { rendered: number; cached: number };
  /** PDFs written, relative to the output folder. */
  pdfs: string[];
  pages: number;
  browserLaunched: boolean;
}
