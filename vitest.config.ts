import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Timeouts are hang guards, never speed assertions: on a loaded machine (a busy CI runner, the soak under
    // stress-ng) a real parse of a 5 MB file or a real Chromium print takes many times as long as on a quiet
    // one, and must not fail for it. Speed is measured by `npm run bench`.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
