import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig, mergeConfig, type Plugin } from 'vitest/config';

/**
 * Two projects: `unit` (the modules' own tests beside them under src/: no build, no browser) and
 * `e2e` (tests/: fixture builds, servers, Chromium). Only `e2e` builds the fixture site in its global
 * setup, so `npx vitest run --project unit` starts no build. `unit` compiles .astro files with Astro's
 * own Vite config (`getViteConfig`, no astro.config.mjs), so components render with the Container API;
 * `virtual:wegwijzer/config` is a stub there (src/integration/virtual-config.fixtures.ts).
 */
const VIRTUAL_CONFIG = 'virtual:wegwijzer/config';
const configStub: Plugin = {
  name: 'wegwijzer-test-config-stub',
  enforce: 'pre',
  resolveId: (id) => (id === VIRTUAL_CONFIG ? fileURLToPath(new URL('./src/integration/virtual-config.fixtures.ts', import.meta.url)) : undefined),
};

export default defineConfig(async (env) => {
  const astro = await getViteConfig({}, { configFile: false, logLevel: 'error' })({ ...env, command: 'serve', mode: 'test' });
  return {
    test: {
      testTimeout: 120_000,
      hookTimeout: 180_000,
      projects: [
        mergeConfig(astro, { extends: true, plugins: [configStub], test: { name: 'unit', include: ['src/**/*.test.ts'] } }),
        { extends: true, test: { name: 'e2e', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
      ],
    },
  };
});
