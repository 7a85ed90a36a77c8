/**
 * The Chromium that `wegwijzer verify` and the browser tests drive through playwright-core: the
 * system's own (Debian's `chromium` package), never a browser download of Playwright's.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian and Ubuntu install Chromium; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless in a container or CI: no sandbox, no GPU, nothing that phones home. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export const CHROMIUM_HINT =
  `Chromium is missing: ${CHROMIUM} does not exist.\n` +
  '  Install it: `apt-get install chromium` (Debian, Ubuntu), `brew install --cask chromium` (macOS),\n' +
  '  or set CHROMIUM_PATH to the executable of an installed Chromium or Chrome.';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
}
