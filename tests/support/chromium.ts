/**
 * Debian's Chromium for the browser tests, driven by playwright-core. The tests may skip only
 * where Chromium is missing and `CI` is not set, and then say so; `.ci/run` installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** True when `what` must be skipped; warns once with how to install Chromium. */
export function skipWithoutChromium(what: string): boolean {
  const skip = !existsSync(CHROMIUM) && !process.env.CI;
  if (skip) console.warn(`${what} skipped: ${CHROMIUM} is missing (install it with apt-get install chromium; in CI these tests never skip)`);
  return skip;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
}
