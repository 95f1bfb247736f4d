import path from 'node:path';

const APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
];

/** The system Applications folder first, then the user's own (~/Applications), as installers use both. */
export function darwinCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = ['/Applications', ...(env.HOME ? [path.join(env.HOME, 'Applications')] : [])];
  return roots.flatMap((root) => APPS.map((app) => path.posix.join(root, app)));
}
