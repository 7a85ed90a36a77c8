/**
 * WCAG 2.2 contrast of Wegwijzer's design tokens: the one list of colour pairs the components put
 * on top of each other, and the ratio each needs (1.4.3: 4.5:1 for text; 1.4.11: 3:1 for borders,
 * focus outlines and other non-text parts). Pure: takes the tokens' values, returns findings; the
 * default theme's test, the example's theme.css test and the build's check of a token package all
 * judge by this list.
 */
import Color from 'colorjs.io';

/** A foreground token, the background token it stands on, and the ratio it needs. */
export interface ContrastPair {
  foreground: string;
  background: string;
  minimum: number;
  /** What the pair is on the page, for the message. */
  kind: 'text' | 'non-text';
}

const TEXT = 4.5;
const NON_TEXT = 3;

const text = (foreground: string, background: string): ContrastPair => ({ foreground, background, minimum: TEXT, kind: 'text' });
const nonText = (foreground: string, background: string): ContrastPair => ({ foreground, background, minimum: NON_TEXT, kind: 'non-text' });

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  text('--wegwijzer-document-color', '--wegwijzer-document-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-color-background-subtle'),
  text('--wegwijzer-color-text-subtle', '--wegwijzer-color-background'),
  text('--wegwijzer-color-text-subtle', '--wegwijzer-color-background-subtle'),
  text('--wegwijzer-heading-color', '--wegwijzer-color-background'),
  text('--wegwijzer-link-color', '--wegwijzer-color-background'),
  text('--wegwijzer-link-color', '--wegwijzer-color-background-subtle'),
  text('--wegwijzer-link-hover-color', '--wegwijzer-color-background'),
  text('--wegwijzer-link-color', '--wegwijzer-callout-background-color'),
  text('--wegwijzer-link-color', '--wegwijzer-callout-warning-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-callout-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-callout-warning-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-focus-background-color'),
  text('--wegwijzer-button-color', '--wegwijzer-button-background-color'),
  text('--wegwijzer-button-color', '--wegwijzer-button-hover-background-color'),
  text('--wegwijzer-step-indicator-current-color', '--wegwijzer-step-indicator-current-background-color'),
  text('--wegwijzer-page-footer-color', '--wegwijzer-page-footer-background-color'),
  // Each surface with its own background token, so a theme that changes one surface is checked too.
  text('--wegwijzer-link-color', '--wegwijzer-page-footer-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-page-header-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-step-indicator-background-color'),
  text('--wegwijzer-link-color', '--wegwijzer-step-indicator-background-color'),
  text('--wegwijzer-color-primary-contrast', '--wegwijzer-color-primary'),
  text('--wegwijzer-color-text', '--wegwijzer-color-primary-subtle'),
  text('--wegwijzer-link-color', '--wegwijzer-color-primary-subtle'),
  text('--wegwijzer-hero-color', '--wegwijzer-hero-background-color'),
  text('--wegwijzer-link-color', '--wegwijzer-hero-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-cta-block-background-color'),
  text('--wegwijzer-link-color', '--wegwijzer-cta-block-background-color'),
  text('--wegwijzer-page-header-nav-color', '--wegwijzer-page-header-nav-background-color'),
  text('--wegwijzer-page-header-nav-color', '--wegwijzer-page-header-nav-hover-background-color'),
  text('--wegwijzer-stats-value-color', '--wegwijzer-color-background'),
  text('--wegwijzer-stats-value-color', '--wegwijzer-color-background-subtle'),
  text('--wegwijzer-event-date-color', '--wegwijzer-event-date-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-card-background-color'),
  text('--wegwijzer-link-color', '--wegwijzer-card-background-color'),
  text('--wegwijzer-color-text', '--wegwijzer-table-header-background-color'),
  // The journey map: gaps, dead ends and problems in the error colour.
  text('--wegwijzer-form-error-color', '--wegwijzer-color-background'),

  nonText('--wegwijzer-color-border', '--wegwijzer-color-background'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-color-background'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-color-background-subtle'),
  nonText('--wegwijzer-callout-border-color', '--wegwijzer-callout-background-color'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-page-footer-background-color'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-step-indicator-background-color'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-focus-background-color'),
  // In the menu bar the focused link turns yellow: that change must stand out from the bar.
  nonText('--wegwijzer-focus-background-color', '--wegwijzer-page-header-nav-background-color'),
  nonText('--wegwijzer-features-icon-color', '--wegwijzer-features-icon-background-color'),
  nonText('--wegwijzer-cta-block-border-color', '--wegwijzer-cta-block-background-color'),
  nonText('--wegwijzer-focus-outline-color', '--wegwijzer-color-primary-subtle'),
  // The header's search box, and the journey map's boxes and lines on the page and on a phase's column.
  nonText('--wegwijzer-form-input-border-color', '--wegwijzer-page-header-background-color'),
  nonText('--wegwijzer-color-primary', '--wegwijzer-color-background'),
  nonText('--wegwijzer-color-primary', '--wegwijzer-color-background-subtle'),
  nonText('--wegwijzer-form-error-color', '--wegwijzer-color-background-subtle'),
];

/** An sRGB colour with its alpha, channels 0–1; undefined for what is not a CSS colour (a `var()`, `calc()`, a typo). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export function parseColour(value: string): Rgba | undefined {
  try {
    const colour = new Color(value.trim()).to('srgb').toGamut();
    const [r, g, b] = colour.coords.map((channel) => (Number.isNaN(channel) || channel === null ? 0 : Number(channel)));
    return { r: r ?? 0, g: g ?? 0, b: b ?? 0, alpha: Number.isNaN(Number(colour.alpha)) ? 1 : Number(colour.alpha) };
  } catch {
    return undefined;
  }
}

/** `over` painted with `top` on it: what the eye sees of a translucent colour. */
function composite(top: Rgba, over: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.alpha + b * (1 - top.alpha);
  return { r: mix(top.r, over.r), g: mix(top.g, over.g), b: mix(top.b, over.b), alpha: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };

/**
 * The WCAG contrast ratio of two CSS colours, 1–21. A translucent background is seen over the
 * white page, a translucent foreground over its background. Undefined when either is not a colour.
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const front = parseColour(foreground);
  const back = parseColour(background);
  if (front === undefined || back === undefined) return undefined;
  const seenBack = back.alpha < 1 ? composite(back, WHITE) : back;
  const seenFront = front.alpha < 1 ? composite(front, seenBack) : front;
  const [light, dark] = [luminance(seenFront), luminance(seenBack)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A colour as `#rrggbb` (opaque colours; a translucent one is seen over white), or undefined. */
export function hexColour(value: string): string | undefined {
  const colour = parseColour(value);
  if (colour === undefined) return undefined;
  const seen = colour.alpha < 1 ? composite(colour, WHITE) : colour;
  return `#${[seen.r, seen.g, seen.b].map((channel) => Math.round(channel * 255).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Follows `var(--wegwijzer-…)` references between Wegwijzer's own tokens (`--wegwijzer-link-color:
 * var(--wegwijzer-color-primary)`) to the value a pair is drawn with.
 */
export function resolveToken(tokens: ReadonlyMap<string, string>, name: string): string | undefined {
  let value = tokens.get(name);
  for (let depth = 0; value !== undefined && depth < 20; depth++) {
    const reference = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
    if (reference === null) return value;
    value = tokens.get(reference[1] ?? '') ?? reference[2];
  }
  return value;
}

export interface ContrastFailure {
  pair: ContrastPair;
  foreground: string;
  background: string;
  /** Undefined when a value is not a colour this check can read. */
  ratio: number | undefined;
}

/** Every pair of CONTRAST_PAIRS whose colours, as `tokens` give them, fall short (or cannot be read). */
export function contrastFailures(tokens: ReadonlyMap<string, string>, pairs: readonly ContrastPair[] = CONTRAST_PAIRS): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const pair of pairs) {
    const foreground = resolveToken(tokens, pair.foreground) ?? '';
    const background = resolveToken(tokens, pair.background) ?? '';
    const ratio = contrastRatio(foreground, background);
    if (ratio === undefined || ratio < pair.minimum) failures.push({ pair, foreground, background, ratio });
  }
  return failures;
}

/** `4.48:1`, rounded down so a ratio just under the minimum never reads as meeting it. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
