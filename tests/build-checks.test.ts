/**
 * Checks that run in the build: the SEO lint (also in `npm run check`) and the setup checks on options
 * and URL settings. What the build reports or stops on is asked of its own setup hook
 * (tests/support/setup-hook.ts); the settings a site may keep are read from the run's shared
 * settings variant (tests/support/built.ts `settingsVariant()`: trailingSlash 'always', no home.mdx).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsVariant as variant } from './support/built.ts';
import { runBuildSetup } from './support/setup-hook.ts';
import { copyFixtureSite, projectRoot, wegwijzer, type TempSite } from './support/site.ts';

const sites: TempSite[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) site.dispose();
});

/** The example site with two pages sharing a title. */
function siteWithDuplicateTitle(strict: boolean): TempSite {
  const site = copyFixtureSite();
  sites.push(site);
  site.edit('content/pages/bus/proefreis.mdx', 'title: Een week gratis met de bus', 'title: Weer met de bus naar uw werk');
  if (strict) site.edit('astro.config.mjs', "titleTemplate: '%s | Gemeente Voorbeeldstad',", "titleTemplate: '%s | Gemeente Voorbeeldstad',\n        strict: true,");
  return site;
}

const check = (root: string) => wegwijzer(['check', '--root', root], projectRoot);

describe('SEO lint', () => {
  it('warns in the build and in npm run check, listing the files, without failing', async () => {
    const site = siteWithDuplicateTitle(false);
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain('[WARN] [wegwijzer] SEO check: 2 warnings in 2 files');
    expect(build.output).toMatch(/content\/pages\/bus\/index\.mdx › title\s+same title as content\/pages\/bus\/proefreis\.mdx/);
    const cli = await check(site.root);
    expect(cli.code, cli.output).toBe(0);
    expect(cli.output).toContain('SEO check: 2 warnings in 2 files');
    expect(cli.output).toContain('content/pages/bus/proefreis.mdx › title');
  });

  it('fails the build and npm run check with seo.strict', async () => {
    const site = siteWithDuplicateTitle(true);
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('SEO check (seo.strict): 2 errors in 2 files');
    expect(build.output).toContain('content/pages/bus/proefreis.mdx › title');
    const cli = await check(site.root);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain('SEO check (seo.strict): 2 errors in 2 files');
  });

  it('reports the SEO lint in the JSON of npm run check', async () => {
    const site = siteWithDuplicateTitle(false);
    const cli = await wegwijzer(['check', '--json', '--root', site.root], projectRoot);
    const report = JSON.parse(cli.stdout) as { ok: boolean; seo: { strict: boolean; warnings: { file: string; field: string }[] } };
    expect(report.ok).toBe(true);
    expect(report.seo.strict).toBe(false);
    expect(report.seo.warnings.map((warning) => `${warning.file} ${warning.field}`)).toEqual(['content/pages/bus/index.mdx title', 'content/pages/bus/proefreis.mdx title']);
  });
});

describe('setup checks', () => {
  it('stops the build when the default link-preview image does not exist, naming the option', async () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('astro.config.mjs', "titleTemplate: '%s | Gemeente Voorbeeldstad',", "titleTemplate: '%s | Gemeente Voorbeeldstad',\n        defaultImage: '/images/og-default.png',");
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('astro.config.mjs › seo.defaultImage');
    expect(build.output).toContain('option `seo.defaultImage` is /images/og-default.png, which does not exist under public/');
    // The check CLI runs the same gate, so it refuses the same configuration.
    const check = await wegwijzer(['check'], site.root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('astro.config.mjs › seo.defaultImage');
  });

  it('stops the build when the theme file does not exist, naming the option', async () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.remove('theme.css');
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('option `theme` points to ./theme.css, which does not exist');
  });

  it.each([
    ["base: '/campagne',", "`base: '/campagne'` is not supported"],
    ["trailingSlash: 'never',", "`trailingSlash: 'never'` is not supported"],
    ["build: { format: 'file' },", "`build.format: 'file'` is not supported"],
  ])('stops the build on %s, which would break links or make the sitemap disagree with canonical URLs', async (setting, message) => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('astro.config.mjs', "site: 'https://www.voorbeeldstad.nl',", `site: 'https://www.voorbeeldstad.nl',\n  ${setting}`);
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain(message);
  });

  it("builds with trailingSlash: 'always', which matches Wegwijzer's URLs", async () => {
    const built = await variant();
    const sitemap = readFileSync(join(built.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://www.voorbeeldstad.nl/bus/</loc>');
    expect(built.exists('.well-known/security.txt')).toBe(true);
  });
});

describe('the home page', () => {
  it('comes from the strings on a site without content/home.mdx, with no warning about the missing file', async () => {
    const built = await variant();
    expect(existsSync(join(built.site.root, 'content/home.mdx'))).toBe(false);
    expect(built.build.output).not.toContain('[WARN]');
    expect(load(built.read('index.html'))('h1').text()).toBe('Gemeente Voorbeeldstad: wij helpen u op weg');
  });
});

describe('landing components', () => {
  it('stop the build on a content image that does not exist: the gate at its line, with the likely intended image', async () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/basisschool/open-dagen.mdx', '<Figure image="open-dag.jpg"', '<Figure image="open-dagen.jpg"');
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('✗ content/pages/basisschool/open-dagen.mdx, line 13, column 9\n  `<Figure image="open-dagen.jpg">` is not in content/images/');
    expect(build.output).toContain('Did you mean `open-dag.jpg`? Put the image at content/images/open-dagen.jpg');
  });

  it('stop the build on a content image named by code the gate cannot read, at its line, asking for the name written out', async () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/basisschool/open-dagen.mdx', '<Figure image="open-dag.jpg"', '<Figure image={`open-${"dagen"}.jpg`}');
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('✗ content/pages/basisschool/open-dagen.mdx, line 13, column 9\n  `<Figure image>` is computed (`` `open-${"dagen"}.jpg` ``), so the check cannot see which image it names');
    expect(build.output).toContain('Write the value out, in quotes: image="buurtbewoners.jpg".');
  });
});
