/** /.well-known/security.txt (RFC 9116), with `Expires` computed at build time. */
import type { APIRoute } from 'astro';
import config from 'virtual:wegwijzer/config';
import { expiryDate, securityTxt } from '../seo/security-txt.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('security.txt needs `site` in astro.config.mjs.');
  const { contact, expiresInDays, policy } = config.security;
  const body = securityTxt({
    contact,
    policy,
    expires: expiryDate(new Date(), expiresInDays),
    canonical: new URL('/.well-known/security.txt', site).href,
    preferredLanguages: ['nl', 'en'],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
