/**
 * Where Chrome and Chromium live on Linux, best first. Debian's /usr/bin/chromium is a shell wrapper
 * that re-reads /etc/chromium.d on every start; the real binary beside it starts faster and behaves the same.
 */
export function linuxCandidates(): string[] {
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}
