import { describe, expect, it } from 'vitest';
import { checkSecurityHeaders, expectedSecurityHeaders } from './security-headers.ts';

const expected = expectedSecurityHeaders('https://www.voorbeeldstad.nl');
const all: Record<string, string> = Object.fromEntries(expected.map((name) => [name, 'x']));
const without = (name: string) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== name));
const response = (page: string, path: string, headers: Record<string, string>) => ({ page, url: `http://127.0.0.1:4321${path}`, headers });

describe('security headers of the inbox server', () => {
  it('are the server’s own: a CSP and its common headers, with HSTS for an https site only', () => {
    expect(expected).toEqual(expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'strict-transport-security']));
    expect(expectedSecurityHeaders('http://localhost:4321')).not.toContain('strict-transport-security');
  });

  it('are required on every response, naming the page, the path and what is missing', () => {
    const findings = checkSecurityHeaders([response('/', '/', all), response('/bus/', '/bus/', without('referrer-policy')), response('/bus/', '/_astro/page.css', without('content-security-policy'))], expected);
    expect(findings.map((finding) => `${finding.page}: ${finding.message}`)).toEqual([
      '/bus/: /bus/ is served without referrer-policy',
      '/bus/: /_astro/page.css is served without content-security-policy',
    ]);
  });
});
