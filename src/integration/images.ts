/**
 * How Astro's sharp service encodes the content images (src/components/Picture.astro: AVIF and WebP
 * in up to four widths, and the original format as fallback).
 *
 * sharp's AVIF default, effort 4, made the first build of the example spend most of its time on
 * images: 1.2 s of CPU per AVIF file, 24 s for its 20, against 1.3 s for all 20 WebP files. Effort 2
 * took 3.5 s for the same 20 AVIF files, 14 % more bytes than effort 4 and still 31 % fewer than
 * WebP, at a smaller difference from the original than WebP (PSNR 42.5 dB against 39.0 dB). Astro
 * keeps every encoded file in its cache (`node_modules/.astro/assets/`), so this is paid once per
 * image and size.
 */
import type { AstroConfig } from 'astro';

/** sharp's AVIF `effort` (0–9, sharp's default 4). */
export const AVIF_EFFORT = 2;

const SHARP_SERVICE = 'astro/assets/services/sharp';

/**
 * The change to the site's `image` config that gives AVIF Wegwijzer's effort: only with Astro's
 * sharp service, and only when the site chose no AVIF effort of its own (its other options stay).
 */
export function imageServiceDefaults(image: Pick<AstroConfig['image'], 'service'>): { service: { entrypoint: string; config: { avif: { effort: number } } } } | undefined {
  const { entrypoint, config } = image.service;
  if (entrypoint !== SHARP_SERVICE) return undefined;
  const avif: unknown = (config as { avif?: unknown }).avif;
  if (typeof avif === 'object' && avif !== null && 'effort' in avif) return undefined;
  return { service: { entrypoint, config: { avif: { effort: AVIF_EFFORT } } } };
}
