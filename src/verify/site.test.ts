import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOptions } from '../integration/options.ts';
import { minimalOptions } from '../integration/options.fixtures.ts';
import { discoverPages, findBuild, sitemapPages, urlPathOf, VerifySetupError } from './site.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-site-test-'));
  folders.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const urlset = (...urls: string[]) => `<?xml version="1.0"?><urlset>${urls.map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`;

describe('the pages of a build', () => {
  it('serves index.html files at their folder and other HTML files at their name', () => {
    expect(['index.html', 'bus/index.html', '404.html', 'zoeken.html'].map(urlPathOf)).toEqual(['/', '/bus/', '/404.html', '/zoeken.html']);
  });

  it('follows the sitemap robots.txt names through its index, and reads the paths of the production URLs', () => {
    const dir = folderWith({
      'robots.txt': 'User-agent: *\nSitemap: https://www.example.nl/kaart/index.xml\n',
      'kaart/index.xml': '<sitemapindex><sitemap><loc>https://www.example.nl/kaart/0.xml</loc></sitemap></sitemapindex>',
      'kaart/0.xml': urlset('https://www.example.nl/', 'https://www.example.nl/a%20b/?x=1&amp;y=2'),
    });
    expect(sitemapPages(dir)).toEqual(['/', '/a%20b/']);
  });

  it('checks every HTML file and every sitemap page, also one the build lacks, home first', () => {
    const dir = folderWith({
      'index.html': '',
      'bus/index.html': '',
      '404.html': '',
      '_astro/x.css': '',
      'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://www.example.nl/sitemap-0.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml': urlset('https://www.example.nl/', 'https://www.example.nl/verdwenen/'),
    });
    expect(discoverPages(dir)).toEqual(['/', '/404.html', '/bus/', '/verdwenen/']);
  });

  it('says to build first when the output is missing, for an inbox and a static site', () => {
    const root = folderWith({ 'dist/client/index.html': '' });
    const inbox = { root, publicDir: 'public', srcDir: 'src', options: parseOptions(minimalOptions) };
    expect(() => findBuild(inbox)).toThrow(VerifySetupError);
    expect(() => findBuild(inbox)).toThrow(/server\/entry\.mjs or dist\/client\/ is missing\. Run `npm run build` first/);
    const staticSite = { ...inbox, options: parseOptions({ ...minimalOptions, leads: { provider: 'webhook', url: 'https://hooks.example.nl/lead' } }) };
    expect(() => findBuild(staticSite)).toThrow(/dist\/index\.html is missing/);
    writeFileSync(join(root, 'dist', 'index.html'), '');
    expect(findBuild(staticSite)).toEqual({ staticDir: join(root, 'dist') });
  });
});
