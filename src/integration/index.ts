/**
 * The Wegwijzer theme as one Astro integration: injects the routes, hands the validated options
 * to runtime code through a virtual module, and runs the journey gate — fatal in `astro build`,
 * warnings in `astro dev` (re-run whenever content changes).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { formatReport } from '../journey/report.ts';
import { gateOptions, runGate } from '../content/gate.ts';
import type { LoadOptions } from '../content/load.ts';
import { INBOX_ENDPOINT, THANK_YOU_PREFIX } from '../journey/urls.ts';
import { ADAPTER_EXPORTS, ADAPTER_MODULES } from '../forms/providers/index.ts';
import { parseOptions, type WegwijzerOptions, type WegwijzerUserOptions } from './options.ts';

export type { WegwijzerUserOptions } from './options.ts';

const VIRTUAL_CONFIG = 'virtual:wegwijzer/config';

/** What pages and components may read of the options at runtime. */
export type RuntimeConfig = ReturnType<typeof runtimeConfig>;

export function runtimeConfig(options: WegwijzerOptions) {
  return { organisation: options.organisation, phases: options.phases, leads: options.leads };
}

/** The integration object also carries its validated options, so the CLIs read the same config. */
export type WegwijzerIntegration = AstroIntegration & { wegwijzer: WegwijzerOptions };

export default function wegwijzer(userOptions: WegwijzerUserOptions): WegwijzerIntegration {
  const options = parseOptions(userOptions);
  return {
    name: 'wegwijzer',
    wegwijzer: options,
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        injectRoute({ pattern: '/', entrypoint: new URL('../routes/home.astro', import.meta.url) });
        injectRoute({ pattern: '/[...slug]', entrypoint: new URL('../routes/page.astro', import.meta.url) });
        injectLeadRoutes(options, config, injectRoute, updateConfig);
        updateConfig({
          vite: { plugins: [virtualModule(VIRTUAL_CONFIG, runtimeConfig(options)), leadAdapterModule(options), inboxStartup(options), quietMdxDirectives()] },
        });
        // Pages are MDX: add the MDX integration unless the site already configured it.
        if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) {
          updateConfig({ integrations: [mdx()] });
        }

        const loadOptions = gateOptions(fileURLToPath(config.root), relative(fileURLToPath(config.root), fileURLToPath(config.publicDir)), options);
        if (command === 'build') {
          const { problems } = runGate(loadOptions);
          if (problems.length > 0) {
            throw gateError(formatReport(problems));
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

type SetupHook = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/**
 * Thank-you pages always; with the default inbox also the one on-demand endpoint, served by
 * @astrojs/node in standalone mode (every other page stays prerendered). Other providers get
 * no adapter: the output is purely static.
 */
function injectLeadRoutes(options: WegwijzerOptions, config: SetupHook['config'], injectRoute: SetupHook['injectRoute'], updateConfig: SetupHook['updateConfig']): void {
  injectRoute({ pattern: `${THANK_YOU_PREFIX}[download]`, entrypoint: new URL('../routes/thank-you.astro', import.meta.url) });
  if (options.leads.provider !== 'inbox') return;
  injectRoute({ pattern: INBOX_ENDPOINT, entrypoint: new URL('../inbox/endpoint.astro', import.meta.url) });
  if (config.adapter === undefined && !config.integrations.some((integration) => integration.name === '@astrojs/node')) {
    // `adapter` makes Astro accept the on-demand route; listing it runs the adapter's own hooks.
    const adapter = node({ mode: 'standalone' });
    updateConfig({ adapter, integrations: [adapter] });
  }
}

/** The build's error: the report itself, without a stack trace that would only point at Wegwijzer. */
function gateError(report: string): AstroError {
  const error = new AstroError(report, 'Fix the files listed above; `npm run check` shows the journey matrix.');
  error.stack = '';
  return error;
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

/**
 * MDX pages carry Astro's own `"use astro:head-inject"` directive, which the bundler warns about
 * once per page. The warning is about Astro internals, not the editor's content: keep builds readable.
 */
function quietMdxDirectives() {
  return {
    name: 'wegwijzer:quiet-mdx-directives',
    onLog: (_level: string, log: { code?: string; message: string }) =>
      log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject') ? false : undefined,
  };
}

/** `virtual:wegwijzer/lead-adapter`: re-exports the configured provider's adapter only. */
function leadAdapterModule(options: WegwijzerOptions) {
  const id = 'virtual:wegwijzer/lead-adapter';
  const file = fileURLToPath(new URL(`../forms/providers/${ADAPTER_MODULES[options.leads.provider]}`, import.meta.url));
  return {
    name: `wegwijzer:${id}`,
    resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
    load: (loaded: string) => (loaded === `\0${id}` ? `export { ${ADAPTER_EXPORTS[options.leads.provider]} as default } from ${JSON.stringify(file)};` : undefined),
  };
}

/**
 * With the inbox, the server entry of @astrojs/node also imports `src/inbox/startup.ts`, so the
 * store is opened and expired leads are purged when the server starts, not at the first lead.
 */
function inboxStartup(options: WegwijzerOptions) {
  const startup = fileURLToPath(new URL('../inbox/startup.ts', import.meta.url));
  return {
    name: 'wegwijzer:inbox-startup',
    transform(code: string, id: string) {
      if (options.leads.provider !== 'inbox' || !id.replace(/\\/g, '/').endsWith('/@astrojs/node/dist/server.js')) return undefined;
      return { code: `${code}\nimport ${JSON.stringify(startup)};\n`, map: null };
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
