/**
 * The security headers the inbox's Node server must send on every response (pages, files, the
 * endpoint): the server's own definition (src/security/headers.ts) — its common headers and a
 * Content-Security-Policy — so the check follows whatever the server is meant to send.
 */
import { commonSecurityHeaders } from '../security/headers.ts';
import { finding, type Finding } from './findings.ts';

/** The header names (lower case) every response of the inbox server of a site at `site` carries. */
export function expectedSecurityHeaders(site: string): string[] {
  return ['content-security-policy', ...Object.keys(commonSecurityHeaders({ site })).map((name) => name.toLowerCase())];
}

export interface HeaderedResponse {
  /** The page the response belongs to (the report's label). */
  page: string;
  url: string;
  headers: Record<string, string>;
}

export function checkSecurityHeaders(responses: readonly HeaderedResponse[], expected: readonly string[]): Finding[] {
  return responses.flatMap((response) => {
    const missing = expected.filter((name) => response.headers[name] === undefined);
    return missing.length === 0 ? [] : [finding(response.page, 'security', `${new URL(response.url).pathname} is served without ${missing.join(', ')}`)];
  });
}
