/** robots.txt: everything may be crawled; pages that must stay out say `noindex` themselves. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

/** @astrojs/sitemap writes this index file at the site root. */
export const SITEMAP_INDEX = '/sitemap-index.xml';
