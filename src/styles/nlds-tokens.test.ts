import { describe, expect, it } from 'vitest';
import { fontFamilies, mapTokens, parseTokenCss, parseTokenJson, resolveValue, rootBlock, tokenContrastProblems } from './nlds-tokens.ts';
import { candidateTokens, TOKEN_MAP } from './token-map.ts';

const mapping = (variable: string) => TOKEN_MAP.find((entry) => entry.variable === variable)!;

describe('parseTokenCss', () => {
  it('reads :root and .<prefix>-theme rules and finds the prefix; leaves out @media and other selectors', () => {
    const { values, prefixes } = parseTokenCss(`
      /* a comment; with { braces } */
      @media (width >= 35em) { .gouda-theme { --gouda-heading-1-font-size: 40px; } }
      .gouda-theme, .gouda-theme--dark-wrapper { --gouda-link-color: #123456; --icon: url("data:image/svg+xml;utf8,<svg>;</svg>"); }
      :root { --basis-color-default-bg-document: white }
      .gouda-theme--dark { --gouda-link-color: #ffffff; }
    `);
    expect(prefixes).toEqual(['gouda']);
    expect(values.get('--gouda-link-color')).toBe('#123456');
    expect(values.get('--basis-color-default-bg-document')).toBe('white');
    expect(values.get('--icon')).toBe('url("data:image/svg+xml;utf8,<svg>;</svg>")');
    expect(values.has('--gouda-heading-1-font-size')).toBe(false);
  });
});

describe('parseTokenJson', () => {
  it('names tokens as their CSS variables and turns references into var()', () => {
    const { values } = parseTokenJson({ nl: { link: { color: { $value: '{basis.color.action-2.color-default}' } } }, basis: { color: { 'action-2': { 'color-default': { value: '#00568b' } } } } });
    expect(values.get('--nl-link-color')).toBe('var(--basis-color-action-2-color-default)');
    expect(resolveValue(values, '--nl-link-color')).toBe('#00568b');
  });
});

describe('resolveValue', () => {
  const values = new Map([
    ['--a', 'var(--b)'],
    ['--b', 'hsl(var(--hue) 60% 35%)'],
    ['--hue', '211'],
    ['--outside', 'var(--not-in-package)'],
    ['--fallback', 'var(--not-in-package, #fff)'],
    ['--loop', 'var(--loop)'],
  ]);
  it('replaces every var() within the package, also inside functions', () => expect(resolveValue(values, '--a')).toBe('hsl(211 60% 35%)'));
  it('uses the fallback of a reference outside the package', () => expect(resolveValue(values, '--fallback')).toBe('#fff'));
  it('gives undefined for a reference outside the package or a loop', () => {
    expect(resolveValue(values, '--outside')).toBeUndefined();
    expect(resolveValue(values, '--loop')).toBeUndefined();
  });
});

describe('mapTokens', () => {
  it('prefers nl-* over utrecht-* and the package prefix over basis-*', () => {
    expect(candidateTokens(mapping('--wegwijzer-link-color'), ['gouda'])).toEqual(['--nl-link-color', '--utrecht-link-color', '--gouda-link-color', '--basis-color-action-2-color-default']);
    const both = { values: new Map([['--nl-link-color', '#111111'], ['--utrecht-link-color', '#222222'], ['--basis-color-action-2-color-default', '#333333']]), prefixes: [] };
    expect(mapTokens(both).find((token) => token.variable === '--wegwijzer-link-color')).toEqual({ variable: '--wegwijzer-link-color', value: '#111111', token: '--nl-link-color' });
  });

  it("works for a package it has never seen, through its own prefix and the basis layer", () => {
    const gouda = parseTokenCss('.gouda-theme { --gouda-link-color: var(--gouda-blauw); --gouda-blauw: #0b4f8a; --basis-color-default-bg-document: #fffdf5; }');
    expect(mapTokens(gouda)).toEqual([
      { variable: '--wegwijzer-color-background', value: '#fffdf5', token: '--basis-color-default-bg-document' },
      { variable: '--wegwijzer-link-color', value: '#0b4f8a', token: '--gouda-link-color' },
    ]);
  });

  it('skips a candidate that is not a colour where a colour is needed, and takes the next', () => {
    const values = new Map([['--nl-link-color', 'inherit'], ['--utrecht-link-color', '#222222']]);
    expect(mapTokens({ values, prefixes: [] })).toEqual([{ variable: '--wegwijzer-link-color', value: '#222222', token: '--utrecht-link-color' }]);
  });

  it('derives the light brand surface from the brand colour when the package has none', () => {
    const values = new Map([['--utrecht-button-primary-action-background-color', '#000000']]);
    expect(mapTokens({ values, prefixes: [] })).toContainEqual({ variable: '--wegwijzer-color-primary-subtle', value: '#e6e6e6', token: '--wegwijzer-color-primary', derived: true });
  });

  it('writes only Wegwijzer variables on :root', () => {
    expect(rootBlock([{ variable: '--wegwijzer-link-color', value: '#111111', token: '--nl-link-color' }])).toBe(':root{--wegwijzer-link-color:#111111}\n');
    expect(rootBlock([])).toBe('');
  });
});

describe('fontFamilies', () => {
  it('lists the named families without generic ones', () => {
    expect(fontFamilies('"Noto Sans Variable", \'Arial\', sans-serif')).toEqual(['Noto Sans Variable', 'Arial']);
  });
});

describe('tokenContrastProblems', () => {
  const defaults = new Map([
    ['--wegwijzer-color-primary', '#00436e'],
    ['--wegwijzer-color-background', '#ffffff'],
    ['--wegwijzer-link-color', 'var(--wegwijzer-color-primary)'],
  ]);
  const source = { packageName: '@gouda/design-tokens', file: 'node_modules/@gouda/design-tokens/dist/theme.css' };
  const paleLink = [{ variable: '--wegwijzer-link-color', value: '#8fb8e0', token: '--gouda-link-color' }];

  it('names the package token, both colours, the ratio and the fix', () => {
    const problems = tokenContrastProblems(defaults, paleLink, new Map(), source);
    const link = problems.filter((problem) => problem.message.startsWith('`--wegwijzer-link-color` (#8fb8e0, from `--gouda-link-color`) on `--wegwijzer-color-background` (#ffffff'));
    expect(link).toHaveLength(1);
    expect(link[0]).toMatchObject({ file: source.file, field: '--gouda-link-color' });
    expect(link[0]?.message).toMatch(/: contrast 2\.\d\d:1; text needs at least 4\.5:1 \(WCAG 2\.2 1\.4\.3\)/);
    expect(link[0]?.fix).toContain("Override `--wegwijzer-link-color` in the site's theme.css");
  });

  it('is silent once theme.css overrides the failing variable', () => {
    const problems = tokenContrastProblems(defaults, paleLink, new Map([['--wegwijzer-link-color', '#00436e']]), source);
    expect(problems.filter((problem) => problem.field === '--gouda-link-color')).toEqual([]);
  });

  it("leaves Wegwijzer's own defaults to their own test", () => {
    expect(tokenContrastProblems(defaults, [], new Map(), source)).toEqual([]);
  });
});
