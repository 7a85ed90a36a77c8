/**
 * The built output `wegwijzer verify` checks, found the way the build lays it out: with the default
 * inbox the pages are in `dist/client/` and the server in `dist/server/entry.mjs`; with any other
 * lead provider the site is static in `dist/`. The pages to check are discovered from that output
 * (the sitemap and every HTML file), so any site's content is checked, not a list of known URLs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Project } from '../cli/project.ts';
import { handoffPage } from '../journey/urls.ts';

export interface BuiltSite {
  /** The static files: pages, CSS, scripts, public/. */
  staticDir: string;
  /** The Node server of an inbox site (`dist/server/entry.mjs`); absent for a static site. */
  serverEntry?: string;
}

export class VerifySetupError extends Error {
  override name = 'VerifySetupError';
}

/** Finds the build of `project`, or says how to make one. */
export function findBuild(project: Project): BuiltSite {
  const dist = join(project.root, 'dist');
  const build = 'Run `npm run build` first (verify checks the built site, it does not build).';
  if (project.options.leads.provider === 'inbox') {
    const serverEntry = join(dist, 'server', 'entry.mjs');
    const staticDir = join(dist, 'client');
    if (!existsSync(serverEntry) || !existsSync(staticDir)) {
      throw new VerifySetupError(`No inbox build in ${relative(process.cwd(), dist) || dist}: ${relative(project.root, serverEntry)} or dist/client/ is missing. ${build}`);
    }
    return { staticDir, serverEntry };
  }
  if (!existsSync(join(dist, 'index.html'))) throw new VerifySetupError(`No static build in ${dist}: dist/index.html is missing. ${build}`);
  return { staticDir: dist };
}

/** Every file under `dir`, as a path relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The URL path a built HTML file is served at: `bus/index.html` → `/bus/`, `404.html` → `/404.html`. */
export function urlPathOf(htmlFile: string): string {
  if (htmlFile === 'index.html') return '/';
  return htmlFile.endsWith('/index.html') ? `/${htmlFile.slice(0, -'index.html'.length)}` : `/${htmlFile}`;
}

const SITEMAP_INDEX = '/sitemap-index.xml';

/**
 * Every page path of the build: each HTML file (hubs, statements, thank-you pages, 404, a search
 * page) and each page in the sitemaps that robots.txt names (default /sitemap-index.xml), so a
 * sitemap entry without a built page shows up as a page that does not load.
 */
export function discoverPages(staticDir: string): string[] {
  const files = listFiles(staticDir).filter((file) => file.endsWith('.html'));
  // A hand-off route forwards to another site at once: not a page to check, and loading it would leave the site.
  const paths = new Set(files.map(urlPathOf).filter((path) => handoffPage(path) === undefined));
  for (const path of sitemapPages(staticDir)) paths.add(path);
  return [...paths].sort(byHomeFirst);
}

function byHomeFirst(a: string, b: string): number {
  return a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b);
}

/** Page paths listed in the build's sitemaps, following sitemap indexes. */
export function sitemapPages(staticDir: string): string[] {
  const robots = readIfExists(join(staticDir, 'robots.txt')) ?? '';
  const named = [...robots.matchAll(/^Sitemap:\s*(\S+)\s*$/gim)].map((match) => pathOf(match[1] ?? ''));
  const queue = named.length > 0 ? named : [SITEMAP_INDEX];
  const seen = new Set<string>();
  const pages: string[] = [];
  while (queue.length > 0 && seen.size < 1000) {
    const sitemap = queue.shift() ?? '';
    if (seen.has(sitemap)) continue;
    seen.add(sitemap);
    const xml = readIfExists(join(staticDir, sitemap));
    if (xml === undefined) continue;
    const locations = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => pathOf(decodeXml(match[1] ?? '')));
    if (/<sitemapindex[\s>]/.test(xml)) queue.push(...locations);
    else pages.push(...locations);
  }
  return pages;
}

/** The path of a sitemap URL (`https://www.example.nl/bus/` → `/bus/`); the site's origin is where it is served now. */
function pathOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url;
  }
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
