import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, contrastFailures, contrastRatio, formatRatio, hexColour, parseColour, resolveToken } from './contrast.ts';

describe('contrastRatio', () => {
  it('matches the WCAG formula at its known points', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });

  it('reads the colour syntaxes token packages publish: hex, hsl() with spaces, rgb(), names', () => {
    // Utrecht's link blue, hsl(211 60% 35%), is #24578f.
    expect(contrastRatio('hsl(211 60% 35%)', 'white')).toBeCloseTo(contrastRatio('#24578f', '#ffffff') ?? 0, 1);
    expect(contrastRatio('rgb(0 0 0)', 'hsl(0 0% 100%)')).toBeCloseTo(21, 5);
  });

  it('sees a translucent colour over what is under it', () => {
    // Black at 50% over white is mid grey (#808080 ≈ 3.95:1 against white).
    expect(contrastRatio('rgb(0 0 0 / 50%)', '#ffffff')).toBeCloseTo(contrastRatio('#808080', '#ffffff') ?? 0, 1);
    expect(contrastRatio('#000000', 'transparent')).toBeCloseTo(21, 5);
  });

  it('gives undefined for what is not a colour', () => {
    expect(contrastRatio('var(--x)', '#fff')).toBeUndefined();
    expect(contrastRatio('#fff', 'calc(1px + 2px)')).toBeUndefined();
    expect(parseColour('bluish')).toBeUndefined();
  });
});

describe('hexColour', () => {
  it('writes any CSS colour as #rrggbb', () => {
    expect(hexColour('hsl(211 60% 35%)')).toBe('#24578f');
    expect(hexColour('white')).toBe('#ffffff');
    expect(hexColour('nonsense')).toBeUndefined();
  });
});

describe('formatRatio', () => {
  it('rounds down, so a ratio just short of 4.5 never reads as 4.50', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

describe('contrastFailures', () => {
  const base = new Map([
    ['--wegwijzer-color-primary', '#00436e'],
    ['--wegwijzer-link-color', 'var(--wegwijzer-color-primary)'],
    ['--wegwijzer-color-background', '#ffffff'],
  ]);
  const linkPair = CONTRAST_PAIRS.filter((pair) => pair.foreground === '--wegwijzer-link-color' && pair.background === '--wegwijzer-color-background');

  it('follows var() between Wegwijzer tokens', () => {
    expect(resolveToken(base, '--wegwijzer-link-color')).toBe('#00436e');
    expect(resolveToken(new Map([['--a', 'var(--missing, #123456)']]), '--a')).toBe('#123456');
  });

  it('passes a pair that meets its minimum and reports one that does not, with both values and the ratio', () => {
    expect(contrastFailures(base, linkPair)).toEqual([]);
    const pale = new Map([...base, ['--wegwijzer-color-primary', '#9ecbff']]);
    const [failure, ...rest] = contrastFailures(pale, linkPair);
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ foreground: '#9ecbff', background: '#ffffff', pair: { minimum: 4.5, kind: 'text' } });
    expect(failure?.ratio).toBeLessThan(4.5);
  });

  it('reports a pair it cannot read rather than passing it', () => {
    const unreadable = new Map([...base, ['--wegwijzer-color-primary', 'color(--brand)']]);
    expect(contrastFailures(unreadable, linkPair)).toMatchObject([{ ratio: undefined }]);
  });

  it('holds text to 4.5:1 and borders and focus to 3:1', () => {
    expect(new Set(CONTRAST_PAIRS.filter((pair) => pair.kind === 'text').map((pair) => pair.minimum))).toEqual(new Set([4.5]));
    expect(new Set(CONTRAST_PAIRS.filter((pair) => pair.kind === 'non-text').map((pair) => pair.minimum))).toEqual(new Set([3]));
    expect(CONTRAST_PAIRS.some((pair) => pair.foreground === '--wegwijzer-focus-outline-color' && pair.kind === 'non-text')).toBe(true);
    expect(CONTRAST_PAIRS.some((pair) => pair.foreground === '--wegwijzer-button-color' && pair.background === '--wegwijzer-button-background-color')).toBe(true);
  });
});
