/**
 * Links with linkinator over the served build: from every page, recursing through the site, every
 * internal link, image, stylesheet and `#fragment` must resolve. Links to the site's own production
 * URL (canonical, og:url, JSON-LD) are checked against the local build. Links to other sites are
 * listed, and fetched only when asked (`--external`): verification makes no outside request
 * unless the owner wants it.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { finding, type Finding } from './findings.ts';

export interface LinkCheckOptions {
  origin: string;
  /** The `site` of the Astro config, e.g. `https://www.voorbeeldstad.nl`. */
  site: string;
  /** Page paths to start from (the crawl follows their links too). */
  pages: readonly string[];
  external: boolean;
}

export interface LinkReport {
  findings: Finding[];
  /** Outside links and the pages that have them. */
  outside: Map<string, Set<string>>;
  checked: number;
}

export async function checkLinks(options: LinkCheckOptions): Promise<LinkReport> {
  const { origin } = options;
  const siteOrigin = new URL(options.site).origin;
  const isInternal = (url: string) => url.startsWith(`${origin}/`) || url === origin || url.startsWith(`${siteOrigin}/`) || url === siteOrigin;
  const pathOf = (url: string | undefined) => {
    if (url === undefined) return '(start)';
    const parsed = new URL(url);
    return parsed.origin === origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : url;
  };
  const checker = new LinkChecker();
  const result = await checker.check({
    path: options.pages.map((page) => `${origin}${page}`),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 15_000,
    redirects: 'allow',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}(?=/|$)`), replacement: origin }],
    linksToSkip: async (link) => !isInternal(link) && (!options.external || !/^https?:/.test(link)),
  });
  const findings: Finding[] = [];
  const outside = new Map<string, Set<string>>();
  for (const link of result.links) {
    if (link.state === LinkState.SKIPPED) {
      if (/^https?:/.test(link.url) && !isInternal(link.url)) {
        const pages = outside.get(link.url) ?? new Set<string>();
        pages.add(pathOf(link.parent));
        outside.set(link.url, pages);
      }
      continue;
    }
    if (link.state === LinkState.BROKEN) findings.push(brokenLink(link, pathOf));
  }
  return { findings, outside, checked: result.links.length };
}

function brokenLink(link: LinkResult, pathOf: (url: string | undefined) => string): Finding {
  const target = pathOf(link.url);
  const text = link.displayText === undefined || link.displayText === '' ? '' : ` ("${link.displayText}")`;
  const fragment = target.includes('#') && (link.status ?? 0) < 400;
  const reason = fragment
    ? `no element with id \`${decodeURIComponent(target.slice(target.indexOf('#') + 1))}\` on ${target.slice(0, target.indexOf('#')) || 'the page'}`
    : link.status === undefined || link.status === 0
      ? describeFailure(link)
      : `HTTP ${link.status}`;
  const fix = fragment ? 'Link to an id that exists on that page, or remove the #fragment.' : 'Correct the link, or create the page or file it points to.';
  return finding(pathOf(link.parent), 'links', `broken link to ${target}${text}: ${reason}`, [fix]);
}

function describeFailure(link: LinkResult): string {
  const detail = link.failureDetails?.[0];
  return detail instanceof Error ? detail.message : 'no answer';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
