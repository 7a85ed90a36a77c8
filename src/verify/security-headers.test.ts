import { describe, expect, it } from 'vitest';
import { checkSecurityHeaders, SECURITY_HEADERS } from './security-headers.ts';

const all: Record<string, string> = Object.fromEntries(SECURITY_HEADERS.map((name) => [name, 'x']));
const without = (name: string) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== name));
const response = (page: string, path: string, headers: Record<string, string>) => ({ page, url: `http://127.0.0.1:4321${path}`, headers });

describe('security headers of the inbox server', () => {
  it('only notes their absence while the server sends no Content-Security-Policy at all', () => {
    const result = checkSecurityHeaders([response('/', '/', {}), response('/', '/_astro/a.css', { 'cache-control': 'no-store' })]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([expect.stringContaining('sends no Content-Security-Policy')]);
  });

  it('requires every header on every response once the server sends a CSP, naming the page, the path and what is missing', () => {
    const result = checkSecurityHeaders([response('/', '/', all), response('/bus/', '/bus/', without('referrer-policy')), response('/bus/', '/_astro/page.css', without('content-security-policy'))]);
    expect(result.notes).toEqual([]);
    expect(result.findings.map((finding) => `${finding.page}: ${finding.message}`)).toEqual([
      '/bus/: /bus/ is served without referrer-policy',
      '/bus/: /_astro/page.css is served without content-security-policy',
    ]);
  });
});
