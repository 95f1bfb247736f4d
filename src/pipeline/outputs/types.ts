import type { OnCacheDamage } from '../../write/index.ts';
import type { Paper } from '../../core/paper.ts';
import type { PrintOptions } from '../../browser/index.ts';
import type { PageCache, Presentation, RenderInput } from '../../render/index.ts';
import type { PlanVersion } from '../version.ts';
import type { PageTransform } from '../page-transforms.ts';

/** What config and flags say a build makes, after defaults < salesplan.config.json < flags. */
export interface OutputSettings {
  site: boolean;
  pdf: boolean;
  roleHandbooks: boolean;
  /** numbers.json, numbers.xlsx and numbers/<table>.csv in the output folder. */
  numbers: boolean;
  /** Link the PDFs from the site although this build does not print them (dev prints them in the background). */
  linkPdfs: boolean;
  paper: Paper;
  baseUrl?: string;
}

/** A file of the output folder: its path relative to it, `/`-separated. */
export interface EmittedFile {
  path: string;
  contents: string | Uint8Array;
}

/** A PDF to print: all outputs' jobs share the build's one print queue (see pdf-stage.ts). */
export interface PrintJob {
  /** Relative to the output folder. */
  path: string;
  html: string;
  print: PrintOptions;
}

export interface Emitted {
  files: EmittedFile[];
  print: PrintJob[];
}

/** A link the site shows to another output's file; `kind` groups them in the footer. */
export type Download = RenderInput['downloads'][number];

/** Everything an output makes its files from: the build's one presentation and what else the build knows. */
export interface EmitContext {
  presentation: Presentation;
  settings: OutputSettings;
  version: PlanVersion;
  planDir: string;
  cacheDir: string;
  /** Applied to every HTML page an output writes (canonical links...). */
  pageTransforms: readonly PageTransform[];
  /** Rendered site pages kept between builds (dev mode keeps one open); opened from cacheDir when absent. */
  pageCache?: PageCache & { save(): Promise<void> };
  /** Told about each damaged cache entry an output comes across (it is discarded and made again). */
  onCacheDamage?: OnCacheDamage;
}

/**
 * One thing a build can write. A new output is one module and one row in the table (outputs/index.ts): build()
 * runs whatever the table enables and never names an output.
 */
export interface Output {
  id: string;
  /** Whether config and flags turn it on. */
  enabled(settings: OutputSettings): boolean;
  /** Whether the site links to it; default: when enabled. */
  linked?(settings: OutputSettings): boolean;
  /** Needs the browser (to print): a build whose outputs need none draws no diagram it cannot (site: source shown). */
  needsBrowser: boolean;
  /** The site's links to what this output writes, known before anything is emitted. */
  links(input: Pick<RenderInput, 'facts' | 'model'>): Download[];
  emit(context: EmitContext): Emitted | Promise<Emitted>;
}
