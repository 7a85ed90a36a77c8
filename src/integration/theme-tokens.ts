/**
 * `virtual:wegwijzer/tokens.css`: the organisation's NL Design System tokens (the `tokens` option),
 * mapped to Wegwijzer's variables, between Wegwijzer's defaults and the site's theme.css. Without
 * the option it is empty. The build and `astro dev` warn about the contrast pairs the package's
 * colours fail and about fonts it names but nobody ships.
 */
import type { AstroIntegrationLogger } from 'astro';
import { formatReport } from '../journey/report.ts';
import { hexColour } from '../styles/contrast.ts';
import { siteTokenWarnings } from '../styles/token-package.ts';

export const VIRTUAL_TOKENS = 'virtual:wegwijzer/tokens.css';

export interface ThemeTokens {
  /** The Vite plugin of the virtual module. */
  plugin: { name: string; resolveId(source: string): string | undefined; load(id: string): string | undefined };
  /** The brand colour the package gives, as #rrggbb, for the link-preview images. */
  primary: string | undefined;
}

export function themeTokens(root: string, options: { tokens?: string | undefined; theme?: string | undefined }, logger: AstroIntegrationLogger): ThemeTokens {
  const { tokens, problems } = siteTokenWarnings(root, options);
  if (tokens !== undefined) {
    logger.info(`design tokens of ${tokens.name}: ${tokens.mapped.length} variables${tokens.fontStylesheets.length > 0 ? `, fonts self-hosted from ${tokens.fontStylesheets.length} stylesheet(s)` : ''}`);
    if (problems.length > 0) logger.warn(formatReport(problems, tokenReportLabels(tokens.name)));
  }
  const resolved = `\0${VIRTUAL_TOKENS}`;
  const primary = tokens?.mapped.find((token) => token.variable === '--wegwijzer-color-primary')?.value;
  return {
    plugin: {
      name: 'wegwijzer:tokens',
      resolveId: (source) => (source === VIRTUAL_TOKENS ? resolved : undefined),
      load: (id) => (id === resolved ? (tokens?.css ?? '') : undefined),
    },
    primary: primary === undefined ? undefined : hexColour(primary),
  };
}

/** How the build and `wegwijzer check` title the warnings of a token package. */
export function tokenReportLabels(packageName: string) {
  return { title: `Design tokens of ${packageName}`, noun: 'warning' };
}
