import path from 'node:path';

const SUFFIXES = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Chromium\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
];

/** Per-machine installs (both Program Files) and per-user ones (LOCALAPPDATA). */
export function win32Candidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [
    env.PROGRAMFILES ?? 'C:\\Program Files',
    env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
    ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []),
  ];
  return roots.flatMap((root) => SUFFIXES.map((suffix) => path.win32.join(root, suffix)));
}
