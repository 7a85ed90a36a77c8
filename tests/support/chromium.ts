/**
 * Debian's Chromium for the browser tests, launched as `wegwijzer verify` launches it
 * (src/verify/chromium.ts). The tests may skip only where Chromium is missing and `CI` is not
 * set, and then say so; `.ci/run` installs it.
 */
import { CHROMIUM, hasChromium } from '../../src/verify/chromium.ts';

export { CHROMIUM, launchChromium } from '../../src/verify/chromium.ts';

/** True when `what` must be skipped; warns once with how to install Chromium. */
export function skipWithoutChromium(what: string): boolean {
  const skip = !hasChromium() && !process.env.CI;
  if (skip) console.warn(`${what} skipped: ${CHROMIUM} is missing (install it with apt-get install chromium; in CI these tests never skip)`);
  return skip;
}
