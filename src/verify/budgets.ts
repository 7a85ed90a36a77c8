/**
 * Byte budgets per page (`verify.budgets` in the options): what a page may weigh, gzipped, by what
 * it does. A page with a form or a video may bring a small script; a page without one, none; a
 * page with a search field is not held to a JavaScript budget (the search library is what it is),
 * but its size is reported like every other.
 */
import type { Budgets } from './options.ts';
import { finding, type Finding } from './findings.ts';

/** What a page does that needs JavaScript, recognised in its DOM. */
export interface PageFeatures {
  form: boolean;
  video: boolean;
  search: boolean;
}

/**
 * The selectors that recognise each feature in a built page, inside `<main>` (the header's search
 * box on every page is a plain form without a script): a `<form>`; the play button of Wegwijzer's
 * Video component (`data-video-id`); a search landmark or search field (the search page).
 */
export const FEATURE_SELECTORS: Record<keyof PageFeatures, string> = {
  form: 'main form',
  video: 'main [data-video-id]',
  search: 'main search, main [role="search"], main input[type="search"]',
};

/** Gzipped bytes a page loads, as measured in the browser. */
export interface PageWeight {
  /** Scripts the page runs: files it loads and inline scripts (not JSON-LD). */
  javascript: number;
  /** Stylesheets it loads and its inline styles. */
  css: number;
  /** The HTML document itself. */
  html: number;
}

export function javascriptBudget(features: PageFeatures, budgets: Budgets): number | undefined {
  if (features.search) return undefined;
  return features.form || features.video ? budgets.formJavaScript : budgets.javascript;
}

export function checkBudgets(page: string, weight: PageWeight, features: PageFeatures, budgets: Budgets): Finding[] {
  const findings: Finding[] = [];
  const scriptLimit = javascriptBudget(features, budgets);
  if (scriptLimit !== undefined && weight.javascript > scriptLimit) {
    const kind = features.form || features.video ? `a page with a ${features.form ? 'form' : 'video'}` : 'a page without a form, video or search';
    findings.push(
      finding(page, 'budget', `JavaScript ${formatBytes(weight.javascript)} gzipped, over the budget of ${formatBytes(scriptLimit)} for ${kind}`, [
        'Remove or shrink the script, or raise `verify.budgets.' + (features.form || features.video ? 'formJavaScript' : 'javascript') + '` in the wegwijzer() options if it is really needed.',
      ]),
    );
  }
  if (weight.css > budgets.css) {
    findings.push(finding(page, 'budget', `CSS ${formatBytes(weight.css)} gzipped, over the budget of ${formatBytes(budgets.css)}`, ['Trim the theme or components’ CSS, or raise `verify.budgets.css`.']));
  }
  const firstRender = weight.html + weight.css;
  if (firstRender > budgets.firstRender) {
    findings.push(
      finding(page, 'budget', `HTML + CSS ${formatBytes(firstRender)} gzipped, over the budget of ${formatBytes(budgets.firstRender)} to render in one round trip`, [
        'Shorten the page or its CSS, or raise `verify.budgets.firstRender`.',
      ]),
    );
  }
  return findings;
}

/** `0 B`, `812 B`, `3.1 KB` (1 KB = 1024 bytes, as the budgets). */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
