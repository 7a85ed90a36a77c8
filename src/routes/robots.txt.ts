/** robots.txt, naming the sitemap that @astrojs/sitemap writes. */
import type { APIRoute } from 'astro';
import { robotsTxt, SITEMAP_INDEX } from '../seo/robots.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('robots.txt needs `site` in astro.config.mjs.');
  return new Response(robotsTxt(new URL(SITEMAP_INDEX, site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
