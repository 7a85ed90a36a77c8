/**
 * The `tokens` option with real NL Design System token packages: a copy of the example with only
 * `tokens: '<package>'` instead of its theme.css, built once per package, shows the package's
 * primary button colour, link colour and font in Chromium — compared with the values read here from
 * the package's own files — passes axe, and stays within the CSS budget with self-hosted fonts. A
 * small fake package with a pale link colour gets a contrast warning naming its token.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '../src/verify/browser.ts';
import { budgetsSchema } from '../src/verify/options.ts';
import { axeViolations } from './support/axe.ts';
import { builtDir } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { astroBuild, copyFixtureSite, projectRoot, run, wegwijzer, type RunResult, type TempSite } from './support/site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const skip = skipWithoutChromium('token package tests');

/** The example's config, with the token package in place of its theme.css. */
function useTokens(site: TempSite, packageName: string): void {
  site.edit('astro.config.mjs', "theme: './theme.css',", `tokens: '${packageName}',`);
}

/**
 * The package's own value of a token, read from its published theme file with its var() references
 * followed: written apart from Wegwijzer's reader, so the test does not grade that reader by itself.
 */
function packageToken(packageName: string, token: string): string {
  const file = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve(`${packageName}/package.json`)), 'dist', 'theme.css');
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const values = new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]));
  let value = values.get(token);
  for (let depth = 0; value?.includes('var(') && depth < 20; depth++) value = value.replace(/var\((--[\w-]+)\)/g, (_match, name: string) => values.get(name) ?? _match);
  if (value === undefined || value.includes('var(')) throw new Error(`${packageName} has no resolvable ${token} in ${file}`);
  return value;
}

/** How Chromium computes a CSS value for `property`, so the package's `hsl(…)` compares with a computed `rgb(…)`. */
function computedAs(page: Page, property: 'color' | 'font-family', value: string): Promise<string> {
  return page.evaluate(
    ([name, given]) => {
      const probe = document.createElement('span');
      probe.style.setProperty(name, given);
      document.body.append(probe);
      const computed = getComputedStyle(probe).getPropertyValue(name);
      probe.remove();
      return computed;
    },
    [property, value] as const,
  );
}

const PACKAGES = [
  {
    name: '@utrecht/design-tokens',
    tokens: { button: '--utrecht-button-primary-action-background-color', link: '--utrecht-link-color', font: '--utrecht-document-font-family' },
    // Utrecht depends on @fontsource-variable/noto-sans: the font files come with the build.
    selfHostedFont: 'Noto Sans Variable',
  },
  {
    name: '@nl-design-system-unstable/voorbeeld-design-tokens',
    tokens: { button: '--nl-button-primary-background-color', link: '--nl-link-color', font: '--nl-paragraph-font-family' },
    // The voorbeeld theme names Noto Sans but ships no font package: the build says how to self-host it.
    selfHostedFont: undefined,
  },
] as const;

describe.skipIf(skip)('token packages in Chromium', () => {
  describe.each(PACKAGES)('a site with tokens: $name', ({ name, tokens, selfHostedFont }) => {
    let site: TempSite;
    let build: RunResult;
    let server: StaticServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      site = copyFixtureSite();
      useTokens(site, name);
      build = await astroBuild(site.root);
      if (build.code !== 0) throw new Error(`the example with tokens: '${name}' does not build:\n${build.output}`);
      server = await serveStatic(builtDir(site.root));
      browser = await launchChromium();
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      site?.dispose();
    });

    async function open(path: string): Promise<Page> {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page;
    }

    it("takes the package's primary button colour, link colour and font", async () => {
      await open('/');
      const button = await page.locator('main .wegwijzer-button').first().evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(button).toBe(await computedAs(page, 'color', packageToken(name, tokens.button)));
      const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(body).toBe(await computedAs(page, 'font-family', packageToken(name, tokens.font)));
      await open('/bus/');
      const link = await page.locator('main a[rel="next"]').first().evaluate((element) => getComputedStyle(element).color);
      expect(link).toBe(await computedAs(page, 'color', packageToken(name, tokens.link)));
    });

    it('self-hosts the font the package ships, or says how to', async () => {
      await open('/');
      const fontFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url)));
      // Every font file the page loads comes from the site itself.
      for (const url of fontFiles) expect(new URL(url).origin).toBe(server.origin);
      if (selfHostedFont === undefined) {
        expect(fontFiles).toEqual([]);
        expect(build.output).toMatch(/font "Noto Sans" \(from `--[\w-]+`\) is not shipped by/);
        expect(build.output).toContain('npm install --save-exact @fontsource/noto-sans');
        return;
      }
      expect(fontFiles.length).toBeGreaterThan(0);
      expect(await page.evaluate((family) => document.fonts.check(`16px "${family}"`), selfHostedFont)).toBe(true);
    });

    it('passes axe on the home page and a content page', async () => {
      for (const path of ['/', '/bus/']) {
        await open(path);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });

    it("puts only Wegwijzer's variables on the page, within the CSS budget, and nothing from another origin", async () => {
      const budgets = budgetsSchema.parse({});
      for (const path of ['/', '/bus/']) {
        const result = await checkPage(browser, { kind: 'page', path }, { origin: server.origin, budgets });
        expect(result.findings.filter((finding) => finding.check === 'budget' || finding.check === 'privacy'), path).toEqual([]);
        expect(result.weight.css, path).toBeLessThanOrEqual(budgets.css);
      }
      const stylesheets = await open('/').then(() => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href)));
      const css = (await Promise.all(stylesheets.map((href) => fetch(href).then((response) => response.text())))).join('\n');
      // The package's own variables (hundreds of them, 90–200 KB) stay out: the mapping wrote plain values.
      expect(css).not.toMatch(/--(utrecht|nl|basis|voorbeeld)-[\w-]+\s*:/);
      expect(css).toContain('--wegwijzer-link-color:');
    });
  });
});

describe('a token package whose colours fail WCAG contrast', () => {
  let site: TempSite;

  beforeAll(() => {
    site = copyFixtureSite();
    // A package the code has never seen: its own prefix, a theme class, and a pale yellow link colour.
    const dir = join(site.root, 'node_modules', 'gouda-design-tokens');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'gouda-design-tokens', version: '1.0.0' }));
    writeFileSync(join(dir, 'dist', 'theme.css'), '.gouda-theme {\n  --gouda-color-geel: #f5d76e;\n  --gouda-link-color: var(--gouda-color-geel);\n}\n');
    useTokens(site, 'gouda-design-tokens');
  });

  afterAll(() => site?.dispose());

  it('is warned about by wegwijzer check, naming the token, the pair and the fix', async () => {
    const check = await wegwijzer(['check'], site.root);
    expect(check.output).toContain('Design tokens of gouda-design-tokens: 1 warning in 1 file');
    expect(check.output).toContain('✗ node_modules/gouda-design-tokens/dist/theme.css › --gouda-link-color');
    expect(check.output).toMatch(/`--wegwijzer-link-color` \(#f5d76e, from `--gouda-link-color`\) on `--wegwijzer-color-background` \(#ffffff, Wegwijzer's default\): contrast 1\.\d\d:1; text needs at least 4\.5:1/);
    expect(check.output).toContain("Override `--wegwijzer-link-color` in the site's theme.css");
  });

  it('is warned about by the build too, which goes on', async () => {
    // `astro sync` runs the integration's setup as the build does, without rendering every page.
    const sync = await run('npx', ['astro', 'sync', '--root', site.root], site.root);
    expect(sync.code, sync.output).toBe(0);
    expect(sync.output).toContain('[WARN] [wegwijzer] Design tokens of gouda-design-tokens: 1 warning in 1 file');
    expect(sync.output).toContain('--gouda-link-color');
  });

  it('stops the build with the fix when the package is not installed', async () => {
    site.edit('astro.config.mjs', "tokens: 'gouda-design-tokens',", "tokens: '@gouda/design-tokens',");
    const sync = await run('npx', ['astro', 'sync', '--root', site.root], site.root);
    expect(sync.code).not.toBe(0);
    expect(sync.output).toContain('option `tokens` names @gouda/design-tokens, which is not installed');
    expect(sync.output).toContain('npm install --save-exact @gouda/design-tokens');
    site.edit('astro.config.mjs', "tokens: '@gouda/design-tokens',", "tokens: 'gouda-design-tokens',");
  });
});
