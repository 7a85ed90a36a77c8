/**
 * `npm run screenshots`: the README's pictures of the example site, made from the example itself.
 * Builds it (unless `--no-build`), serves the built pages on 127.0.0.1 and photographs them in
 * Chromium (playwright-core, the system's /usr/bin/chromium) at 1280 and 375 px wide, into
 * docs/screenshots/. Nothing is fetched from another origin: such requests are refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { builtDir } from '../tests/support/built.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');

interface Shot {
  file: string;
  path: string;
  width: 1280 | 375;
  /** The viewport's height; the picture is the viewport, or the element `element` when given. */
  height: number;
  element?: string;
}

const SHOTS: Shot[] = [
  { file: 'home-1280.jpg', path: '/', width: 1280, height: 900 },
  { file: 'home-375.jpg', path: '/', width: 375, height: 812 },
  { file: 'hub-1280.jpg', path: '/voor/ouders/', width: 1280, height: 900 },
  { file: 'campaign-page-1280.jpg', path: '/veilige-buurt/app-installeren/', width: 1280, height: 1400 },
  { file: 'event-375.jpg', path: '/basisschool/open-dagen/', width: 375, height: 812, element: 'article.event' },
  { file: 'form-375.jpg', path: '/basisschool/aanmelden/', width: 375, height: 812, element: '#volgende-stap' },
  { file: 'thank-you-375.jpg', path: '/bedankt/schoolgids/', width: 375, height: 1000 },
];

async function photograph(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.goto(`${origin}${shot.path}`, { waitUntil: 'load' });
  // Lazy images below the fold: load them before the picture is taken.
  await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((image) => image.setAttribute('loading', 'eager')));
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const path = join(out, shot.file);
  if (shot.element) await page.locator(shot.element).first().screenshot({ path, type: 'jpeg', quality: 85 });
  else await page.screenshot({ path, type: 'jpeg', quality: 85 });
  await page.close();
  console.log(`docs/screenshots/${shot.file}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { build: { type: 'boolean', default: true } }, allowNegative: true });
  if (values.build) {
    const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(builtDir(root));
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) await photograph(browser, server.origin, shot);
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
