/**
 * The one table from NL Design System design tokens to Wegwijzer's own variables. A municipality's
 * token package (`@utrecht/design-tokens`, `@nl-design-system-unstable/voorbeeld-design-tokens`, …)
 * names its values in layers that every NLDS package shares:
 *
 * - `nl-*`: the candidate components of NL Design System (`--nl-link-color`, `--nl-button-primary-…`);
 * - `utrecht-*`, and the package's own prefix: the community components (`--utrecht-document-color`,
 *   `--utrecht-button-primary-action-…`); the prefix is the one of the package's `.<prefix>-theme`
 *   class, found in its files;
 * - `basis-*`: the shared basis layer the components point at (`--basis-color-action-1-inverse-bg-default`).
 *
 * For each Wegwijzer variable the first token found wins, in that order: a component token says
 * what the organisation chose for exactly that part, a basis token only what it chose in general.
 * Only variables listed here reach the page; everything else keeps Wegwijzer's default, and the
 * site's theme.css overrides on top.
 *
 * Not mapped, on purpose: the spacing scale (the packages' scales do not agree — `basis` md is 8px,
 * `utrecht` md is 16px — and Wegwijzer's spacing is tuned for 320 px reflow and 24 px targets), and
 * the focus outline's width and style (Wegwijzer's thick solid outline stays, only its colours follow).
 */

/** The layers in order of preference; `prefix` stands for each theme prefix the package declares. */
export const TOKEN_LAYERS = ['nl', 'utrecht', 'prefix', 'basis'] as const;
export type TokenLayer = (typeof TOKEN_LAYERS)[number];

/** What a value must be: colours are checked for contrast, font families bring their font files. */
export type TokenKind = 'color' | 'font-family' | 'length' | 'number';

export interface TokenMapping {
  variable: `--wegwijzer-${string}`;
  kind: TokenKind;
  /** Token names without their `--<layer>-` start, per layer; `utrecht` names are also tried with the package's own prefix. */
  nl?: readonly string[];
  utrecht?: readonly string[];
  basis?: readonly string[];
  /**
   * When no token of the package gives it: a value made from another mapped variable (a light tint
   * of the brand colour), so the surfaces match the brand instead of keeping Wegwijzer's blue.
   */
  derive?: { from: `--wegwijzer-${string}`; tint: number };
}

export const TOKEN_MAP: readonly TokenMapping[] = [
  // The brand colour is the primary button's: the menu bar, current step and CTA buttons carry it.
  { variable: '--wegwijzer-color-primary', kind: 'color', nl: ['button-primary-background-color'], utrecht: ['button-primary-action-background-color'], basis: ['color-action-1-inverse-bg-default'] },
  { variable: '--wegwijzer-color-primary-hover', kind: 'color', nl: ['button-primary-hover-background-color'], utrecht: ['button-primary-action-hover-background-color'], basis: ['color-action-1-inverse-bg-hover'] },
  { variable: '--wegwijzer-color-primary-contrast', kind: 'color', nl: ['button-primary-color'], utrecht: ['button-primary-action-color'], basis: ['color-action-1-inverse-color-default'] },
  { variable: '--wegwijzer-color-primary-subtle', kind: 'color', basis: ['color-accent-1-bg-default'], derive: { from: '--wegwijzer-color-primary', tint: 0.1 } },
  { variable: '--wegwijzer-color-text', kind: 'color', nl: ['paragraph-color'], utrecht: ['document-color'], basis: ['color-default-color-document'] },
  { variable: '--wegwijzer-color-text-subtle', kind: 'color', basis: ['color-default-color-subtle'] },
  { variable: '--wegwijzer-color-background', kind: 'color', utrecht: ['document-background-color'], basis: ['color-default-bg-document'] },
  { variable: '--wegwijzer-color-background-subtle', kind: 'color', basis: ['color-default-bg-subtle'] },
  { variable: '--wegwijzer-color-border', kind: 'color', utrecht: ['form-control-border-color'], basis: ['color-default-border-default'] },
  { variable: '--wegwijzer-heading-color', kind: 'color', nl: ['heading-level-1-color'], utrecht: ['heading-color', 'heading-1-color'], basis: ['heading-color'] },
  { variable: '--wegwijzer-link-color', kind: 'color', nl: ['link-color'], utrecht: ['link-color'], basis: ['color-action-2-color-default'] },
  { variable: '--wegwijzer-link-hover-color', kind: 'color', nl: ['link-hover-color'], utrecht: ['link-hover-color'], basis: ['color-action-2-color-hover'] },
  { variable: '--wegwijzer-focus-outline-color', kind: 'color', utrecht: ['focus-outline-color'], basis: ['focus-outline-color'] },
  { variable: '--wegwijzer-focus-background-color', kind: 'color', utrecht: ['focus-background-color'], basis: ['focus-background-color'] },
  { variable: '--wegwijzer-form-error-color', kind: 'color', utrecht: ['form-field-invalid-color', 'form-field-description-invalid-color'], basis: ['color-negative-color-default'] },
  { variable: '--wegwijzer-document-font-family', kind: 'font-family', nl: ['paragraph-font-family'], utrecht: ['document-font-family'], basis: ['text-font-family-default'] },
  { variable: '--wegwijzer-heading-font-family', kind: 'font-family', nl: ['heading-level-1-font-family'], utrecht: ['heading-font-family', 'heading-1-font-family'], basis: ['heading-font-family'] },
  { variable: '--wegwijzer-document-font-size', kind: 'length', nl: ['paragraph-font-size'], utrecht: ['document-font-size'], basis: ['text-font-size-md'] },
  { variable: '--wegwijzer-document-line-height', kind: 'number', nl: ['paragraph-line-height'], utrecht: ['document-line-height'], basis: ['text-line-height-md'] },
  { variable: '--wegwijzer-button-border-radius', kind: 'length', nl: ['button-border-radius'], utrecht: ['button-border-radius'], basis: ['border-radius-md'] },
  { variable: '--wegwijzer-card-border-radius', kind: 'length', utrecht: ['border-radius-md'], basis: ['border-radius-md'] },
  { variable: '--wegwijzer-page-max-inline-size', kind: 'length', utrecht: ['page-max-inline-size'] },
];

/** The token names to look for, best first, for a package whose theme classes give `prefixes`. */
export function candidateTokens(mapping: TokenMapping, prefixes: readonly string[]): string[] {
  const names: string[] = [];
  for (const layer of TOKEN_LAYERS) {
    if (layer === 'prefix') {
      for (const prefix of prefixes.filter((own) => !['nl', 'utrecht', 'basis'].includes(own))) names.push(...(mapping.utrecht ?? []).map((name) => `--${prefix}-${name}`));
      continue;
    }
    names.push(...(mapping[layer] ?? []).map((name) => `--${layer}-${name}`));
  }
  return names;
}
