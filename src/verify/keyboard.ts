/**
 * Keyboard and reflow, with real key presses in Chromium: the skip link is the first Tab stop and
 * moves focus to `<main>`; every Tab stop shows a focus indicator; at 320 CSS pixels wide nothing
 * scrolls sideways (WCAG 1.4.10, 2.4.1, 2.4.7).
 */
import type { Page } from 'playwright-core';
import { finding, type Finding } from './findings.ts';

/** A focus indicator counts as visible from this outline width, as the theme's own (`--wegwijzer-focus-outline-width`). */
export const MIN_FOCUS_OUTLINE_PX = 2;
export const REFLOW_WIDTH = 320;
/** A page with more Tab stops than this is cut short (and a focus trap cannot hang the check). */
const MAX_TAB_STOPS = 400;

interface Stop {
  name: string;
  /** The element is a same-page link to the `<main>` element. */
  skipsToMain: boolean;
  focusVisible: boolean;
  outline: string;
  repeat: boolean;
}

/** What has focus now, described for the report; `null` when nothing (the document) has. */
function focusedStop(minOutline: number): Stop | null {
  const element = document.activeElement;
  if (element === null || element === document.body || element === document.documentElement) return null;
  const store = window as unknown as { __wegwijzerSeen?: WeakSet<Element> };
  store.__wegwijzerSeen ??= new WeakSet();
  const repeat = store.__wegwijzerSeen.has(element);
  store.__wegwijzerSeen.add(element);
  const style = getComputedStyle(element);
  const outlineWidth = parseFloat(style.outlineWidth) || 0;
  const transparent = style.outlineColor === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(style.outlineColor);
  const focusVisible = (style.outlineStyle !== 'none' && outlineWidth >= minOutline && !transparent) || style.boxShadow !== 'none';
  const href = element.getAttribute('href') ?? '';
  const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const id = element.id === '' ? '' : `#${element.id}`;
  const name = `<${element.tagName.toLowerCase()}${id}${href === '' ? '' : ` href="${href}"`}>${text === '' ? '' : ` "${text}"`}`;
  return { name, skipsToMain: target !== null && target.tagName === 'MAIN', focusVisible, outline: `${style.outlineStyle} ${style.outlineWidth}`, repeat };
}

/** Puts the sequential focus starting point back at the top of the page, as after loading it. */
async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __wegwijzerSeen?: WeakSet<Element> }).__wegwijzerSeen = new WeakSet();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
}

export async function checkKeyboard(page: Page, label: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  // A page may move focus itself on load (the form's error summary, with autofocus); the skip link
  // must still be the first stop from the top of the page.
  await focusTop(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(focusedStop, MIN_FOCUS_OUTLINE_PX);
  if (first === null) {
    findings.push(finding(label, 'keyboard', 'Tab reaches nothing: no link or button takes keyboard focus'));
    return findings;
  }
  if (!first.skipsToMain) {
    findings.push(
      finding(label, 'keyboard', `the first Tab stop is ${first.name}, not a skip link to <main>`, [
        'Put a link like <a href="#inhoud">Naar de inhoud</a> first in <body>, pointing to <main id="inhoud">.',
      ]),
    );
  } else {
    await page.keyboard.press('Enter');
    // Following the link either focuses <main> (with tabindex="-1") or moves the browser's focus
    // starting point there (without it, as Wegwijzer's layout does, since Astro's audit flags a
    // tabindex on <main>): either way the next Tab stop must be in <main>, not back in the header.
    const inMain = () => Boolean(document.activeElement?.closest('main'));
    let reachedMain = await page
      .waitForFunction(inMain, undefined, { timeout: 1000 })
      .then(() => true)
      .catch(() => false);
    if (!reachedMain) {
      await page.keyboard.press('Tab');
      reachedMain = await page.evaluate(inMain);
    }
    if (!reachedMain) {
      findings.push(
        finding(label, 'keyboard', `the skip link ${first.name} does not move keyboard focus to <main>: the next Tab stop is outside it`, [
          'Point the skip link at the id of <main>, and make sure <main> holds a link or button (or give <main> tabindex="-1").',
        ]),
      );
    }
  }

  await focusTop(page);
  const stops: Stop[] = [];
  for (let count = 0; count < MAX_TAB_STOPS; count++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusedStop, MIN_FOCUS_OUTLINE_PX);
    if (stop === null || stop.repeat) break;
    stops.push(stop);
  }
  const invisible = stops.filter((stop) => !stop.focusVisible);
  if (invisible.length > 0) {
    findings.push(
      finding(label, 'keyboard', `focus is not visible on ${invisible.length} of ${stops.length} Tab stops`, [
        ...invisible.slice(0, 8).map((stop) => `${stop.name} (outline: ${stop.outline})`),
        ...(invisible.length > 8 ? [`… and ${invisible.length - 8} more`] : []),
        `A focused element needs an outline of at least ${MIN_FOCUS_OUTLINE_PX} px or a box-shadow (see :focus-visible in the theme).`,
      ]),
    );
  }
  return findings;
}

/** Renders the page 320 px wide and reports its width; wider means horizontal scrolling. */
export async function checkReflow(page: Page, label: string): Promise<{ width: number; findings: Finding[] }> {
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  const { width, culprits } = await page.evaluate((limit: number) => {
    // An element reaches past the edge with its box, or with content it lets overflow (a long <pre>).
    const overflowing = (element: Element) => {
      const box = element.getBoundingClientRect();
      const spills = getComputedStyle(element).overflowX === 'visible' ? box.left + element.scrollWidth : box.right;
      return Math.max(box.right, spills) > limit + 1;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => overflowing(element) && ![...element.children].some(overflowing))
      .slice(0, 5)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = `<${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${element.classList.length === 0 ? '' : `.${[...element.classList].join('.')}`}>`;
        return `${name} to ${Math.round(Math.max(box.right, box.left + element.scrollWidth))} px`;
      });
    return { width: document.documentElement.scrollWidth, culprits };
  }, REFLOW_WIDTH);
  if (width <= REFLOW_WIDTH) return { width, findings: [] };
  return {
    width,
    findings: [finding(label, 'reflow', `scrolls sideways at ${REFLOW_WIDTH} px: the page is ${width} px wide`, [...culprits.map((culprit) => `reaches to the right: ${culprit}`), 'Let the content wrap (max-inline-size: 100%, overflow-wrap: anywhere) instead of setting fixed widths.'])],
  };
}
