// `node --import ./trace-modules.mjs …`: prints every module the process loads to stderr, one `module-loaded URL`
// line each, so a test can see what a command pays for at startup.
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

export async function load(url, context, next) {
  if (!url.startsWith('node:')) process.stderr.write(`module-loaded ${url}\n`);
  return next(url, context);
}
