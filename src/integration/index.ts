/**
 * The Wegwijzer theme as one Astro integration: injects the routes (content pages, home, persona
 * hubs, statements, 404, robots.txt, security.txt), adds MDX and the sitemap, hands the validated
 * options and the theme file to runtime code through virtual modules, and runs the journey gate —
 * fatal in `astro build`, warnings in `astro dev` (re-run whenever content changes) — and the SEO
 * lint, warnings unless `seo.strict`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroUserConfig } from 'astro';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { formatReport, type ReportLabels } from '../journey/report.ts';
import { sitemapFilter } from '../seo/sitemap.ts';
import { gateOptions, runGate, type GateResult } from '../content/gate.ts';
import type { LoadOptions } from '../content/load.ts';
import { GENERATED_PAGES, INBOX_ENDPOINT, PERSONA_HUB_PREFIX, routePattern, THANK_YOU_PREFIX } from '../journey/urls.ts';
import { ADAPTER_EXPORTS, ADAPTER_MODULES } from '../forms/providers/index.ts';
import { headersFile, nginxSnippet, PAGE_POLICIES_FILE, pageCspDirectives, pagePolicyKey, type SecurityContext } from '../security/headers.ts';
import { parseOptions, type WegwijzerOptions, type WegwijzerUserOptions } from './options.ts';

export type { WegwijzerUserOptions } from './options.ts';

const VIRTUAL_CONFIG = 'virtual:wegwijzer/config';
const VIRTUAL_THEME = 'virtual:wegwijzer/theme.css';
const SEO_LABELS: ReportLabels = { title: 'SEO check', noun: 'warning' };

/** What pages and components may read of the options at runtime: plain JSON, defaults filled in. */
export type RuntimeConfig = ReturnType<typeof runtimeConfig>;

export function runtimeConfig(options: WegwijzerOptions, site: string, publicDir: string) {
  const { organisation, seo } = options;
  return {
    /** Absolute path of public/, so cards can state a document's file size. */
    publicDir,
    /** The `site` URL from astro.config.mjs. */
    site,
    organisation: { name: organisation.name, url: organisation.url ?? site, logo: organisation.logo },
    seo: { ...seo, titleTemplate: seo.titleTemplate ?? `%s | ${organisation.name}` },
    privacy: { ...options.privacy, controller: options.privacy.controller ?? organisation.name },
    accessibility: options.accessibility,
    security: options.security,
    phases: options.phases,
    leads: options.leads,
  };
}

/** The integration object also carries its validated options, so the CLIs read the same config. */
export type WegwijzerIntegration = AstroIntegration & { wegwijzer: WegwijzerOptions };

const route = (file: string) => new URL(`../routes/${file}`, import.meta.url);

/** The nginx snippet of a static build, next to `_headers` in the output folder. */
export const NGINX_SNIPPET_FILE = 'security-headers.nginx.conf';

export default function wegwijzer(userOptions: WegwijzerUserOptions): WegwijzerIntegration {
  const options = parseOptions(userOptions);
  const serverStart = { attached: false };
  let security: SecurityContext | undefined;
  let serverDir: URL | undefined;
  let routeHeaders: ReadonlyMap<string, { headers: Headers }> | undefined;
  return {
    name: 'wegwijzer',
    wegwijzer: options,
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        if (config.site === undefined) {
          throw setupError('`site` is not set in astro.config.mjs: canonical URLs, the sitemap and security.txt need it.', "Add `site: 'https://www.example.nl'` to defineConfig().");
        }
        const root = fileURLToPath(config.root);
        checkUrlShape(config);
        injectRoute({ pattern: routePattern(GENERATED_PAGES.home), entrypoint: route('home.astro') });
        injectRoute({ pattern: `${PERSONA_HUB_PREFIX}[persona]`, entrypoint: route('persona.astro') });
        injectRoute({ pattern: routePattern(GENERATED_PAGES.privacy), entrypoint: route('privacy.astro') });
        injectRoute({ pattern: routePattern(GENERATED_PAGES.accessibility), entrypoint: route('accessibility.astro') });
        injectRoute({ pattern: routePattern(GENERATED_PAGES.notFound), entrypoint: route('404.astro') });
        injectRoute({ pattern: '/robots.txt', entrypoint: route('robots.txt.ts') });
        injectRoute({ pattern: '/.well-known/security.txt', entrypoint: route('security.txt.ts') });
        injectRoute({ pattern: '/[...slug]', entrypoint: route('page.astro') });
        injectLeadRoutes(options, config, injectRoute, updateConfig);
        security = { site: config.site, leads: options.leads };
        configureCsp(config, security, options.leads.provider === 'inbox' ? 'header' : 'meta', updateConfig, logger);
        updateConfig({
          vite: {
            plugins: [
              virtualModule(VIRTUAL_CONFIG, runtimeConfig(options, config.site, fileURLToPath(config.publicDir))),
              themeModule(themeFile(root, options.theme)),
              leadAdapterModule(options),
              inboxServerStart(options, serverStart),
              quietMdxDirectives(),
            ],
          },
        });

        const loadOptions = gateOptions(root, relative(root, fileURLToPath(config.publicDir)), options);
        const gate = runGate(loadOptions);
        // Pages are MDX and need a sitemap: add both integrations unless the site configured them itself.
        const names = new Set(config.integrations.map((integration) => integration.name));
        if (!names.has('@astrojs/mdx')) updateConfig({ integrations: [mdx()] });
        if (!names.has('@astrojs/sitemap')) {
          const noindex = gate.snapshot.pages.filter((page) => page.data.noindex === true).map((page) => page.url);
          updateConfig({ integrations: [sitemap({ filter: sitemapFilter(noindex) })] });
        }

        if (command === 'build') {
          if (gate.problems.length > 0) {
            throw gateError(formatReport(gate.problems));
          }
          logger.info('journey check passed');
          reportSeo(gate.seoWarnings, options.seo.strict, logger);
        }
        if (command === 'dev') {
          warnAbout(gate, logger);
          updateConfig({ vite: { plugins: [contentWatcher(loadOptions, logger)] } });
        }
      },
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
      },
      // With the inbox, @astrojs/node's `staticHeaders` makes Astro hand over each prerendered page's CSP here.
      'astro:build:generated': ({ routeToHeaders }) => {
        routeHeaders = routeToHeaders;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (security === undefined) return;
        if (options.leads.provider === 'inbox') {
          if (!serverStart.attached) {
            throw setupError(
              "could not attach Wegwijzer's server to @astrojs/node's server entry (its file moved in this version of @astrojs/node).",
              'Use the @astrojs/node version from Wegwijzer\'s package.json, or report this to Wegwijzer.',
            );
          }
          if (serverDir !== undefined) writePagePolicies(fileURLToPath(new URL(PAGE_POLICIES_FILE, serverDir)), routeHeaders);
          return;
        }
        writeStaticHostFiles(fileURLToPath(dir), security);
        logger.info(`security headers for static hosts: _headers and ${NGINX_SNIPPET_FILE} (see docs/leads.md)`);
      },
    },
  };
}

/**
 * Turns on Astro's CSP with Wegwijzer's directives (src/security/headers.ts), unless the site set
 * `security.csp` itself. Astro adds the hashes of each page's inline scripts and styles.
 */
function configureCsp(config: SetupHook['config'], security: SecurityContext, delivery: 'header' | 'meta', updateConfig: SetupHook['updateConfig'], logger: AstroIntegrationLogger): void {
  if (config.security.csp !== false) {
    logger.info('`security.csp` is set in astro.config.mjs: Wegwijzer leaves the Content-Security-Policy of pages to it.');
    return;
  }
  type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
  const directives = pageCspDirectives(security, delivery) as NonNullable<CspOptions['directives']>;
  updateConfig({ security: { csp: { algorithm: 'SHA-256', directives } } });
}

/** Each prerendered page's CSP, keyed as the server looks it up (pagePolicyKey). */
function writePagePolicies(file: string, routeHeaders: ReadonlyMap<string, { headers: Headers }> | undefined): void {
  const policies: Record<string, string> = {};
  for (const [path, { headers }] of routeHeaders ?? []) {
    const policy = headers.get('content-security-policy');
    if (policy !== null) policies[pagePolicyKey(path)] = policy;
  }
  writeFileSync(file, `${JSON.stringify(policies, null, 2)}\n`);
}

/**
 * `_headers` and the nginx snippet of a static build. A `_headers` the site keeps in public/ is
 * kept, with Wegwijzer's block added after it.
 */
function writeStaticHostFiles(outDir: string, security: SecurityContext): void {
  const headersPath = join(outDir, '_headers');
  const own = existsSync(headersPath) ? `${readFileSync(headersPath, 'utf8').trimEnd()}\n\n` : '';
  writeFileSync(headersPath, own + headersFile(security));
  writeFileSync(join(outDir, NGINX_SNIPPET_FILE), nginxSnippet(security));
}

type SetupHook = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/**
 * Thank-you pages always; with the default inbox also the one on-demand endpoint, served by
 * Wegwijzer's server (src/inbox/server.ts) around @astrojs/node in middleware mode (every other
 * page stays prerendered). Other providers get no adapter: the output is purely static.
 */
function injectLeadRoutes(options: WegwijzerOptions, config: SetupHook['config'], injectRoute: SetupHook['injectRoute'], updateConfig: SetupHook['updateConfig']): void {
  injectRoute({ pattern: `${THANK_YOU_PREFIX}[download]`, entrypoint: route('thank-you.astro') });
  if (options.leads.provider !== 'inbox') return;
  injectRoute({ pattern: INBOX_ENDPOINT, entrypoint: new URL('../inbox/endpoint.astro', import.meta.url) });
  if ((config.security.allowedDomains ?? []).length === 0 && config.site !== undefined) {
    // Behind a TLS-terminating proxy the server sees http:// while the browser's Origin is https://,
    // and Astro's own origin check refuses every lead. Trusting X-Forwarded-Proto/-Host for the
    // site's own host lets the endpoint see the URL the visitor used. Wegwijzer's server removes
    // those headers from every request that does not come from a trusted proxy (`leads.trustProxy`).
    updateConfig({ security: { allowedDomains: [siteDomain(config.site)] } });
  }
  if (config.adapter === undefined && !config.integrations.some((integration) => integration.name === '@astrojs/node')) {
    // `adapter` makes Astro accept the on-demand route; listing it runs the adapter's own hooks.
    // Middleware mode: Wegwijzer's server serves the files and calls the adapter for the rest.
    // staticHeaders: Astro hands each page's CSP to the build (astro:build:generated) instead of a <meta>.
    const adapter = node({ mode: 'middleware', staticHeaders: true });
    updateConfig({ adapter, integrations: [adapter] });
  }
}

/** The `site` URL as an Astro remote pattern: its protocol, host name and (explicit) port. */
function siteDomain(site: string): { protocol: string; hostname: string; port?: string } {
  const url = new URL(site);
  return { protocol: url.protocol.replace(/:$/, ''), hostname: url.hostname, ...(url.port === '' ? {} : { port: url.port }) };
}

function reportSeo(warnings: GateResult['seoWarnings'], strict: boolean, logger: AstroIntegrationLogger): void {
  if (warnings.length === 0) {
    logger.info('SEO check: no warnings');
    return;
  }
  if (strict) {
    throw gateError(formatReport(warnings, { title: 'SEO check (seo.strict)', noun: 'error' }), 'Fix the files listed above, or set `seo.strict: false` to only warn.');
  }
  logger.warn(formatReport(warnings, SEO_LABELS));
}

/** The organisation's token overrides, checked to exist so a typo does not silently drop the theme. */
function themeFile(root: string, theme: string | undefined): string {
  if (theme === undefined) return fileURLToPath(new URL('../styles/theme-none.css', import.meta.url));
  const file = resolve(root, theme);
  if (!existsSync(file)) {
    throw setupError(`option \`theme\` points to ${theme}, which does not exist.`, `Create ${relative(root, file)} or correct the path in astro.config.mjs.`);
  }
  return file;
}

/**
 * Every link, canonical URL and sitemap entry Wegwijzer writes is a root path with a trailing slash
 * (`/bus/`), and editors write links the same way. A `base`, `trailingSlash: 'never'` or a
 * `build.format` other than `directory` would break those links or make the sitemap disagree with
 * the canonical URLs, so stop with the fix instead.
 */
function checkUrlShape(config: SetupHook['config']): void {
  if (config.base !== '/' && config.base !== '') {
    throw setupError(`\`base: '${config.base}'\` is not supported: Wegwijzer serves the site from the root of its domain.`, 'Remove `base` from astro.config.mjs and give the campaign its own (sub)domain in `site`.');
  }
  if (config.trailingSlash === 'never') {
    throw setupError("`trailingSlash: 'never'` is not supported: page URLs, canonical URLs and the sitemap end in a slash (/bus/).", "Remove `trailingSlash` or set it to 'always' or 'ignore'.");
  }
  if (config.build.format !== 'directory') {
    throw setupError(`\`build.format: '${config.build.format}'\` is not supported: pages are built as folders (/bus/index.html) to match their URLs (/bus/).`, "Remove `build.format` or set it to 'directory'.");
  }
}

function setupError(message: string, hint: string): AstroError {
  const error = new AstroError(`Invalid wegwijzer() setup: ${message}`, hint);
  error.stack = '';
  return error;
}

/** The build's error: the report itself, without a stack trace that would only point at Wegwijzer. */
function gateError(report: string, hint = 'Fix the files listed above; `npm run check` shows the journey matrix.'): AstroError {
  const error = new AstroError(report, hint);
  error.stack = '';
  return error;
}

/** In `astro dev` every finding is a warning: the editor keeps a working preview while fixing. */
function warnAbout({ problems, seoWarnings }: GateResult, logger: AstroIntegrationLogger): void {
  if (problems.length > 0) logger.warn(formatReport(problems));
  else logger.info('journey check: no problems');
  if (seoWarnings.length > 0) logger.warn(formatReport(seoWarnings, SEO_LABELS));
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
        timer = setTimeout(() => warnAbout(runGate(loadOptions), logger), 100);
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

function virtualModule(id: string, value: unknown) {
  const resolved = `\0${id}`;
  return {
    name: `wegwijzer:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (loaded: string) => (loaded === resolved ? `export default ${JSON.stringify(value)};` : undefined),
  };
}

/** `virtual:wegwijzer/theme.css` resolves to the organisation's theme file, loaded after the default tokens. */
function themeModule(file: string) {
  return {
    name: 'wegwijzer:theme',
    resolveId: (source: string) => (source === VIRTUAL_THEME ? file : undefined),
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
 * With the inbox, @astrojs/node's server entry (dist/server/entry.mjs) ends with a call of
 * Wegwijzer's `serveSite` (src/inbox/server.ts) on the adapter's middleware `handler` and its
 * `options`, both names of that module; `ASTRO_NODE_AUTOSTART=disabled` keeps it from starting,
 * as it does for the adapter's own server. `state.attached` records that it happened.
 */
function inboxServerStart(options: WegwijzerOptions, state: { attached: boolean }) {
  const server = fileURLToPath(new URL('../inbox/server.ts', import.meta.url));
  return {
    name: 'wegwijzer:inbox-server',
    transform(code: string, id: string) {
      if (options.leads.provider !== 'inbox' || !id.replace(/\\/g, '/').endsWith('/@astrojs/node/dist/server.js')) return undefined;
      state.attached = true;
      const start = [
        `import { serveSite as wegwijzerServeSite } from ${JSON.stringify(server)};`,
        `if (options.mode === 'middleware' && process.env.ASTRO_NODE_AUTOSTART !== 'disabled') wegwijzerServeSite(handler, options);`,
      ].join('\n');
      return { code: `${code}\n${start}\n`, map: null };
    },
  };
}
