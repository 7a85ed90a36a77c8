/**
 * `wegwijzer new-site <dir> --org "<name>" --site <https URL> [--package <version|path|tarball>]`:
 * a new site that depends on this package and holds only what a site owns (templates/new-site/):
 * its options, content, public files, theme, content-config call, an editors' README and its CI.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpsUrl } from '../journey/schemas.ts';
import { commandArgs } from './args.ts';
import { COMMANDS } from './commands.ts';
import { PACKAGE_NAME } from '../styles/token-package.ts';

const usage = `Usage: wegwijzer new-site <folder> --org "<organisation name>" --site <https URL> [--package <spec>] [--tokens <package>]
  --org       the organisation, e.g. "Provincie Zuidwaard" (header, titles, statements)
  --site      the site's URL, e.g. https://www.zuidwaard.nl (canonical URLs, sitemap, security.txt)
  --package   where the site gets wegwijzer: the .tgz file made by \`npm pack\` in a wegwijzer checkout
              (wegwijzer is not on the public npm registry), a folder, or a version on your own
              registry (default: this one, ${packageJson().version})
  --tokens    the organisation's NL Design System design-token package, e.g. @utrecht/design-tokens:
              the site takes its colours and fonts (option \`tokens\`; theme.css stays for overrides)`;

const TEMPLATE = new URL('../../templates/new-site/', import.meta.url);

/** Files whose text gets the organisation's values; the rest (PDF, PNG) is copied as it is. */
const TEXT_FILE = /\.(mjs|ts|json|ya?ml|mdx|md|css)$|^gitignore$/;

/** npm leaves `.gitignore` out of package tarballs, so the template keeps it without the dot. */
const RENAMED = { gitignore: '.gitignore' } as const;

interface PackageJson {
  name: string;
  version: string;
  devDependencies: Record<string, string>;
  engines: { node: string };
  peerDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;
}

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(argv, usage, { org: { type: 'string' }, site: { type: 'string' }, package: { type: 'string' }, tokens: { type: 'string' } }, true);
  if (typeof args === 'number') return args;
  const problems = validate(args.positionals, args.values.org, args.values.site);
  const tokens = args.values.tokens;
  if (tokens !== undefined && !PACKAGE_NAME.test(tokens)) problems.push(`--tokens ${tokens} must be the name of an npm package, e.g. --tokens @utrecht/design-tokens`);
  if (problems.length > 0) {
    console.error(`${problems.map((problem) => `✗ ${problem}`).join('\n')}\n\n${usage}`);
    return 2;
  }
  const target = resolve(args.positionals[0]!);
  const org = args.values.org!.trim();
  const site = new URL(args.values.site!).origin;
  const dependency = packageSpec(args.values.package, target);
  createSite(target, { org, site, dependency });
  if (tokens !== undefined) useTokens(target, tokens);
  const shown = relative(process.cwd(), target) || '.';
  console.log(`Created a Wegwijzer site for ${org} in ${shown}/.

Next:
  cd ${shown}
  npm install${tokens === undefined ? '' : `\n  npm install --save-exact ${tokens}`}
  npm run dev        # http://localhost:4321, journey problems show as you save
  npm test           # the content gate, the build and the checks on the built site

Before it goes live, fill in every TODO in astro.config.mjs (privacy, accessibility and security contacts).`);
  if (args.values.package === undefined) {
    // The package is not on the public npm registry: without --package, npm install finds it only on a registry the agency publishes to.
    console.log(`\nThe site depends on wegwijzer ${dependency} from your npm registry. If npm install cannot find it there, make a tarball with \`npm pack\` in a wegwijzer checkout and install that instead: npm install <path to>/wegwijzer-${dependency}.tgz`);
  }
  return 0;
}

function validate(positionals: string[], org: string | undefined, site: string | undefined): string[] {
  const problems: string[] = [];
  const [folder, ...extra] = positionals;
  if (folder === undefined) problems.push('name the folder to create, e.g. `wegwijzer new-site zuidwaard --org "Provincie Zuidwaard" --site https://www.zuidwaard.nl`');
  else if (existsSync(folder) && (!statSync(folder).isDirectory() || readdirSync(folder).length > 0)) {
    problems.push(`${folder} already exists and is not empty: choose a new folder name, so no file is overwritten`);
  }
  if (extra.length > 0) problems.push(`one folder only; also got ${extra.join(' ')} (put quotes around a name with spaces)`);
  if (org === undefined || org.trim() === '') problems.push('--org is required: the name of the organisation, e.g. --org "Provincie Zuidwaard"');
  if (site === undefined) problems.push('--site is required: the address of the site, e.g. --site https://www.zuidwaard.nl');
  else if (!httpsUrl.safeParse(site).success) problems.push(`--site ${site} must be an https:// URL, e.g. https://www.zuidwaard.nl`);
  return problems;
}

/** The `wegwijzer` dependency of the new site: a version, or a local folder or tarball as a file: spec. */
function packageSpec(option: string | undefined, target: string): string {
  if (option === undefined) return packageJson().version;
  const local = isAbsolute(option) || option.startsWith('.') || option.endsWith('.tgz');
  if (!local) return option;
  const path = resolve(option);
  if (!existsSync(path)) throw new Error(`--package ${option}: ${path} does not exist. Give a version, or the folder or .tgz file made by npm pack.`);
  // Relative to the new site, so the folder can move along with the tarball.
  return `file:${relative(target, path) || '.'}`;
}

interface SiteValues {
  org: string;
  site: string;
  dependency: string;
}

function createSite(target: string, values: SiteValues): void {
  mkdirSync(target, { recursive: true });
  const template = fileURLToPath(TEMPLATE);
  const placeholders: Record<string, string> = {
    org: values.org,
    site: values.site,
    domain: new URL(values.site).hostname.replace(/^www\./, ''),
    today: new Date().toISOString().slice(0, 10),
  };
  cpSync(template, target, { recursive: true });
  for (const file of readdirSync(target, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || !TEXT_FILE.test(file.name)) continue;
    const path = join(file.parentPath, file.name);
    writeFileSync(path, fill(readFileSync(path, 'utf8'), placeholders, file.name));
  }
  for (const [from, to] of Object.entries(RENAMED)) renameSync(join(target, from), join(target, to));
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(sitePackageJson(basename(target), values.dependency), null, 2)}\n`);
}

/**
 * `--tokens`: the option in astro.config.mjs in place of the template's example line, and a
 * theme.css without the template's colours, which would cover the organisation's own.
 */
function useTokens(target: string, tokens: string): void {
  const config = join(target, 'astro.config.mjs');
  const example = /\/\/ tokens: '[^']*',[^\n]*/;
  const text = readFileSync(config, 'utf8');
  if (!example.test(text)) throw new Error(`templates/new-site/astro.config.mjs has no \`// tokens: …\` line to fill in for --tokens ${tokens}.`);
  writeFileSync(config, text.replace(example, `tokens: '${tokens}',`));
  writeFileSync(
    join(target, 'theme.css'),
    `/*\n * Your organisation's look comes from its design tokens, ${tokens} (the \`tokens\` option in\n * astro.config.mjs). Override Wegwijzer's design tokens here only where this site should differ\n * (see the README of the wegwijzer package, "Look and feel"). Keep text contrast at 4.5:1 or more.\n */\n:root {\n}\n`,
  );
}

/** Replaces `{{name}}` placeholders, escaped for the file they land in (a JS string or YAML/Markdown text). */
function fill(text: string, placeholders: Record<string, string>, fileName: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = placeholders[name];
    if (value === undefined) return match;
    return fileName.endsWith('.mjs') ? value.replace(/\\/g, '\\\\').replace(/'/g, "\\'") : value;
  });
}

/** The site's package.json: its scripts, this package, and the same Astro and Node this package is built and tested with. */
function sitePackageJson(folder: string, dependency: string) {
  const own = packageJson();
  const pinned = (name: string) => {
    const version = own.devDependencies[name];
    if (version === undefined) throw new Error(`package.json of wegwijzer has no devDependency ${name}`);
    return version;
  };
  return {
    name: folder.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'campagnesite',
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      start: 'astro build && node ./dist/server/entry.mjs',
      // One script per command a site uses (`npm run check`, `npm run leads -- export`), from the command registry.
      ...Object.fromEntries(Object.entries(COMMANDS).flatMap(([name, command]) => (command.siteScript ? [[name, `wegwijzer ${name}`]] : []))),
      test: 'wegwijzer check && astro check && astro build && wegwijzer verify',
    },
    // What the Node that runs npm needs; every script runs on the site's own Node (the `node` dev dependency).
    engines: own.engines,
    dependencies: { astro: pinned('astro'), wegwijzer: dependency },
    // vite as this package pins it: a newer vite names an optional dependency that npm ci cannot find.
    devDependencies: { '@astrojs/check': pinned('@astrojs/check'), node: pinned('node'), typescript: pinned('typescript'), vite: pinned('vite') },
    allowScripts: own.allowScripts ?? {},
  };
}
