/**
 * WCAG 2.2 AA contrast of the design tokens, for the default theme and for the example site's
 * theme.css on top of it: every pair of src/styles/contrast.ts (text 4.5:1; borders and the focus
 * outline 3:1), the same list the build holds a token package to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, contrastRatio, resolveToken } from '../src/styles/contrast.ts';
import { projectRoot } from './support/site.ts';

type Tokens = Map<string, string>;

function readTokens(...files: string[]): Tokens {
  const tokens: Tokens = new Map();
  for (const file of files) {
    const css = readFileSync(join(projectRoot, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of css.matchAll(/(--wegwijzer-[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return tokens;
}

function colour(tokens: Tokens, name: string): string {
  const value = resolveToken(tokens, name);
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a #rrggbb colour: ${value}`);
  return value;
}

describe.each([
  ['default theme', ['src/styles/tokens.css']],
  ['the voorbeeldstad fixture theme.css', ['src/styles/tokens.css', 'tests/fixtures/voorbeeldstad/theme.css']],
])('%s', (_name, files) => {
  const tokens = readTokens(...files);

  it.each(CONTRAST_PAIRS.map((pair) => [pair.foreground, pair.background, pair.minimum] as const))('%s on %s has contrast ≥ %s:1', (foreground, background, minimum) => {
    expect(contrastRatio(colour(tokens, foreground), colour(tokens, background))).toBeGreaterThanOrEqual(minimum);
  });
});

describe('theme.css', () => {
  it('overrides the defaults', () => {
    expect(colour(readTokens('src/styles/tokens.css', 'tests/fixtures/voorbeeldstad/theme.css'), '--wegwijzer-button-background-color')).toBe('#005a5b');
  });
});
