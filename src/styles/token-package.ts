/**
 * The `tokens` option: finds the NL Design System token package in the site's node_modules, reads
 * its published files (CSS first, then tokens.json), maps them to Wegwijzer's variables
 * (nlds-tokens.ts, token-map.ts) and finds the font files it or its font dependency ships, so the
 * page gets a small `:root` block and self-hosted fonts instead of the package's whole CSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../journey/model.ts';
import { fontFamilies, mapTokens, parseTokenCss, parseTokenJson, rootBlock, tokenContrastProblems, type MappedToken, type TokenDeclarations } from './nlds-tokens.ts';

/** npm's rule for a package name: lower case, optionally scoped, no spaces or paths. */
export const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** The files looked for in a token package, best first: the theme class file carries the package's prefix. */
export const TOKEN_FILES = ['dist/theme.css', 'dist/index.css', 'dist/variables.css', 'dist/root.css', 'theme.css', 'index.css', 'dist/tokens.json', 'tokens.json'] as const;

export class TokenPackageError extends Error {
  override name = 'TokenPackageError';
  /** How to fix it, shown under the message. */
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

export interface TokenPackage {
  name: string;
  /** The file the tokens were read from, absolute. */
  file: string;
  mapped: MappedToken[];
  /** Stylesheets with the `@font-face` rules of the fonts the tokens name, absolute (files self-hosted by the build). */
  fontStylesheets: string[];
  /** The CSS of `virtual:wegwijzer/tokens.css`: the font stylesheets, then the `:root` block. */
  css: string;
  /** Fonts the tokens name that nothing ships: a warning each, with how to self-host them. */
  fontProblems: Problem[];
}

/** The folder of an installed package, looked up from `from` the way Node does (node_modules upwards). */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

interface PackageJson {
  style?: string;
  dependencies?: Record<string, string>;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function readDeclarations(file: string): TokenDeclarations | undefined {
  if (!existsSync(file)) return undefined;
  if (file.endsWith('.json')) {
    const json = readJson<unknown>(file);
    return json === undefined ? undefined : parseTokenJson(json);
  }
  return parseTokenCss(readFileSync(file, 'utf8'));
}

/**
 * Reads the package `name` as installed for the project in `root`. Throws TokenPackageError, with
 * the files it looked for and the fix, when it is not installed or none of its files maps.
 */
export function readTokenPackage(root: string, name: string, themeFile?: string): TokenPackage {
  const dir = packageDir(name, root);
  if (dir === undefined) {
    throw new TokenPackageError(
      `option \`tokens\` names ${name}, which is not installed in ${join(relative(process.cwd(), root) || '.', 'node_modules')}.`,
      `Install it with \`npm install --save-exact ${name}\`, or correct the package name in astro.config.mjs.`,
    );
  }
  const own = readJson<PackageJson>(join(dir, 'package.json')) ?? {};
  const files = [...(own.style === undefined ? [] : [own.style.replace(/^\.\//, '')]), ...TOKEN_FILES];
  for (const file of files) {
    const declarations = readDeclarations(join(dir, file));
    if (declarations === undefined) continue;
    const mapped = mapTokens(declarations);
    if (mapped.length === 0) continue;
    const fonts = fontSources(dir, root, own, mapped, themeFile);
    return {
      name,
      file: join(dir, file),
      mapped,
      fontStylesheets: fonts.stylesheets,
      css: `${fonts.stylesheets.map((sheet) => `@import ${JSON.stringify(sheet)};\n`).join('')}${rootBlock(mapped)}`,
      fontProblems: fonts.missing.map(({ family, token }) => fontProblem(family, token, name, relative(root, join(dir, file)))),
    };
  }
  throw new TokenPackageError(
    `option \`tokens\` names ${name}, but none of its files has NL Design System tokens Wegwijzer can use. Looked for ${files.join(', ')} in ${relative(root, dir)}, for custom properties such as --nl-link-color, --utrecht-document-color or --basis-color-default-bg-document on \`:root\` or a \`.<name>-theme\` class.`,
    `Check that ${name} is an NL Design System design-token package (its dist/ holds the CSS variables), or leave out \`tokens\` and set Wegwijzer's variables in theme.css.`,
  );
}

/** The font families the mapped tokens name first (the rest of each list are fallbacks), with the token that named them. */
function wantedFamilies(mapped: readonly MappedToken[]): { family: string; token: string }[] {
  const wanted = new Map<string, string>();
  for (const token of mapped) {
    if (!token.variable.endsWith('-font-family')) continue;
    const [first] = fontFamilies(token.value);
    if (first !== undefined && !wanted.has(first)) wanted.set(first, token.token);
  }
  return [...wanted].map(([family, token]) => ({ family, token }));
}

/** The families an `@font-face` stylesheet declares. */
function declaredFamilies(css: string): Set<string> {
  return new Set([...css.matchAll(/@font-face\s*\{[^}]*?font-family\s*:\s*([^;}]+)/g)].map((match) => fontFamilies(match[1] ?? '')[0] ?? ''));
}

/** `Noto Sans Variable` → `noto-sans`: the name of its Fontsource package. */
function fontsourceSlug(family: string): string {
  return family.replace(/\s+Variable$/i, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * Where the wanted fonts' files come from, all self-hosted (Vite copies the files into the build):
 * a stylesheet of the package's own with `@font-face` rules and only local files; a Fontsource
 * package the token package depends on (Utrecht's `@fontsource-variable/noto-sans`); or one the
 * site installed itself (`@fontsource/noto-sans`). A font whose stylesheet is in theme.css counts too.
 */
function fontSources(dir: string, root: string, own: PackageJson, mapped: readonly MappedToken[], themeFile: string | undefined) {
  const wanted = wantedFamilies(mapped);
  const themed = themeFile !== undefined && existsSync(themeFile) ? declaredFamilies(readFileSync(themeFile, 'utf8')) : new Set<string>();
  const candidates: string[] = [];
  for (const file of ['dist/font.css', 'dist/fonts.css', 'font.css', 'fonts.css']) {
    const css = existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '';
    // A stylesheet that fetches from another origin would break the site's promise of no third-party requests.
    if (css.includes('@font-face') && !/url\(\s*["']?(https?:)?\/\//i.test(css)) candidates.push(join(dir, file));
  }
  const fontsource = new Set(Object.keys(own.dependencies ?? {}).filter((dependency) => dependency.startsWith('@fontsource')));
  for (const { family } of wanted) for (const scope of ['@fontsource-variable', '@fontsource']) fontsource.add(`${scope}/${fontsourceSlug(family)}`);
  for (const name of fontsource) {
    const found = packageDir(name, dir) ?? packageDir(name, root);
    if (found === undefined || !existsSync(join(found, 'index.css'))) continue;
    candidates.push(join(found, 'index.css'));
    // A static Fontsource package's index.css is weight 400 only: headings need the bold file.
    if (existsSync(join(found, '700.css'))) candidates.push(join(found, '700.css'));
  }
  const stylesheets: string[] = [];
  const missing: { family: string; token: string }[] = [];
  for (const want of wanted) {
    if (themed.has(want.family)) continue;
    const sheets = candidates.filter((sheet) => declaredFamilies(readFileSync(sheet, 'utf8')).has(want.family));
    if (sheets.length === 0) missing.push(want);
    for (const sheet of sheets) if (!stylesheets.includes(sheet)) stylesheets.push(sheet);
  }
  return { stylesheets, missing };
}

function fontProblem(family: string, token: string, packageName: string, file: string): Problem {
  const slug = fontsourceSlug(family);
  return {
    file,
    field: token,
    message: `font "${family}" (from \`${token}\`) is not shipped by ${packageName} or a font package it depends on: visitors without it installed see the fallback font.`,
    fix: `Install it to be self-hosted: \`npm install --save-exact @fontsource/${slug}\` (or \`@fontsource-variable/${slug}\`), which Wegwijzer finds by itself; or add an @font-face with a file under public/ to theme.css. Never link a font CDN.`,
  };
}

/** The custom properties of a plain CSS file (Wegwijzer's tokens.css, a site's theme.css). */
export function cssVariables(file: string | undefined): Map<string, string> {
  if (file === undefined || !existsSync(file)) return new Map();
  return parseTokenCss(readFileSync(file, 'utf8')).values;
}

/** The contrast problems of the package's colours, with Wegwijzer's defaults and the site's theme.css applied. */
export function tokenPackageProblems(tokens: TokenPackage, root: string, defaultsFile: string, themeFile: string | undefined): Problem[] {
  return tokenContrastProblems(cssVariables(defaultsFile), tokens.mapped, cssVariables(themeFile), { packageName: tokens.name, file: relative(root, tokens.file) });
}

/** Wegwijzer's default tokens, under the site's token package and theme.css. */
export const DEFAULT_TOKENS_FILE = fileURLToPath(new URL('./tokens.css', import.meta.url));

/**
 * The warnings of a site's `tokens` option, as the build and `wegwijzer check` show them: the
 * contrast pairs its colours fail and the fonts it names that nobody ships. None without the option.
 */
export function siteTokenWarnings(root: string, options: { tokens?: string | undefined; theme?: string | undefined }): { tokens: TokenPackage | undefined; problems: Problem[] } {
  if (options.tokens === undefined) return { tokens: undefined, problems: [] };
  const themeFile = options.theme === undefined ? undefined : resolve(root, options.theme);
  const tokens = readTokenPackage(root, options.tokens, themeFile);
  return { tokens, problems: [...tokenPackageProblems(tokens, root, DEFAULT_TOKENS_FILE, themeFile), ...tokens.fontProblems] };
}
