export { MERMAID_THEMES, type ResolvedConfig } from './schema.ts';
export { loadConfig, type ConfigFlags, type LoadedConfig } from './load-config.ts';
export { CONFIG_FILE, configCandidates, findConfig } from './find-config.ts';
