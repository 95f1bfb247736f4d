import { paperOf } from '../../core/paper.ts';
import type { RenderInput } from '../../render/index.ts';
import type { BuildOptions } from '../types.ts';
import { dashboardsOutput } from './dashboards.ts';
import { handbookOutput } from './handbook.ts';
import { numbersOutput } from './numbers.ts';
import { roleHandbooksOutput } from './role-handbooks.ts';
import { siteOutput } from './site.ts';
import type { Download, EmitContext, Emitted, Output, OutputSettings } from './types.ts';

export type * from './types.ts';

/**
 * Everything a build can write, in the order the site lists their links and the print queue takes their PDFs.
 * A new output is a module and a row here (plus its setting, if it has one, in outputSettings).
 */
export const OUTPUTS: readonly Output[] = [siteOutput, handbookOutput, roleHandbooksOutput, dashboardsOutput, numbersOutput];

/** Build options (defaults < config < flags, already merged by the CLI) as the outputs read them. */
export function outputSettings(
  options: Pick<BuildOptions, 'site' | 'pdf' | 'roleHandbooks' | 'numbers' | 'linkPdfs' | 'paper' | 'baseUrl'>,
): OutputSettings {
  return {
    site: options.site ?? true,
    pdf: options.pdf ?? true,
    roleHandbooks: options.roleHandbooks ?? true,
    numbers: options.numbers ?? true,
    linkPdfs: options.linkPdfs ?? false,
    paper: paperOf(options.paper),
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  };
}

export interface OutputPlan {
  /** What this build writes. */
  enabled: Output[];
  /** The links the site shows: the enabled outputs, and the PDFs printed elsewhere (dev). */
  downloads: (input: Pick<RenderInput, 'facts' | 'model'>) => Download[];
  /** True when an enabled output prints: the browser is required then, and started early. */
  needsBrowser: boolean;
}

export function planOutputs(settings: OutputSettings, outputs: readonly Output[] = OUTPUTS): OutputPlan {
  const enabled = outputs.filter((o) => o.enabled(settings));
  const linked = outputs.filter((o) => (o.linked ?? o.enabled)(settings));
  return {
    enabled,
    downloads: (input) => linked.flatMap((o) => o.links(input)),
    needsBrowser: enabled.some((o) => o.needsBrowser),
  };
}

/** Runs every enabled output on the one presentation: their files, and their print jobs in one list (one queue). */
export async function emitOutputs(outputs: readonly Output[], context: EmitContext): Promise<Emitted> {
  const all: Emitted = { files: [], print: [] };
  for (const output of outputs) {
    const { files, print } = await output.emit(context);
    all.files.push(...files);
    all.print.push(...print);
  }
  return all;
}
