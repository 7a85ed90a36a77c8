/**
 * Writes the link-preview image of every built page, at the end of the build.
 *
 * Pages name their image by URL (ogImagePath) and carry its text in `og:image:alt`; the build reads
 * both back from the HTML it wrote, so the image shows exactly the title the page has. A page with
 * its own `image`, or a site with `seo.defaultImage`, has another image and gets none.
 *
 * Drawing a card costs a few milliseconds of CPU, so cards are drawn in a pool of threads and kept in a
 * cache folder (Astro's `cacheDir`) under a hash of the card and of the code that draws it: a rebuild
 * copies every card whose title did not change. Cards no page of this build uses leave the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { dirname, join, relative, sep } from 'node:path';
import { OG_PREFIX, ogImagePath } from '../journey/urls.ts';
import { packageFile, runnable } from '../compiled.ts';
import type { OgCard } from './og-image.ts';
import type { DrawTask } from './draw.ts';

export interface OgImagesResult {
  /** The site paths written, e.g. `/og/bus.png`. */
  written: string[];
  /** Distinct cards drawn in this build, and taken from the cache; pages with the same title share one. */
  drawn: number;
  reused: number;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');

/** The value of a page's `<meta property=…>`, as the theme's SEO head writes it. */
export function meta(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta property="${property.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The pages of the build that show their generated card: the file to write and the card's title. */
function ogImageJobs(dir: string, site: string): { path: string; target: string; title: string }[] {
  const origin = new URL(site);
  const jobs: { path: string; target: string; title: string }[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image');
    const title = meta(html, 'og:image:alt');
    if (image === undefined || title === undefined || !URL.canParse(image)) continue;
    const url = new URL(image);
    if (url.origin !== origin.origin || !url.pathname.startsWith(OG_PREFIX)) continue;
    const page = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    if (url.pathname !== ogImagePath(page)) continue;
    jobs.push({ path: url.pathname, target: join(dir, ...url.pathname.split('/').filter(Boolean)), title });
  }
  return jobs;
}

/** Changes whenever the drawing code changes, so a cached card is never one drawn by older code. */
let drawingCode: string | undefined;
function drawingVersion(): string {
  drawingCode ??= createHash('sha256').update(readFileSync(packageFile('src/og/og-image.ts'))).digest('hex');
  return drawingCode;
}

function cardKey(card: OgCard): string {
  const { title, organisation, colour, host, logo } = card;
  return createHash('sha256').update(JSON.stringify([drawingVersion(), title, organisation, colour, host, logo ?? null])).digest('hex').slice(0, 32);
}

/**
 * Draws (or copies from `cacheDir`) the card of every page that shows its generated one. Without a
 * cache folder every card is drawn.
 */
export async function writeOgImages(dir: string, card: Omit<OgCard, 'title' | 'host'>, site: string, cacheDir?: string): Promise<OgImagesResult> {
  const host = new URL(site).host;
  const jobs = ogImageJobs(dir, site);
  // One drawing per distinct card: pages with the same title share it.
  const byKey = new Map<string, { card: OgCard; targets: string[] }>();
  for (const job of jobs) {
    const full = { ...card, title: job.title, host };
    const key = cardKey(full);
    const entry = byKey.get(key) ?? { card: full, targets: [] };
    entry.targets.push(job.target);
    byKey.set(key, entry);
  }
  if (cacheDir !== undefined) mkdirSync(cacheDir, { recursive: true });
  for (const folder of new Set(jobs.map((job) => dirname(job.target)))) mkdirSync(folder, { recursive: true });
  const toDraw: DrawTask[] = [];
  const copies: Promise<void>[] = [];
  for (const [key, { card: full, targets }] of byKey) {
    const cached = cacheDir === undefined ? undefined : join(cacheDir, `${key}.png`);
    if (cached !== undefined && existsSync(cached)) copies.push(...targets.map((target) => copyFile(cached, target)));
    else toDraw.push({ card: full, targets, ...(cached === undefined ? {} : { cached }) });
  }
  await Promise.all([...copies, drawAll(toDraw)]);
  if (cacheDir !== undefined) {
    // Cards no page uses any more, and files a stopped build left behind.
    for (const file of readdirSync(cacheDir)) if (!byKey.has(file.replace(/\.png$/, ''))) rmSync(join(cacheDir, file), { force: true });
  }
  return { written: jobs.map((job) => job.path), drawn: toDraw.length, reused: byKey.size - toDraw.length };
}

/**
 * Draws in a pool of threads, one per core: satori's layout is JavaScript, and in the build's own
 * thread it would compete with the build's large heap. sharp draws and encodes on further threads of
 * its own, so each pool thread takes two cards at a time.
 */
async function drawAll(tasks: readonly DrawTask[]): Promise<void> {
  if (tasks.length === 0) return;
  const pool = new Piscina<DrawTask, void>({
    // Node starts the thread outside Vite: it loads the compiled worker when the package is installed.
    filename: runnable(new URL('./draw-worker.ts', import.meta.url)),
    maxThreads: Math.max(1, Math.min(availableParallelism(), Math.ceil(tasks.length / 8))),
    concurrentTasksPerWorker: 2,
  });
  try {
    await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.destroy();
  }
}
