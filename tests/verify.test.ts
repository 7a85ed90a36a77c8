/**
 * `wegwijzer verify` on a build of the fixture site: it passes as built, and a copy of the built
 * output broken in six ways (a missing alt text, a broken internal link, a broken #fragment, an
 * invalid element, a font from another origin, an oversized script), each on its own page, fails
 * with each page named next to its cause. No build of its own: a copy of the global setup's build,
 * and the broken site is a copy of its output.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/cli/project.ts';
import { INBOX_ENDPOINT } from '../src/journey/urls.ts';
import { builtFixtureCopy, urlPathOf, type BuiltSite } from './support/built.ts';
import { skipWithoutChromium } from './support/chromium.ts';
import { copyFixtureSite, wegwijzer, type RunResult, type TempSite } from './support/site.ts';

const skip = skipWithoutChromium('wegwijzer verify tests');

/** The failing pages of a report: each `✗ <page>` block of the failures, with its lines. */
function failures(output: string): Map<string, string> {
  const section = output.split('\nFailures\n')[1] ?? '';
  const blocks = new Map<string, string>();
  let current: string | undefined;
  for (const line of section.split('\n')) {
    if (line.startsWith('✗ ') && !/^✗ \d+ failures? on/.test(line)) {
      current = line.slice(2);
      blocks.set(current, '');
    } else if (current !== undefined && line.startsWith(' ')) {
      blocks.set(current, `${blocks.get(current)}${line.trim()}\n`);
    } else if (line === '' && current !== undefined) {
      current = undefined;
    }
  }
  return blocks;
}

describe.skipIf(skip)('wegwijzer verify', () => {
  let built: BuiltSite;
  let clean: RunResult;

  beforeAll(async () => {
    built = builtFixtureCopy();
    clean = await wegwijzer(['verify'], built.site.root);
  }, 400_000);

  afterAll(() => built?.site.dispose());

  it('passes on the built fixture site and reports every page with its sizes', () => {
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toMatch(/✓ All checks passed on \d+ pages/);
    const rows = clean.stdout.split('\n').filter((line) => line.startsWith('✓  '));
    for (const file of built.htmlFiles) {
      const row = rows.find((line) => line.split(/\s{2,}/)[1] === urlPathOf(file));
      expect(row, `${file} is in the report`).toBeDefined();
      expect(row, `${file}: JS, CSS, HTML+CSS and width at 320 px`).toMatch(/ (\d+ B|\d+\.\d KB)( \(search\))?\s+(\d+ B|\d+\.\d KB)\s+\d+\.\d KB\s+\d+ px$/);
    }
    // The search page's script is measured but held to no budget; every other page is.
    expect(rows.filter((line) => line.includes('(search)')).map((line) => line.split(/\s{2,}/)[1])).toEqual(['/zoeken/']);
  });

  it('checks the inbox’s error page for a form posted without JavaScript, from each form page', () => {
    const formPages = built.htmlFiles.filter((file) => built.read(file).includes(`action="${INBOX_ENDPOINT}"`)).map(urlPathOf);
    expect(formPages.length).toBeGreaterThan(0);
    for (const page of formPages) expect(clean.stdout).toContain(`✓  POST ${INBOX_ENDPOINT} from ${page} (empty, no JavaScript)`);
  });

  it('lists links to other sites without fetching them, and keeps out of the site’s own inbox', async () => {
    const { options } = await loadProject(built.site.root);
    expect(options.accessibility.registerUrl).toBeDefined();
    expect(clean.stdout).toMatch(/Links to other sites \(\d+\), not fetched/);
    expect(clean.stdout).toContain(`${options.accessibility.registerUrl}  (on /toegankelijkheid/)`);
    // The server ran in a temporary folder: the relative `leads.path` did not land in the site.
    expect(existsSync(join(built.site.root, 'data'))).toBe(false);
  });

  describe('on a copy of the build broken in six places', () => {
    const PAGES = {
      missingAlt: '/basisschool/kiezen/',
      brokenLink: '/bus/',
      brokenFragment: '/bus/proefreis/',
      invalidElement: '/voor/ouders/',
      fontElsewhere: '/privacy/',
      oversizedScript: '/basisschool/aanmelden/',
    };
    let root: string;
    let result: RunResult;

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'wegwijzer-verify-broken-'));
      cpSync(join(built.site.root, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
      symlinkSync(join(built.site.root, 'node_modules'), join(root, 'node_modules'), 'dir');
      cpSync(join(built.site.root, 'dist'), join(root, 'dist'), { recursive: true });
      const pages = join(root, 'dist', 'client');
      const edit = (path: string, change: (html: string) => string) => {
        const file = join(pages, path, 'index.html');
        const before = readFileSync(file, 'utf8');
        const after = change(before);
        expect(after, `${path} changed`).not.toBe(before);
        writeFileSync(file, after);
      };
      const intoMain = (html: string, extra: string) => html.replace(/(<main\b[^>]*>)/, `$1${extra}`);
      edit(PAGES.missingAlt, (html) => html.replace(/(<img\b[^>]*?) alt=""/, '$1'));
      edit(PAGES.brokenLink, (html) => intoMain(html, '<p><a href="/bestaat-niet/">Meer over de bus</a></p>'));
      edit(PAGES.brokenFragment, (html) => intoMain(html, '<p><a href="/bus/#geen-anker">Naar de dienstregeling</a></p>'));
      edit(PAGES.invalidElement, (html) => intoMain(html, '<span><div>Een blok in een span</div></span>'));
      // As a theme that takes its font from a font service would: a stylesheet of the site's own names it.
      writeFileSync(join(pages, '_astro', 'extern-font.css'), '@font-face{font-family:Extern;src:url(https://fonts.example.org/extern.woff2) format("woff2")}body{font-family:Extern,sans-serif}\n');
      edit(PAGES.fontElsewhere, (html) => html.replace('</head>', '<link rel="stylesheet" href="/_astro/extern-font.css"></head>'));
      writeFileSync(join(pages, '_astro', 'extra.js'), `globalThis.wegwijzerExtra = ${JSON.stringify(randomBytes(6000).toString('base64'))};\n`);
      edit(PAGES.oversizedScript, (html) => html.replace('</head>', '<script type="module" src="/_astro/extra.js"></script></head>'));
      result = await wegwijzer(['verify'], root);
    }, 300_000);

    afterAll(() => {
      if (root !== undefined) rmSync(root, { recursive: true, force: true });
    });

    it('exits 1 and fails exactly the six broken pages', () => {
      expect(result.code, result.output).toBe(1);
      expect([...failures(result.stdout).keys()].sort(), result.stdout).toEqual(Object.values(PAGES).sort());
    });

    it('names each cause under its page', () => {
      const blocks = failures(result.stdout);
      expect(blocks.get(PAGES.missingAlt)).toMatch(/accessibility: image-alt \(critical\): Images must have alternative text/);
      expect(blocks.get(PAGES.missingAlt)).toMatch(/HTML: .*An “img” element must have an “alt” attribute/);
      expect(blocks.get(PAGES.brokenLink)).toContain('links: broken link to /bestaat-niet/ ("Meer over de bus"): HTTP 404');
      expect(blocks.get(PAGES.brokenFragment)).toContain('links: broken link to /bus/#geen-anker ("Naar de dienstregeling"): no element with id `geen-anker` on /bus/');
      expect(blocks.get(PAGES.invalidElement)).toMatch(/HTML: line \d+, column \d+: Element “div” not allowed as child of element “span”/);
      expect(blocks.get(PAGES.fontElsewhere)).toContain('privacy: requests https://fonts.example.org/extern.woff2 from another origin');
      expect(blocks.get(PAGES.oversizedScript)).toMatch(/budget: JavaScript \d+\.\d KB gzipped, over the budget of 3\.0 KB for a page with a form/);
      expect(result.stdout).toMatch(/✗ \d+ failures on 6 pages/);
    });
  });
});

describe('wegwijzer verify without what it needs', () => {
  let site: TempSite;
  beforeAll(() => {
    site = copyFixtureSite();
  });
  afterAll(() => site?.dispose());

  it('explains how to install Chromium and Java when they are missing, and exits 2', async () => {
    const result = await wegwijzer(['verify'], site.root, { CHROMIUM_PATH: '/nonexistent/chromium', PATH: '/nonexistent' });
    expect(result.code, result.output).toBe(2);
    expect(result.stderr).toContain('Chromium is missing: /nonexistent/chromium does not exist');
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('Java is missing');
    expect(result.stderr).toContain('apt-get install openjdk-17-jre-headless');
  });

  it.skipIf(skip)('says to build first when there is no build, and exits 2', async () => {
    const result = await wegwijzer(['verify'], site.root);
    expect(result.code, result.output).toBe(2);
    expect(result.stderr).toContain('dist/server/entry.mjs or dist/client/ is missing. Run `npm run build` first');
  });
});
