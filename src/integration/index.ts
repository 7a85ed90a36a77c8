/**
 * The Wegwijzer theme as one Astro integration: injects the routes (content pages, home, persona
 * hubs, statements, 404, robots.txt, security.txt), adds MDX and the sitemap, hands the validated
 * options and the theme file to runtime code through virtual modules, and runs the journey gate —
 * fatal in `astro build`, warnings in `astro dev` (re-run whenever content changes) — and the SEO
 * lint, warnings unless `seo.strict`. After the build it writes the site search's index; in
 * `astro dev` (and in a build with `journeyMap`) it serves the journey map.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroUserConfig } from 'astro';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { countOf, formatReport, readabilityLabels, SIGN_UP_LABELS, type ReportLabels } from '../journey/report.ts';
import { currentDevReport, onDevReport, publishDevReport, REPORT_EVENT, TOOLBAR_APP_ID, type DevReport } from '../dev/report.ts';
import { sitemapFilter } from '../seo/sitemap.ts';
import { gateConfig, runGate, siteGateOptions, type GateConfig, type GateInput, type GateResult } from '../content/gate.ts';
import type { LoadOptions } from '../content/load.ts';
import { GENERATED_ROUTES, isInjected, JOURNEY_MAP_PATH, OG_PREFIX, routePattern } from '../journey/urls.ts';
import { LEAD_PROVIDERS } from '../forms/providers/registry.ts';
import { headersFile, nginxSnippet, PAGE_POLICIES_FILE, pageCspDirectives, pagePolicyKey, type SecurityContext } from '../security/headers.ts';
import { NEXT_STEP_ID } from '../components/page-context.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { downloadRecords, type SearchRecord } from '../search/records.ts';
import { parseOptions, type WegwijzerOptions, type WegwijzerUserOptions } from './options.ts';
import { statsSite } from '../stats/site.ts';
import { LOCALES, resolveStrings } from '../strings/strings.ts';
import { logoDataUrl, themeColour } from '../og/og-image.ts';
import { writeOgImages } from '../og/write.ts';
import { devOgImages } from '../og/dev.ts';
import { leanServerBundle, onlyOwnOnDemandRoutes } from './server-bundle.ts';
import { ASTRO_SERVER_ENTRY, inboxServerModule, neededOnDemandRoutes, SERVER_ENTRY, writeServerEntry, type ServerOutput } from './inbox-server.ts';
import { imageServiceDefaults } from './images.ts';
import { themeTokens, type ThemeTokens } from './theme-tokens.ts';
import { DEFAULT_TOKENS_FILE, TokenPackageError } from '../styles/token-package.ts';

export type { WegwijzerUserOptions } from './options.ts';

const VIRTUAL_CONFIG = 'virtual:wegwijzer/config';
const VIRTUAL_STATS_SITE = 'virtual:wegwijzer/stats-site';
const VIRTUAL_FILLED = 'virtual:wegwijzer/filled-collections';
const VIRTUAL_THEME = 'virtual:wegwijzer/theme.css';
const VIRTUAL_GATE_INPUT = 'virtual:wegwijzer/gate-input';
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
    stats: options.stats,
    locale: options.locale,
    tone: options.tone,
    timeZone: options.timeZone,
    /** Every text the theme writes, in the site's language and tone, with its overrides. */
    strings: siteStrings(options),
  };
}

export function siteStrings(options: WegwijzerOptions) {
  return resolveStrings({ locale: options.locale, tone: options.tone, overrides: options.strings });
}

/** The integration object also carries its validated options, so the CLIs read the same config. */
export type WegwijzerIntegration = AstroIntegration & { wegwijzer: WegwijzerOptions };

const route = (file: string) => new URL(`../routes/${file}`, import.meta.url);

/**
 * Pages rendered at a time in `astro build`. Astro renders one by default; a Wegwijzer page spends
 * most of its time waiting for its files, and four at a time halved the rendering of 1,000 pages
 * (`npm run bench`). A site that sets another `build.concurrency` keeps it.
 */
const ASTRO_DEFAULT_CONCURRENCY = 1;
const PAGE_CONCURRENCY = 4;

/** Wegwijzer's own on-demand routes, as files: none of them renders a content page. */
const ON_DEMAND_ENTRYPOINTS = GENERATED_ROUTES.filter((generated) => generated.inboxOnly).map((generated) => fileURLToPath(new URL(`../${generated.entrypoint}`, import.meta.url)));

/** The nginx snippet of a static build, next to `_headers` in the output folder. */
export const NGINX_SNIPPET_FILE = 'security-headers.nginx.conf';

export default function wegwijzer(userOptions: WegwijzerUserOptions): WegwijzerIntegration {
  const options = parseOptions(userOptions);
  let security: SecurityContext | undefined;
  // With the inbox: what the build writes into dist/server/entry.mjs (see inbox-server.ts).
  let ownServer = false;
  let serverOutput: Omit<ServerOutput, 'onDemand'> | undefined;
  let onDemand: ServerOutput['onDemand'] = [];
  let routeHeaders: ReadonlyMap<string, { headers: Headers }> | undefined;
  // What the link-preview images need once the pages are built: the theme colour and the logo.
  let preview: { colour: string; logo: string | undefined; site: string } | undefined;
  // The downloads the gate read, as search records: all the search index needs of the gate's result,
  // so the whole result is not held in memory through the build.
  let searchRecords: SearchRecord[] | undefined;
  // Whether the server bundle may leave out the content pages (see server-bundle.ts).
  let leanServer = false;
  let projectRoot: string | undefined;
  // Link-preview images of earlier builds, by card (see og/write.ts).
  let ogCacheDir: string | undefined;
  return {
    name: 'wegwijzer',
    wegwijzer: options,
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, updateConfig, addDevToolbarApp, addMiddleware, logger }) => {
        if (config.site === undefined) {
          throw setupError('`site` is not set in astro.config.mjs: canonical URLs, the sitemap and security.txt need it.', "Add `site: 'https://www.example.nl'` to defineConfig().");
        }
        const root = fileURLToPath(config.root);
        projectRoot = root;
        checkUrlShape(config);
        const theme = themeFile(root, options.theme);
        const tokens = organisationTokens(root, options, logger);
        preview = {
          colour: themeColour([theme], tokens.primary ?? themeColour([DEFAULT_TOKENS_FILE])),
          logo: options.organisation.logo && logoDataUrl(join(fileURLToPath(config.publicDir), options.organisation.logo)),
          site: config.site,
        };
        for (const generated of GENERATED_ROUTES) {
          if (!isInjected(generated, { inbox: options.leads.provider === 'inbox', dev: command === 'dev' })) continue;
          injectRoute({ pattern: generated.pattern, entrypoint: new URL(`../${generated.entrypoint}`, import.meta.url) });
        }
        // A tool for the team, not a page of the site: no CTA may link to it, so not a generated route.
        if (command === 'dev' || options.journeyMap) {
          injectRoute({ pattern: routePattern(JOURNEY_MAP_PATH), entrypoint: route('journey-map.astro') });
        }
        injectRoute({ pattern: '/[...slug]', entrypoint: route('page.astro') });
        ownServer = configureInbox(options, config, updateConfig, logger);
        // Rendering a page mostly waits on writing it: render a few at a time, unless the site chose a number.
        if (config.build.concurrency === ASTRO_DEFAULT_CONCURRENCY) updateConfig({ build: { concurrency: PAGE_CONCURRENCY } });
        // AVIF at an effort that does not make images most of a first build (see images.ts).
        const image = imageServiceDefaults(config.image);
        if (image !== undefined) updateConfig({ image });
        security = { site: config.site, leads: options.leads };
        if (command !== 'dev') configureCsp(config, security, options.leads.provider === 'inbox' ? 'header' : 'meta', updateConfig, logger);
        updateConfig({
          vite: {
            plugins: [
              virtualModule(VIRTUAL_CONFIG, runtimeConfig(options, config.site, fileURLToPath(config.publicDir))),
              tokens.plugin,
              themeModule(theme),
              leadAdapterModule(options),
              ...(ownServer ? [inboxServerModule()] : []),
              quietMdxDirectives(),
              leanServerBundle(() => leanServer),
              devOgImages(() => (preview === undefined || options.seo.defaultImage !== undefined ? undefined : previewCard(options, preview)), config.site),
            ],
          },
        });

        const srcDir = relative(root, fileURLToPath(config.srcDir));
        const publicDir = relative(root, fileURLToPath(config.publicDir));
        // In dev the gate runs again after each save, reading only what changed (see content/load.ts).
        const gateSettings = { ...options, site: config.site };
        const loadOptions = { ...(await siteGateOptions(root, publicDir, gateSettings, srcDir)), reuse: command === 'dev' };
        // The journey map runs the gate itself: on every request in dev, so it shows the current problems.
        updateConfig({ vite: { plugins: [virtualModule(VIRTUAL_GATE_INPUT, { root, publicDir, srcDir, options: gateConfig(gateSettings) } satisfies GateInput)] } });
        const gate = runGate(loadOptions);
        // Live counting (server) needs the pages, downloads and journeys the gate has just read.
        updateConfig({ vite: { plugins: [virtualModule(VIRTUAL_STATS_SITE, statsSite(gate.snapshot, config.site))] } });
        // Which optional collections have entries: reading an empty one makes Astro warn on every build (src/content/site.ts).
        const filled = { events: (gate.snapshot.events?.length ?? 0) > 0, contact: (gate.snapshot.contacts?.length ?? 0) > 0 };
        updateConfig({ vite: { plugins: [virtualModule(VIRTUAL_FILLED, filled)] } });
        // Pages are MDX and need a sitemap: add both integrations unless the site configured them itself.
        const names = new Set(config.integrations.map((integration) => integration.name));
        if (!names.has('@astrojs/mdx')) updateConfig({ integrations: [mdx()] });
        if (!names.has('@astrojs/sitemap')) {
          const noindex = gate.snapshot.pages.filter((page) => page.data.noindex === true).map((page) => page.url);
          updateConfig({ integrations: [sitemap({ filter: sitemapFilter(noindex) })] });
        }

        if (command === 'build') {
          if (gate.problems.length > 0) stopBuild(logger, formatReport(gate.problems));
          logger.info(`journey check passed (${gate.snapshot.pages.length} pages) in ${Math.round(gate.loadMs + gate.checkMs)} ms`);
          if (gate.signUpWarnings.length > 0) logger.warn(formatReport(gate.signUpWarnings, SIGN_UP_LABELS));
          reportFindings(gate.seoWarnings, options.seo.strict, SEO_LABELS, { title: 'SEO check (seo.strict)', noun: 'error' }, 'set `seo.strict: false` to only warn', logger);
          reportFindings(gate.readability.warnings, options.readability.strict, readabilityLabels(false), readabilityLabels(true), 'set `readability.strict: false` to only warn', logger);
          searchRecords = downloadRecords(gate.snapshot, NEXT_STEP_ID, LOCALES[options.locale].lang);
        }
        if (command === 'dev') {
          const publish = (result: GateResult) => {
            warnAbout(result, logger);
            publishDevReport(devReport(result));
          };
          publish(gate);
          updateConfig({ vite: { plugins: [contentWatcher(loadOptions, gateSettings, srcDir, publish, logger)] } });
          // A page whose body fails on a problem the gate reports answers 200 with the notice, not 500.
          addMiddleware({ entrypoint: new URL('../dev/middleware.ts', import.meta.url), order: 'pre' });
          addDevToolbarApp({ id: TOOLBAR_APP_ID, name: 'Wegwijzer', icon: TOOLBAR_ICON, entrypoint: new URL('../dev/toolbar-app.ts', import.meta.url) });
        }
      },
      'astro:server:setup': ({ toolbar }) => {
        // The app asks nothing: it gets the current report when it starts and each new one after a save.
        const send = (report: DevReport) => toolbar.send(REPORT_EVENT, report);
        toolbar.onAppInitialized(TOOLBAR_APP_ID, () => {
          const report = currentDevReport();
          if (report !== undefined) send(report);
        });
        stopSendingReports?.();
        stopSendingReports = onDevReport(send);
      },
      'astro:routes:resolved': ({ routes }) => {
        if (projectRoot !== undefined) leanServer = onlyOwnOnDemandRoutes(routes, projectRoot, ON_DEMAND_ENTRYPOINTS);
        onDemand = neededOnDemandRoutes(routes);
      },
      'astro:config:done': ({ config }) => {
        serverOutput = { serverDir: config.build.server, clientDir: config.build.client, astroEntry: config.build.serverEntry, host: config.server.host, port: config.server.port };
        ogCacheDir = fileURLToPath(new URL('wegwijzer/og/', config.cacheDir));
      },
      // With the inbox, @astrojs/node's `staticHeaders` makes Astro hand over each prerendered page's CSP here.
      'astro:build:generated': ({ routeToHeaders }) => {
        routeHeaders = routeToHeaders;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // One after the other: on two cores, drawing previews alongside the search index was no faster.
        if (preview !== undefined && options.seo.defaultImage === undefined) {
          const start = performance.now();
          const { written, drawn, reused } = await writeOgImages(fileURLToPath(dir), previewCard(options, preview), preview.site, ogCacheDir);
          logger.info(`link-preview images (${written.length} in ${OG_PREFIX}; ${drawn} drawn, ${reused} from the cache) in ${Math.round(performance.now() - start)} ms`);
        }
        if (searchRecords !== undefined) {
          const start = performance.now();
          const { pages } = await buildSearchIndex(fileURLToPath(dir), searchRecords, LOCALES[options.locale].lang);
          logger.info(`search index: ${countOf(pages, 'page')} and ${countOf(searchRecords.length, 'document')} in ${Math.round(performance.now() - start)} ms`);
        }
        if (security === undefined) return;
        if (options.leads.provider === 'inbox') {
          if (ownServer && serverOutput !== undefined) {
            writePagePolicies(fileURLToPath(new URL(PAGE_POLICIES_FILE, serverOutput.serverDir)), routeHeaders);
            writeServerEntry({ ...serverOutput, onDemand });
          }
          return;
        }
        writeStaticHostFiles(fileURLToPath(dir), security);
        logger.info(`security headers for static hosts: _headers and ${NGINX_SNIPPET_FILE} (see docs/leads.md)`);
      },
    },
  };
}

/** What every link-preview card of the site shares: organisation, theme colour and logo. */
function previewCard(options: WegwijzerOptions, preview: { colour: string; logo: string | undefined }) {
  return { organisation: options.organisation.name, colour: preview.colour, ...(preview.logo ? { logo: preview.logo } : {}) };
}

/** A restarted dev server (after a config change) sends to its own toolbar only. */
let stopSendingReports: (() => void) | undefined;

const TOOLBAR_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 3v18"/><path d="M5 6h11l3 3-3 3H5z"/><path d="M19 14H9l-3 3 3 3h10"/></svg>';

function devReport(result: GateResult): DevReport {
  return { problems: result.problems, seo: result.seoWarnings, readability: result.readability.warnings, checkedAt: new Date().toISOString() };
}

/**
 * Astro prints "An unhandled error occurred while running the astro:config:setup hook" before any
 * error an integration throws. Say first that this is a content problem, not a crash, so editors
 * read on to the report; the build still exits non-zero.
 */
const NOT_A_CRASH =
  'The build stopped on content problems, listed below. This is not a crash of Wegwijzer or Astro: fix the files named there and build again (`npx wegwijzer check` checks without building).';

function stopBuild(logger: AstroIntegrationLogger, report: string, hint?: string): never {
  logger.error(NOT_A_CRASH);
  throw gateError(report, hint);
}

/**
 * Turns on Astro's CSP with Wegwijzer's directives (src/security/headers.ts), unless the site set
 * `security.csp` itself. Astro adds the hashes of each page's inline scripts and styles.
 *
 * Only for a build: in `astro dev` Vite injects every stylesheet as an inline `<style>` that Astro
 * does not hash (Astro documents CSP as unsupported in dev), yet with an adapter's `staticHeaders`
 * (the inbox) the dev server still sent the policy, and the browser refused every style. A looser
 * dev-only policy would check nothing the build's does not; `wegwijzer verify` checks the built
 * pages against the real one.
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
 * With the default inbox, the one on-demand endpoint (a GENERATED_ROUTES entry) is served by
 * Wegwijzer's server (src/inbox/server.ts) around @astrojs/node in middleware mode (every other
 * page stays prerendered), started by `node dist/server/entry.mjs` (inbox-server.ts). Other
 * providers get no adapter: the output is purely static. True when Wegwijzer builds that server:
 * a site that brings its own adapter serves its build itself.
 */
function configureInbox(options: WegwijzerOptions, config: SetupHook['config'], updateConfig: SetupHook['updateConfig'], logger: AstroIntegrationLogger): boolean {
  if (options.leads.provider !== 'inbox') return false;
  if ((config.security.allowedDomains ?? []).length === 0 && config.site !== undefined) {
    // Behind a TLS-terminating proxy the server sees http:// while the browser's Origin is https://,
    // and Astro's own origin check refuses every lead. Trusting X-Forwarded-Proto/-Host for the
    // site's own host lets the endpoint see the URL the visitor used. Wegwijzer's server removes
    // those headers from every request that does not come from a trusted proxy (`leads.trustProxy`).
    updateConfig({ security: { allowedDomains: [siteDomain(config.site)] } });
  }
  if (config.adapter !== undefined || config.integrations.some((integration) => integration.name === '@astrojs/node')) {
    logger.warn("the site configures its own adapter: Wegwijzer's server (security headers, visitor address, counting) is not built; the site serves its build itself.");
    return false;
  }
  // `adapter` makes Astro accept the on-demand route; listing it runs the adapter's own hooks.
  // Middleware mode: Wegwijzer's server serves the files and calls the adapter for the rest.
  // staticHeaders: Astro hands each page's CSP to the build (astro:build:generated) instead of a <meta>.
  const adapter = node({ mode: 'middleware', staticHeaders: true });
  updateConfig({ adapter, integrations: [adapter] });
  // `node dist/server/entry.mjs` starts Wegwijzer's server, which takes the adapter's handler from
  // Astro's entry under another name (see inbox-server.ts). A site that named its entry keeps its name.
  if (config.build.serverEntry === SERVER_ENTRY) updateConfig({ build: { serverEntry: ASTRO_SERVER_ENTRY } });
  return true;
}

/** The `site` URL as an Astro remote pattern: its protocol, host name and (explicit) port. */
function siteDomain(site: string): { protocol: string; hostname: string; port?: string } {
  const url = new URL(site);
  return { protocol: url.protocol.replace(/:$/, ''), hostname: url.hostname, ...(url.port === '' ? {} : { port: url.port }) };
}

/** SEO or B1 findings: warnings, or a stopped build when the site made them strict. */
function reportFindings(findings: GateResult['seoWarnings'], strict: boolean, labels: ReportLabels, strictLabels: ReportLabels, relax: string, logger: AstroIntegrationLogger): void {
  if (findings.length === 0) {
    logger.info(`${labels.title}: no ${labels.noun}s`);
    return;
  }
  if (strict) stopBuild(logger, formatReport(findings, strictLabels), `Fix the files listed above, or ${relax}.`);
  logger.warn(formatReport(findings, labels));
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

/** The organisation's NL Design System tokens (`tokens` option); a package that is missing or unreadable stops the build with the fix. */
function organisationTokens(...args: Parameters<typeof themeTokens>): ThemeTokens {
  try {
    return themeTokens(...args);
  } catch (error) {
    if (error instanceof TokenPackageError) throw setupError(error.message, error.hint);
    throw error;
  }
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
function warnAbout({ problems, seoWarnings, signUpWarnings, readability }: GateResult, logger: AstroIntegrationLogger): void {
  if (problems.length > 0) logger.warn(formatReport(problems));
  else logger.info('journey check: no problems');
  if (signUpWarnings.length > 0) logger.warn(formatReport(signUpWarnings, SIGN_UP_LABELS));
  if (seoWarnings.length > 0) logger.warn(formatReport(seoWarnings, SEO_LABELS));
  if (readability.warnings.length > 0) logger.warn(formatReport(readability.warnings, readabilityLabels(false)));
}

/**
 * Re-runs the gate in `astro dev` when a content or public file changes, and keeps serving; a change
 * of the site's content config (its own page fields) reloads the schemas first.
 */
function contentWatcher(initial: LoadOptions, options: GateConfig, srcDir: string, publish: (result: GateResult) => void, logger: AstroIntegrationLogger) {
  let timer: NodeJS.Timeout | undefined;
  let loadOptions = initial;
  const contentConfig = new RegExp(`/${srcDir}/content\\.config\\.[mc]?[jt]s$`);
  return {
    name: 'wegwijzer:content-watcher',
    configureServer(server: { watcher: { on(event: string, listener: (path: string) => void): void } }) {
      const onChange = (path: string) => {
        const configChanged = contentConfig.test(path);
        if (!configChanged && !path.includes(`/${loadOptions.contentDir}/`) && !path.includes(`/${loadOptions.publicDir}/`)) return;
        clearTimeout(timer);
        timer = setTimeout(async () => {
          try {
            if (configChanged) loadOptions = { ...(await siteGateOptions(loadOptions.root, loadOptions.publicDir, options, srcDir)), reuse: true };
            publish(runGate(loadOptions));
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        }, 100);
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
  const { adapter } = LEAD_PROVIDERS[options.leads.provider];
  const file = fileURLToPath(new URL(`../forms/providers/${adapter.module}`, import.meta.url));
  return {
    name: `wegwijzer:${id}`,
    resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
    load: (loaded: string) => (loaded === `\0${id}` ? `export { ${adapter.export} as default } from ${JSON.stringify(file)};` : undefined),
  };
}
