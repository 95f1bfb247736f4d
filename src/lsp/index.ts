export { startLanguageServer } from './server.ts';
