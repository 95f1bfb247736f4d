export { MERMAID_THEMES, type ResolvedConfig } from './schema.ts';
export { loadConfig } from './load-config.ts';
