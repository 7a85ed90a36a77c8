/** `wegwijzer new-site`: bad input is refused with a reason and changes nothing. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, wegwijzer } from './support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'wegwijzer-new-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ORG = ['--org', 'Provincie Zuidwaard'];
const SITE = ['--site', 'https://www.zuidwaard.nl'];

describe('wegwijzer new-site', () => {
  it('refuses a folder that is not empty, and leaves it as it was', async () => {
    mkdirSync(join(work, 'bestaand'));
    writeFileSync(join(work, 'bestaand', 'notes.txt'), 'mine');
    const result = await wegwijzer(['new-site', 'bestaand', ...ORG, ...SITE], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestaand already exists and is not empty');
    expect(readdirSync(join(work, 'bestaand'))).toEqual(['notes.txt']);
  });

  it.each([
    [['nieuw', ...SITE], '--org is required'],
    [['nieuw', ...ORG], '--site is required'],
    [['nieuw', ...ORG, '--site', 'http://www.zuidwaard.nl'], 'must be an https:// URL'],
    [[...ORG, ...SITE], 'name the folder to create'],
    [['nieuw', ...ORG, ...SITE, '--tokens', './tokens.css'], '--tokens ./tokens.css must be the name of an npm package'],
  ])('refuses %j and creates nothing', async (args, message) => {
    const result = await wegwijzer(['new-site', ...args], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(work)).not.toContain('nieuw');
  });

  it('creates the site in an existing empty folder, with the organisation in the options', async () => {
    mkdirSync(join(work, 'leeg'));
    const result = await wegwijzer(['new-site', 'leeg', ...ORG, ...SITE], work);
    expect(result.code, result.output).toBe(0);
    // Without --package the site names a registry version, which the public registry does not have.
    expect(result.stdout).toContain('make a tarball with `npm pack` in a wegwijzer checkout and install that instead');
    expect(readdirSync(join(work, 'leeg')).sort()).toEqual(['.ci', '.gitignore', 'README.md', 'astro.config.mjs', 'content', 'package.json', 'public', 'src', 'theme.css', 'tsconfig.json']);
    // Without --tokens the option is shown, commented out, where a site would add it.
    expect(readFileSync(join(work, 'leeg', 'astro.config.mjs'), 'utf8')).toContain("// tokens: '@utrecht/design-tokens',");
  });

  it('--tokens writes the option, a theme.css that does not cover the package, and the install step', async () => {
    const result = await wegwijzer(['new-site', 'utrecht', ...ORG, ...SITE, '--tokens', '@utrecht/design-tokens'], work);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('npm install --save-exact @utrecht/design-tokens');
    const config = readFileSync(join(work, 'utrecht', 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/^ {6}tokens: '@utrecht\/design-tokens',$/m);
    expect(config).toContain("theme: './theme.css',");
    expect(readFileSync(join(work, 'utrecht', 'theme.css'), 'utf8')).not.toContain('--wegwijzer-color-primary');
  });

  it('has a script for every `npm run` command its README names, and the package\'s Node requirement', async () => {
    const result = await wegwijzer(['new-site', 'scripts', ...ORG, ...SITE], work);
    expect(result.code, result.output).toBe(0);
    const readme = readFileSync(join(work, 'scripts', 'README.md'), 'utf8');
    const site = JSON.parse(readFileSync(join(work, 'scripts', 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
    const named = [...readme.matchAll(/npm run (?:(?:--silent|-s) )?([\w:-]+)/g)].map((match) => match[1]!);
    expect(named).toEqual(expect.arrayContaining(['dev', 'check', 'new', 'leads', 'stats']));
    expect(named.filter((name) => site.scripts[name] === undefined)).toEqual([]);
    const own = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(site.engines).toEqual(own.engines);
  });
});
