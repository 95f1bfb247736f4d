export { startDev, type DevServer } from './dev-server.ts';
