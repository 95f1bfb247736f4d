export { startDev } from './dev-server.ts';
