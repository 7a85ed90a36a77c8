import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTokenPackage, TOKEN_FILES, TokenPackageError } from './token-package.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A site folder with packages in node_modules: `{ 'pkg/dist/theme.css': '…' }`. */
function site(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'wegwijzer-tokens-'));
  writeFileSync(join(root, 'package.json'), '{}');
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, 'node_modules', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

const fontFace = (family: string) => `@font-face { font-family: '${family}'; src: url(./files/a.woff2) format('woff2'); }`;

describe('readTokenPackage', () => {
  it('says the package is not installed, and how to install it', () => {
    const error = catchError(() => readTokenPackage(site({}), '@gouda/design-tokens'));
    expect(error.message).toContain('option `tokens` names @gouda/design-tokens, which is not installed');
    expect(error.hint).toBe('Install it with `npm install --save-exact @gouda/design-tokens`, or correct the package name in astro.config.mjs.');
  });

  it('lists the files it looked for when none has usable tokens', () => {
    const error = catchError(() => readTokenPackage(site({ 'not-tokens/package.json': '{}', 'not-tokens/dist/theme.css': '.x { color: red }' }), 'not-tokens'));
    for (const file of TOKEN_FILES) expect(error.message).toContain(file);
    expect(error.hint).toContain('theme.css');
  });

  it('reads the theme class file and self-hosts the font of the Fontsource package it depends on', () => {
    const tokens = readTokenPackage(
      site({
        '@gouda/design-tokens/package.json': JSON.stringify({ dependencies: { '@fontsource-variable/fira-sans': '5.0.0' } }),
        '@gouda/design-tokens/dist/theme.css': '.gouda-theme { --gouda-document-font-family: "Fira Sans Variable", sans-serif; --gouda-link-color: #0b4f8a; }',
        '@fontsource-variable/fira-sans/package.json': '{}',
        '@fontsource-variable/fira-sans/index.css': fontFace('Fira Sans Variable'),
      }),
      '@gouda/design-tokens',
    );
    expect(tokens.file).toBe(join(root, 'node_modules/@gouda/design-tokens/dist/theme.css'));
    expect(tokens.fontStylesheets).toEqual([join(root, 'node_modules/@fontsource-variable/fira-sans/index.css')]);
    expect(tokens.fontProblems).toEqual([]);
    expect(tokens.css).toBe(
      `@import ${JSON.stringify(join(root, 'node_modules/@fontsource-variable/fira-sans/index.css'))};\n:root{--wegwijzer-link-color:#0b4f8a;--wegwijzer-document-font-family:"Fira Sans Variable", sans-serif}\n`,
    );
  });

  it('finds a Fontsource package the site installed itself, with the bold file for headings', () => {
    const tokens = readTokenPackage(
      site({
        'gouda-tokens/package.json': '{}',
        'gouda-tokens/dist/variables.css': ":root { --basis-text-font-family-default: 'Noto Sans', sans-serif; }",
        '@fontsource/noto-sans/package.json': '{}',
        '@fontsource/noto-sans/index.css': fontFace('Noto Sans'),
        '@fontsource/noto-sans/700.css': fontFace('Noto Sans'),
      }),
      'gouda-tokens',
    );
    expect(tokens.fontStylesheets).toEqual([join(root, 'node_modules/@fontsource/noto-sans/index.css'), join(root, 'node_modules/@fontsource/noto-sans/700.css')]);
  });

  it('warns about a font nobody ships, naming the token and the package to install', () => {
    const tokens = readTokenPackage(site({ 'gouda-tokens/package.json': '{}', 'gouda-tokens/dist/theme.css': ".gouda-theme { --basis-heading-font-family: 'Gouda Serif', serif; }" }), 'gouda-tokens');
    expect(tokens.fontProblems).toEqual([
      expect.objectContaining({ file: 'node_modules/gouda-tokens/dist/theme.css', field: '--basis-heading-font-family', message: expect.stringContaining('font "Gouda Serif"') as string, fix: expect.stringContaining('npm install --save-exact @fontsource/gouda-serif') as string }),
    ]);
  });

  it("never takes a package's font stylesheet that loads from another origin", () => {
    const tokens = readTokenPackage(
      site({
        'gouda-tokens/package.json': '{}',
        'gouda-tokens/dist/theme.css': ".gouda-theme { --basis-text-font-family-default: 'Gouda Sans', sans-serif; }",
        'gouda-tokens/dist/font.css': "@font-face { font-family: 'Gouda Sans'; src: url(https://fonts.example.org/gouda.woff2); }",
      }),
      'gouda-tokens',
    );
    expect(tokens.fontStylesheets).toEqual([]);
    expect(tokens.fontProblems).toHaveLength(1);
  });

  it('falls back to tokens.json', () => {
    const tokens = readTokenPackage(site({ 'json-tokens/package.json': '{}', 'json-tokens/dist/tokens.json': JSON.stringify({ nl: { link: { color: { $value: '#0b4f8a' } } } }) }), 'json-tokens');
    expect(tokens.mapped).toEqual([{ variable: '--wegwijzer-link-color', value: '#0b4f8a', token: '--nl-link-color' }]);
  });
});

function catchError(action: () => unknown): TokenPackageError {
  try {
    action();
  } catch (error) {
    if (error instanceof TokenPackageError) return error;
    throw error;
  }
  throw new Error('expected a TokenPackageError');
}
