import { loadConfig, type ConfigFlags, type ResolvedConfig } from '../config/index.ts';
import { report, toJson } from '../core/diagnostics/index.ts';
import { UsageError } from './exit-codes.ts';
import { useColor } from './color.ts';

/**
 * The settings a command runs with: defaults < salesplan.config.json (found from the plan folder, see
 * config/find-config.ts) < its flags. Every command (build, check, numbers, dev) goes through here, so all of
 * them read the same file the same way. A config file with mistakes is reported like a plan (JSON for
 * `--format json`) and the command stops with exit 2 before it reads the plan.
 */
export async function commandConfig(flags: ConfigFlags, options: { json?: boolean } = {}): Promise<ResolvedConfig> {
  const loaded = await loadConfig(process.cwd(), flags);
  if (loaded.ok) return loaded.config;
  if (options.json) process.stdout.write(`${toJson(loaded.files)}\n`);
  else process.stderr.write(`${report(loaded.files, { color: useColor(process.stderr) })}\n`);
  throw new UsageError(`fix ${loaded.config.file} and run the command again.`);
}

