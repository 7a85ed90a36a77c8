/**
 * Link-preview images (Open Graph, 1200×630), one per page, made at the end of the build: the page's
 * title and the organisation on the theme's primary colour. satori lays the card out as SVG with the
 * bundled Noto Sans (no font is fetched), resvg draws it as PNG.
 *
 * Pages name their image by URL (ogImagePath) and carry its text in `og:image:alt`; the build reads
 * both back from the HTML it wrote, so the image shows exactly the title the page has.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_PREFIX, ogImagePath } from '../journey/urls.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
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

const font = (file: string) => readFileSync(new URL(`./fonts/${file}`, import.meta.url));
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

/** The card as SVG (text as paths, so no font is needed to draw it). */
export async function renderOgSvg(card: OgCard): Promise<string> {
  const text = textColourOn(card.colour);
  const title = card.title.length > 110 ? `${card.title.slice(0, 107).replace(/\s+\S*$/, '')}…` : card.title;
  // The logo on a white tile, so a logo in the theme colour stays visible on the card.
  const logo: Node[] = card.logo ? [el('div', { display: 'flex', padding: 10, borderRadius: 16, backgroundColor: '#ffffff' }, { type: 'img', props: { src: card.logo, width: 64, height: 64 } })] : [];
  const tree = el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px', backgroundColor: card.colour, color: text, fontFamily: 'Noto Sans' },
    el('div', { display: 'flex', alignItems: 'center', gap: 24, fontSize: 34, fontWeight: 400 }, ...logo, el('div', { display: 'flex' }, card.organisation)),
    el('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, maxWidth: 1000 }, title),
    el(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 },
      el('div', { display: 'flex' }, card.host),
      el('div', { display: 'flex', width: 160, height: 14, borderRadius: 7, backgroundColor: '#ffbc2c' }),
    ),
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
}

/** The card as a PNG. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  return new Resvg(await renderOgSvg(card), { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
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

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');

function meta(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta property="${property.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes the image of every built page whose `og:image` is its generated one (a page with its own
 * `image`, or a site with `seo.defaultImage`, has another). Returns the site paths written.
 */
export async function writeOgImages(dir: string, card: Omit<OgCard, 'title' | 'host'>, site: string): Promise<string[]> {
  const written: string[] = [];
  const origin = new URL(site);
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image');
    const title = meta(html, 'og:image:alt');
    if (image === undefined || title === undefined || !URL.canParse(image)) continue;
    const url = new URL(image);
    if (url.origin !== origin.origin || !url.pathname.startsWith(OG_PREFIX)) continue;
    const page = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    if (url.pathname !== ogImagePath(page)) continue;
    const target = join(dir, ...url.pathname.split('/').filter(Boolean));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await renderOgImage({ ...card, title, host: origin.host }));
    written.push(url.pathname);
  }
  return written;
}
