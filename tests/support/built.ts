/**
 * Test support for assertions over a built site. Every build-output test reads files through
 * `builtDir()`, because the static HTML moves from `dist/` to `dist/client/` once the site has
 * an on-demand route (the lead endpoint of the forms issue).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { handoffPage } from '../../src/journey/urls.ts';
import { listFiles, urlPathOf } from '../../src/verify/site.ts';
import { astroBuild, copyFixtureSite, tempSite, type RunResult, type TempSite } from './site.ts';

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
  /**
   * Every HTML page, as a path relative to `dir` (`bus/index.html`, `404.html`): not the hand-off
   * routes, which forward to another site at once (as `wegwijzer verify` leaves them out; tests/handoff.test.ts checks them).
   */
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
  return builtSite(site, build);
}

/**
 * The fixture site as the global setup built it, once per run: for tests that only read it.
 * Its `site.dispose()` does nothing; the global setup removes it at the end of the run.
 */
export function builtFixture(): BuiltSite {
  const site = { ...tempSite(inject('builtFixtureRoot')), dispose: () => {} };
  return builtSite(site, { code: 0, stdout: '', stderr: '', output: '' });
}

/**
 * A private copy of the built fixture, for tests that write into it (a server with its own inbox,
 * a broken copy of the output): no second build. The caller disposes of it.
 */
export function copyBuiltFixture(): TempSite {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-built-'));
  cpSync(inject('builtFixtureRoot'), root, { recursive: true, verbatimSymlinks: true, filter: (source) => !source.endsWith('/data') });
  return { ...tempSite(root), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function builtSite(site: TempSite, build: RunResult): BuiltSite {
  const dir = builtDir(site.root);
  return {
    site,
    build,
    dir,
    htmlFiles: listFiles(dir).filter((file) => file.endsWith('.html') && handoffPage(urlPathOf(file)) === undefined),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    exists: (file) => existsSync(join(dir, file)),
  };
}

export { urlPathOf } from '../../src/verify/site.ts';
