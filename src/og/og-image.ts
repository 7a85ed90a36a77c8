/**
 * Link-preview images (Open Graph, 1200×630): the page's title and the organisation on the theme's
 * primary colour. satori lays the card out as SVG with the bundled Noto Sans (no font is fetched),
 * sharp draws it (librsvg) and encodes the PNG off the main thread (libvips's threads), so several
 * cards are drawn at once. The build writes them with ./write.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from './size.ts';
import { packageFile } from '../compiled.ts';

export { OG_HEIGHT, OG_WIDTH } from './size.ts';
export { OG_PREFIX, ogImagePath } from '../journey/urls.ts';

export interface OgCard {
  title: string;
  organisation: string;
  /** Background: the theme's primary colour, `#rrggbb`. */
  colour: string;
  /** The site's host name, shown at the bottom, e.g. `www.voorbeeldstad.nl`. */
  host: string;
  /** The organisation's logo as a data URL (SVG, PNG or JPEG), if any. */
  logo?: string;
}

// From the package folder: the compiled drawing code in lib/og/ reads the same fonts as src/og/.
const font = (file: string) => readFileSync(packageFile(`src/og/fonts/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  // Latin first, Latin Extended for the letters it lacks; regular for the organisation, bold for the title.
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Noto Sans', data: font(`noto-sans-${subset}-${weight}-normal.woff`), weight, style: 'normal' as const })),
  );
  return fonts;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
}

/** White text on a dark colour, near-black on a light one: whichever has the most contrast. */
export function textColourOn(background: string): string {
  const onWhite = 1.05 / (luminance(background) + 0.05);
  const onBlack = (luminance(background) + 0.05) / 0.05;
  return onWhite >= onBlack ? '#ffffff' : '#1a1a1a';
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string; src?: string; width?: number; height?: number } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

function titleSize(title: string): number {
  if (title.length <= 35) return 76;
  if (title.length <= 60) return 64;
  return 54;
}

// The card's grid: the organisation at the top, the title in a box of fixed place and size (the
// title centred in it), the host name at the bottom. A fixed box lets the build draw the rest of the
// card once and only the title per page.
const PADDING_X = 72;
const PADDING_Y = 56;
const TITLE_BOX = { left: PADDING_X, top: 150, width: OG_WIDTH - 2 * PADDING_X, height: 370 } as const;

function fitTitle(title: string): string {
  return title.length > 110 ? `${title.slice(0, 107).replace(/\s+\S*$/, '')}…` : title;
}

/** Everything but the title, as SVG: drawn once per build. */
async function renderBackgroundSvg(card: Omit<OgCard, 'title'>): Promise<string> {
  const text = textColourOn(card.colour);
  // The logo on a white tile, so a logo in the theme colour stays visible on the card.
  const logo: Node[] = card.logo ? [el('div', { display: 'flex', padding: 10, borderRadius: 16, backgroundColor: '#ffffff' }, { type: 'img', props: { src: card.logo, width: 64, height: 64 } })] : [];
  const tree = el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: `${PADDING_Y}px ${PADDING_X}px`, backgroundColor: card.colour, color: text, fontFamily: 'Noto Sans' },
    el('div', { display: 'flex', alignItems: 'center', gap: 24, fontSize: 34, fontWeight: 400 }, ...logo, el('div', { display: 'flex' }, card.organisation)),
    el(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 },
      el('div', { display: 'flex' }, card.host),
      el('div', { display: 'flex', width: 160, height: 14, borderRadius: 7, backgroundColor: '#ffbc2c' }),
    ),
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
}

/** The title box as SVG, on the card's colour (text as paths, so no font is needed to draw it). */
async function renderTitleSvg(card: Pick<OgCard, 'title' | 'colour'>): Promise<string> {
  const title = fitTitle(card.title);
  const tree = el(
    'div',
    { width: TITLE_BOX.width, height: TITLE_BOX.height, display: 'flex', alignItems: 'center', backgroundColor: card.colour, color: textColourOn(card.colour), fontFamily: 'Noto Sans' },
    el('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, maxWidth: 1000 }, title),
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: TITLE_BOX.width, height: TITLE_BOX.height, fonts: loadFonts() });
}

const CHANNELS = 4;

/**
 * satori's SVG as RGBA pixels at its own size; its text is paths, so no font is looked up. sharp
 * (librsvg) took the same time per card as resvg-js and drew the same card to within 0.15/255 per
 * channel on average, and a site has sharp anyway for Astro's images: one rasteriser, not two.
 */
async function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
}

/** Backgrounds drawn in this process, by card without its title: RGBA pixels. */
const backgrounds = new Map<string, Promise<Buffer>>();

function background(card: Omit<OgCard, 'title'>): Promise<Buffer> {
  const key = JSON.stringify([card.organisation, card.colour, card.host, card.logo ?? null]);
  let pixels = backgrounds.get(key);
  if (pixels === undefined) {
    pixels = renderBackgroundSvg(card).then(rasterise);
    backgrounds.set(key, pixels);
  }
  return pixels;
}

/** A buffer for one card's pixels; a caller drawing many cards, one after another, can reuse one. */
export function cardPixels(): Buffer {
  return Buffer.allocUnsafe(OG_WIDTH * OG_HEIGHT * CHANNELS);
}

/**
 * The card as a PNG: the background with the title box drawn into it, in `pixels` (free again once
 * the promise settles).
 */
export async function renderOgImage(card: OgCard, pixels: Buffer = cardPixels()): Promise<Buffer> {
  const [base, title] = await Promise.all([background(card), renderTitleSvg(card).then(rasterise)]);
  base.copy(pixels);
  const row = TITLE_BOX.width * CHANNELS;
  // The title box is opaque, in the card's colour: its rows replace the background's.
  for (let y = 0; y < TITLE_BOX.height; y++) {
    title.copy(pixels, ((TITLE_BOX.top + y) * OG_WIDTH + TITLE_BOX.left) * CHANNELS, y * row, (y + 1) * row);
  }
  return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: CHANNELS } })
    .png({ compressionLevel: 4 })
    .toBuffer();
}

/** The theme's primary colour: the last `--wegwijzer-color-primary` hex in these CSS files, in order. */
export function themeColour(cssFiles: readonly string[], fallback = '#00436e'): string {
  let colour = fallback;
  for (const file of cssFiles) {
    if (!existsSync(file)) continue;
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of css.matchAll(/--wegwijzer-color-primary\s*:\s*(#[0-9a-f]{6})\s*;/gi)) colour = match[1]?.toLowerCase() ?? colour;
  }
  return colour;
}

/** A logo file under public/ as a data URL, when it is an image satori can draw. */
export function logoDataUrl(file: string | undefined): string | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  const type = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' }[extname(file).toLowerCase()];
  return type === undefined ? undefined : `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
