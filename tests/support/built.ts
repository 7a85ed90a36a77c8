/**
 * Test support for assertions over a built site. Every build-output test reads files through
 * `builtDir()`, because the static HTML moves from `dist/` to `dist/client/` once the site has
 * an on-demand route (the lead endpoint of the forms issue).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  return builtSite(site, { code: 0, stdout: '', stderr: '', output: inject('builtFixtureOutput') });
}

/**
 * A variant of the fixture (another provider, other options), built once per run and shared by every
 * test file that asks for it by the same `name`: the first one builds it, the others wait for that
 * build (a folder made with mkdir is the lock, across vitest's workers). The variant must be the same
 * wherever `name` is used: keep each `prepare` in one place, as the builds below. Only for tests that
 * read the build; its `site.dispose()` does nothing, the global setup removes it at the end of the run.
 */
export async function sharedBuild(name: string, prepare: (site: TempSite) => void): Promise<BuiltSite> {
  const dir = inject('sharedBuildsDir');
  const record = join(dir, `${name}.json`);
  let owner = true;
  try {
    mkdirSync(join(dir, `${name}.lock`));
  } catch {
    owner = false;
  }
  if (owner) {
    const site = copyFixtureSite();
    let build: RunResult;
    try {
      prepare(site);
      build = await astroBuild(site.root);
    } catch (error) {
      build = { code: -1, stdout: '', stderr: String(error), output: String(error) };
    }
    // Written aside and renamed: a waiting worker never reads half a record.
    writeFileSync(`${record}.part`, JSON.stringify({ root: site.root, build }));
    renameSync(`${record}.part`, record);
  }
  while (!existsSync(record)) await new Promise((resolve) => setTimeout(resolve, 500));
  const { root, build } = JSON.parse(readFileSync(record, 'utf8')) as { root: string; build: RunResult };
  if (build.code !== 0) throw new Error(`astro build of the shared variant \`${name}\` failed (exit ${build.code}):\n${build.output}`);
  return builtSite({ ...tempSite(root), dispose: () => {} }, build);
}

/** The fixture with a lead provider other than the inbox, as `leads` in its options. */
export const LEADS_VARIANTS = {
  hubspot:
    "{ provider: 'hubspot', portalId: '1234567', forms: { schoolgids: '78c2891f-ebdd-44c0-bd94-15c012bbbfbf', 'veiligebuurt-handleiding': '0b7d2b1e-3c4f-4a5b-8c9d-0e1f2a3b4c5d' } }",
  mautic: "{ provider: 'mautic', url: 'https://mautic.voorbeeldstad.nl/form/submit', forms: { schoolgids: 3, 'veiligebuurt-handleiding': 4 } }",
} as const;

/**
 * The fixture built with `leads: LEADS_VARIANTS[provider]`, once per run. Event sign-ups and contact
 * requests need the site's own inbox (the gate says so), so this variant has neither.
 */
export function leadsVariant(provider: keyof typeof LEADS_VARIANTS): Promise<BuiltSite> {
  return sharedBuild(`leads-${provider}`, (site) => {
    site.edit('astro.config.mjs', "theme: './theme.css',", `theme: './theme.css',\n      leads: ${LEADS_VARIANTS[provider]},`);
    site.remove('content/events');
    site.remove('content/contact');
    site.edit('content/pages/basisschool/open-dagen.mdx', '<SignUp id="informatieavond" />', '');
    site.edit('content/pages/veilige-buurt/ervaringen.mdx', '<ContactRequest id="terugbellen" />', '');
  });
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

/** `copyBuiltFixture()` read as a built site, with the global setup's build output. The caller disposes of its site. */
export function builtFixtureCopy(): BuiltSite {
  return builtSite(copyBuiltFixture(), { code: 0, stdout: '', stderr: '', output: inject('builtFixtureOutput') });
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

/** The Plausible service of the settings variant below. */
export const PLAUSIBLE = 'https://plausible.voorbeeldstad.nl';

/**
 * The fixture with settings a site may choose that change no other test's subject, in one build per
 * run: `trailingSlash: 'always'`, no content/home.mdx, and Plausible as `stats.analytics`.
 */
export function settingsVariant(): Promise<BuiltSite> {
  return sharedBuild('settings', (site) => {
    site.edit('astro.config.mjs', "site: 'https://www.voorbeeldstad.nl',", "site: 'https://www.voorbeeldstad.nl',\n  trailingSlash: 'always',");
    site.remove('content/home.mdx');
    site.edit('astro.config.mjs', "theme: './theme.css',", `theme: './theme.css',\n      stats: { analytics: { provider: 'plausible', url: '${PLAUSIBLE}', domain: 'www.voorbeeldstad.nl' } },`);
  });
}
