/**
 * The package end to end, as an agency uses it: `npm pack`, `wegwijzer new-site` with the tarball,
 * `npm install` (from the npm registry, as a site would), the site's own `npm test`, and the built
 * site's journey pages, form and statements; and the installed command on the machine's own older
 * Node, as a newcomer runs `npx wegwijzer new-site`. The slowest test of the suite; there is one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.ts';
import { versionAtLeast } from '../src/cli/node-version.ts';
import { projectRoot, run, wegwijzer, type RunResult } from './support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'wegwijzer-package-'));
const site = join(work, 'zuidwaard');
let tarball: string;
let files: string[];
let install: RunResult;

beforeAll(async () => {
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], projectRoot);
  expect(pack.code, pack.output).toBe(0);
  const [report] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, report!.filename);
  files = report!.files.map((file) => file.path);
  const created = await wegwijzer(['new-site', 'zuidwaard', '--org', "Provincie Zuid'waard", '--site', 'https://www.zuidwaard.nl', '--package', tarball], work);
  expect(created.code, created.output).toBe(0);
  install = await run('npm', ['install', '--no-audit', '--no-fund'], site);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the wegwijzer package', () => {
  it('packs the theme, the command and the new-site template, without the example, tests, data or build output', () => {
    expect(files).toEqual(
      expect.arrayContaining(['bin/wegwijzer.js', 'src/index.ts', 'src/content/collections.ts', 'templates/new-site/astro.config.mjs', 'CHANGELOG.md', 'LICENSE']),
    );
    // What Node runs outside Vite, compiled by prepack: the command, the integration it reads options
    // from, the content collections a site's config imports, and the link-preview thread.
    expect(files).toEqual(expect.arrayContaining(['lib/cli/main.js', 'lib/cli/new-site.js', 'lib/index.js', 'lib/content/collections.js', 'lib/content/astro-content-shim.js', 'lib/og/draw-worker.js']));
    const leaked = files.filter((file) => /^(content|public|tests|data|dist|scripts|\.astro)\/|^astro\.config\.mjs$|^theme\.css$|^src\/content\.config\.ts$|\.test\.(ts|js)$|^lib\/.*\.ts$/.test(file));
    expect(leaked).toEqual([]);
    // postpack removed lib/ again: a checkout runs its sources, never a stale compiled copy.
    expect(existsSync(join(projectRoot, 'lib'))).toBe(false);
  });

  it('creates a site that owns only its content, options, theme and CI, and depends on the tarball', () => {
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies.wegwijzer).toBe(`file:../${tarball.split('/').at(-1)}`);
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['dev', 'build', 'start', 'check', 'new', 'leads', 'stats', 'verify', 'test']));
    expect(pkg.scripts.test).toContain('wegwijzer verify');
    expect(readdirSync(site).sort()).toEqual(['.ci', '.gitignore', 'README.md', 'astro.config.mjs', 'content', 'node_modules', 'package-lock.json', 'package.json', 'public', 'src', 'theme.css', 'tsconfig.json']);
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8')).toContain('wegwijzerCollections()');
    const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("name: 'Provincie Zuid\\'waard'");
    expect(config).toContain("site: 'https://www.zuidwaard.nl'");
    expect(config.match(/TODO/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('installs from the tarball and runs its compiled command from node_modules on the site\'s Node', async () => {
    expect(install.code, install.output).toBe(0);
    expect(existsSync(join(site, 'node_modules/wegwijzer/src/index.ts'))).toBe(true);
    expect(existsSync(join(site, 'node_modules/wegwijzer/lib/cli/main.js'))).toBe(true);
    const check = await run(join(site, 'node_modules/.bin/wegwijzer'), ['check'], site, { PATH: `${join(site, 'node_modules/.bin')}:${process.env.PATH ?? ''}` });
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('Journey check: no problems.');
    expect(check.output).not.toContain('ExperimentalWarning');
  });

  it("passes the new site's own npm test and builds its journey, form and statements", async () => {
    const test = await run('npm', ['test'], site);
    expect(test.code, test.output).toBe(0);
    const client = join(site, 'dist/client');
    for (const page of ['campagne', 'campagne/waarom', 'campagne/aanvragen', 'campagne/na-aanvraag', 'voor/inwoners', 'privacy', 'toegankelijkheid']) {
      expect(existsSync(join(client, page, 'index.html')), page).toBe(true);
    }
    const form = readFileSync(join(client, 'campagne/aanvragen/index.html'), 'utf8');
    expect(form).toMatch(/<form[^>]+action="\/aanvraag\/"/);
    expect(existsSync(join(site, 'dist/server/entry.mjs'))).toBe(true);
    expect(readFileSync(join(client, 'privacy/index.html'), 'utf8')).toContain('Provincie Zuid&#39;waard');
  });

  describe("on the machine's own older Node, as `npx wegwijzer …` runs before a site exists", () => {
    const oldNode = olderSystemNode();
    const installedBin = () => join(site, 'node_modules/wegwijzer/bin/wegwijzer.js');
    // Not on this machine: nothing to run it with. CI has one (the machines' /usr/bin/node 20) and fails without it.
    it.skipIf(oldNode === undefined && process.env.CI !== 'true')('has a Node older than the site commands need, outside node_modules (CI must)', () => {
      expect(oldNode, `no node older than ${COMMANDS.check!.node.version} on PATH outside node_modules`).toBeDefined();
    });

    it.skipIf(oldNode === undefined && process.env.CI !== 'true')('creates a new site with the installed package (no TypeScript, no SQLite)', async () => {
      const elsewhere = join(work, 'oud');
      mkdirSync(elsewhere);
      const result = await run(oldNode!.path, [installedBin(), 'new-site', 'noordwaard', '--org', 'Provincie Noordwaard', '--site', 'https://www.noordwaard.nl', '--package', tarball], elsewhere);
      expect(result.code, result.output).toBe(0);
      expect(result.stderr).toBe('');
      expect(readFileSync(join(elsewhere, 'noordwaard/astro.config.mjs'), 'utf8')).toContain("name: 'Provincie Noordwaard'");
      const pkg = JSON.parse(readFileSync(join(elsewhere, 'noordwaard/package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(pkg.dependencies.wegwijzer).toBe(`file:../../${tarball.split('/').at(-1)}`);
    });

    it.skipIf(oldNode === undefined && process.env.CI !== 'true')('says in one line which Node a site command needs, which it found and what to do, and exits 2', async () => {
      const result = await run(oldNode!.path, [installedBin(), 'leads', 'stats'], site);
      expect(result.code, result.output).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        `wegwijzer leads needs Node.js ${COMMANDS.leads!.node.version} or newer (${COMMANDS.leads!.node.why}); this is Node.js ${oldNode!.version}: run it in the site as \`npm run leads\`, which uses the site's own Node 24, or upgrade Node.js.`,
      ]);
    });

    it.skipIf(oldNode === undefined && process.env.CI !== 'true')('in a checkout without lib/, says how to run the sources instead of failing to import them', async () => {
      const checkout = join(work, 'checkout');
      cpSync(join(projectRoot, 'bin'), join(checkout, 'bin'), { recursive: true });
      const result = await run(oldNode!.path, [join(checkout, 'bin/wegwijzer.js'), 'new-site', 'x'], work);
      expect(result.code, result.output).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`Node.js ${oldNode!.version} cannot run this checkout's TypeScript sources`);
      expect(result.stderr).toContain('npm run <command>');
    });
  });
});

/** A `node` on PATH outside any node_modules (not the project's Node 24) that is older than the site commands need. */
function olderSystemNode(): { path: string; version: string } | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '' || folder.split(/[\\/]/).includes('node_modules')) continue;
    const path = join(folder, 'node');
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    if (!versionAtLeast(version, COMMANDS.check!.node.version)) return { path, version };
  }
  return undefined;
}
