/**
 * WCAG 2.2 AA contrast of the design tokens, for the default theme and for the example site's
 * theme.css on top of it: every text/background pair the components use, and 3:1 for borders
 * and the focus outline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  let value = tokens.get(name);
  for (let depth = 0; value?.startsWith('var(') && depth < 10; depth++) value = tokens.get(value.slice(4, -1).trim());
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a #rrggbb colour: ${value}`);
  return value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['--wegwijzer-document-color', '--wegwijzer-document-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-color-text-subtle', '--wegwijzer-color-background'],
  ['--wegwijzer-color-text-subtle', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-link-color', '--wegwijzer-color-background'],
  ['--wegwijzer-link-color', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-link-hover-color', '--wegwijzer-color-background'],
  ['--wegwijzer-link-color', '--wegwijzer-callout-background-color'],
  ['--wegwijzer-link-color', '--wegwijzer-callout-warning-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-callout-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-callout-warning-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-focus-background-color'],
  ['--wegwijzer-button-color', '--wegwijzer-button-background-color'],
  ['--wegwijzer-button-color', '--wegwijzer-button-hover-background-color'],
  ['--wegwijzer-step-indicator-current-color', '--wegwijzer-step-indicator-current-background-color'],
  ['--wegwijzer-page-footer-color', '--wegwijzer-page-footer-background-color'],
  // Each surface with its own background token, so a theme that changes one surface is checked too.
  ['--wegwijzer-link-color', '--wegwijzer-page-footer-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-page-header-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-step-indicator-background-color'],
  ['--wegwijzer-link-color', '--wegwijzer-step-indicator-background-color'],
  ['--wegwijzer-color-primary-contrast', '--wegwijzer-color-primary'],
  ['--wegwijzer-color-text', '--wegwijzer-color-primary-subtle'],
  ['--wegwijzer-link-color', '--wegwijzer-color-primary-subtle'],
  ['--wegwijzer-hero-color', '--wegwijzer-hero-background-color'],
  ['--wegwijzer-link-color', '--wegwijzer-hero-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-cta-block-background-color'],
  ['--wegwijzer-link-color', '--wegwijzer-cta-block-background-color'],
  ['--wegwijzer-page-header-nav-color', '--wegwijzer-page-header-nav-background-color'],
  ['--wegwijzer-page-header-nav-color', '--wegwijzer-page-header-nav-hover-background-color'],
  ['--wegwijzer-stats-value-color', '--wegwijzer-color-background'],
  ['--wegwijzer-stats-value-color', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-event-date-color', '--wegwijzer-event-date-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-card-background-color'],
  ['--wegwijzer-link-color', '--wegwijzer-card-background-color'],
  ['--wegwijzer-color-text', '--wegwijzer-table-header-background-color'],
  // The journey map: gaps, dead ends and problems in the error colour.
  ['--wegwijzer-form-error-color', '--wegwijzer-color-background'],
];

const UI_PAIRS: [string, string][] = [
  ['--wegwijzer-color-border', '--wegwijzer-color-background'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-color-background'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-callout-border-color', '--wegwijzer-callout-background-color'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-page-footer-background-color'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-step-indicator-background-color'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-focus-background-color'],
  // In the menu bar the focused link turns yellow: that change must stand out from the bar.
  ['--wegwijzer-focus-background-color', '--wegwijzer-page-header-nav-background-color'],
  ['--wegwijzer-features-icon-color', '--wegwijzer-features-icon-background-color'],
  ['--wegwijzer-cta-block-border-color', '--wegwijzer-cta-block-background-color'],
  ['--wegwijzer-focus-outline-color', '--wegwijzer-color-primary-subtle'],
  // The header's search box, and the journey map's boxes and lines on the page and on a phase's column.
  ['--wegwijzer-form-input-border-color', '--wegwijzer-page-header-background-color'],
  ['--wegwijzer-color-primary', '--wegwijzer-color-background'],
  ['--wegwijzer-color-primary', '--wegwijzer-color-background-subtle'],
  ['--wegwijzer-form-error-color', '--wegwijzer-color-background-subtle'],
];

describe.each([
  ['default theme', ['src/styles/tokens.css']],
  ['the voorbeeldstad fixture theme.css', ['src/styles/tokens.css', 'tests/fixtures/voorbeeldstad/theme.css']],
])('%s', (_name, files) => {
  const tokens = readTokens(...files);

  it.each(TEXT_PAIRS)('%s on %s has contrast ≥ 4.5:1', (text, background) => {
    expect(contrast(colour(tokens, text), colour(tokens, background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s on %s has contrast ≥ 3:1', (part, background) => {
    expect(contrast(colour(tokens, part), colour(tokens, background))).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('matches the WCAG formula at its known points', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('reads overrides from theme.css after the defaults', () => {
    expect(colour(readTokens('src/styles/tokens.css', 'tests/fixtures/voorbeeldstad/theme.css'), '--wegwijzer-button-background-color')).toBe('#005a5b');
  });
});
