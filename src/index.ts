/**
 * The `wegwijzer` package: `import wegwijzer from 'wegwijzer'` in a site's astro.config.mjs.
 * Content collections come from `wegwijzer/content` (they need Astro's `astro:content`).
 */
/// <reference path="./virtual.d.ts" />
export { default } from './integration/index.ts';
export type { RuntimeConfig, WegwijzerIntegration, WegwijzerUserOptions } from './integration/index.ts';
export type { WegwijzerOptions } from './integration/options.ts';
export type { CtaData, DownloadData, PageData, PersonaData } from './journey/schemas.ts';
export type { Problem } from './journey/model.ts';
export type { Phase } from './journey/phases.ts';
