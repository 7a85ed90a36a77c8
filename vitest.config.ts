import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (the modules' own tests beside them under src/: no build, no browser) and
 * `e2e` (tests/: fixture builds, servers, Chromium). Only `e2e` builds the fixture site in its global
 * setup, so `npx vitest run --project unit` starts no build.
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
