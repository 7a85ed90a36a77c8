/**
 * Test support for assertions over a built site. Every build-output test reads files through
 * `builtDir()`, because the static HTML moves from `dist/` to `dist/client/` once the site has
 * an on-demand route (the lead endpoint of the forms issue).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/verify/site.ts';
import { astroBuild, copyFixtureSite, type RunResult, type TempSite } from './site.ts';

/** Where the static files of a build in `root` are: `dist/client` with a server build, else `dist`. */
export function builtDir(root: string): string {
  const client = join(root, 'dist', 'client');
  return existsSync(client) ? client : join(root, 'dist');
}

export interface BuiltSite {
  site: TempSite;
  build: RunResult;
  /** Absolute path of the static output. */
  dir: string;
  /** Every HTML file, as a path relative to `dir` (`bus/index.html`, `404.html`). */
  htmlFiles: string[];
  /** A built file's text, by its path relative to `dir`. */
  read(file: string): string;
  exists(file: string): boolean;
}

/**
 * Copies the example site, lets the test change it, builds it with the real Astro CLI and fails
 * with the build's output when the build fails.
 */
export async function buildExample(prepare: (site: TempSite) => void = () => {}): Promise<BuiltSite> {
  const site = copyFixtureSite();
  prepare(site);
  const build = await astroBuild(site.root);
  if (build.code !== 0) {
    site.dispose();
    throw new Error(`astro build failed (exit ${build.code}):\n${build.output}`);
  }
  const dir = builtDir(site.root);
  return {
    site,
    build,
    dir,
    htmlFiles: listFiles(dir).filter((file) => file.endsWith('.html')),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    exists: (file) => existsSync(join(dir, file)),
  };
}

export { urlPathOf } from '../../src/verify/site.ts';
