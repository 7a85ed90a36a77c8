/**
 * The package end to end, as an agency uses it: `npm pack`, `wegwijzer new-site` with the tarball,
 * `npm install` (from the npm registry, as a site would), the site's own `npm test`, and the built
 * site's journey pages, form and statements. The slowest test of the suite; there is one.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(files).toEqual(expect.arrayContaining(['bin/wegwijzer.js', 'src/index.ts', 'src/content/collections.ts', 'templates/new-site/astro.config.mjs', 'CHANGELOG.md', 'LICENSE']));
    const leaked = files.filter((file) => /^(content|public|tests|data|dist|scripts|\.astro)\/|^astro\.config\.mjs$|^theme\.css$|^src\/content\.config\.ts$|\.test\.ts$/.test(file));
    expect(leaked).toEqual([]);
  });

  it('creates a site that owns only its content, options, theme and CI, and depends on the tarball', () => {
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies.wegwijzer).toBe(`file:../${tarball.split('/').at(-1)}`);
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['dev', 'build', 'start', 'check', 'new', 'leads', 'verify', 'test']));
    expect(pkg.scripts.test).toContain('wegwijzer verify');
    expect(readdirSync(site).sort()).toEqual(['.ci', '.gitignore', 'README.md', 'astro.config.mjs', 'content', 'node_modules', 'package-lock.json', 'package.json', 'public', 'src', 'theme.css', 'tsconfig.json']);
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8')).toContain('wegwijzerCollections()');
    const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("name: 'Provincie Zuid\\'waard'");
    expect(config).toContain("site: 'https://www.zuidwaard.nl'");
    expect(config.match(/TODO/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('installs from the tarball and runs its command from node_modules (JavaScript entry, TypeScript sources)', async () => {
    expect(install.code, install.output).toBe(0);
    expect(existsSync(join(site, 'node_modules/wegwijzer/src/index.ts'))).toBe(true);
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
});
