/**
 * `virtual:wegwijzer/config` for component tests in the unit project (vitest.config.ts points the
 * module here): what `wegwijzer()` gives a site with the smallest valid options. A test may change it
 * before rendering (e.g. `config.leads`), as components read it when they render; `resetConfig()`
 * puts it back.
 */
import { runtimeConfig } from './index.ts';
import { minimalOptions } from './options.fixtures.ts';
import { parseOptions } from './options.ts';

const make = () => runtimeConfig(parseOptions(minimalOptions), 'https://www.voorbeeldstad.nl', '/nonexistent/public');

const config = make();

export function resetConfig(): void {
  Object.assign(config, make());
}

export default config;
