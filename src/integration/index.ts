/**
 * The Wegwijzer theme as one Astro integration: injects the routes, hands the validated options
 * to runtime code through a virtual module, and runs the journey gate — fatal in `astro build`,
 * warnings in `astro dev` (re-run whenever content changes).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import { formatReport } from '../journey/report.ts';
import { generatedRoutes, runGate } from '../content/gate.ts';
import type { LoadOptions } from '../content/load.ts';
import { CONTENT_DIR } from '../content/paths.ts';
import { parseOptions, type WegwijzerOptions, type WegwijzerUserOptions } from './options.ts';

export type { WegwijzerUserOptions } from './options.ts';

const VIRTUAL_CONFIG = 'virtual:wegwijzer/config';

/** What pages and components may read of the options at runtime. */
export type RuntimeConfig = ReturnType<typeof runtimeConfig>;

export function runtimeConfig(options: WegwijzerOptions) {
  return { organisation: options.organisation, phases: options.phases };
}

export default function wegwijzer(userOptions: WegwijzerUserOptions): AstroIntegration {
  const options = parseOptions(userOptions);
  return {
    name: 'wegwijzer',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        injectRoute({ pattern: '/', entrypoint: new URL('../routes/home.astro', import.meta.url) });
        injectRoute({ pattern: '/[...slug]', entrypoint: new URL('../routes/page.astro', import.meta.url) });
        updateConfig({ vite: { plugins: [virtualModule(VIRTUAL_CONFIG, runtimeConfig(options))] } });
        // Pages are MDX: add the MDX integration unless the site already configured it.
        if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) {
          updateConfig({ integrations: [mdx()] });
        }

        const loadOptions: LoadOptions = {
          root: fileURLToPath(config.root),
          contentDir: CONTENT_DIR,
          publicDir: fileURLToPath(config.publicDir).replace(fileURLToPath(config.root), '').replace(/\/$/, '') || 'public',
          phases: options.phases,
          routes: generatedRoutes(),
        };
        if (command === 'build') {
          const { problems } = runGate(loadOptions);
          if (problems.length > 0) {
            throw new AstroError(formatReport(problems), 'Fix the files listed above, or run `npm run check` to see the journey matrix.');
          }
          logger.info('journey check passed');
        }
        if (command === 'dev') {
          warnIfBroken(loadOptions, logger);
          updateConfig({ vite: { plugins: [contentWatcher(loadOptions, logger)] } });
        }
      },
    },
  };
}

function warnIfBroken(loadOptions: LoadOptions, logger: AstroIntegrationLogger): void {
  const { problems } = runGate(loadOptions);
  if (problems.length > 0) logger.warn(formatReport(problems));
  else logger.info('journey check: no problems');
}

/** Re-runs the gate in `astro dev` when a content or public file changes, and keeps serving. */
function contentWatcher(loadOptions: LoadOptions, logger: AstroIntegrationLogger) {
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'wegwijzer:content-watcher',
    configureServer(server: { watcher: { on(event: string, listener: (path: string) => void): void } }) {
      const onChange = (path: string) => {
        if (!path.includes(`/${loadOptions.contentDir}/`) && !path.includes(`/${loadOptions.publicDir}/`)) return;
        clearTimeout(timer);
        timer = setTimeout(() => warnIfBroken(loadOptions, logger), 100);
      };
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange);
    },
  };
}

function virtualModule(id: string, value: unknown) {
  const resolved = `\0${id}`;
  return {
    name: `wegwijzer:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (loaded: string) => (loaded === resolved ? `export default ${JSON.stringify(value)};` : undefined),
  };
}
