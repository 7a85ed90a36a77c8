/**
 * The security headers the inbox's Node server must send on every response (pages, files, the
 * endpoint). One list, so it can follow the server's own definition of its headers.
 *
 * The server sends these once the inbox is hardened (issue 8). Until it sends a
 * Content-Security-Policy at all, a missing header is reported as a note, not a failure; from the
 * first response with a CSP on, every header in the list is required on every response checked.
 */
import { finding, type Finding } from './findings.ts';

export const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'] as const;

export interface HeaderedResponse {
  /** The page the response belongs to (the report's label). */
  page: string;
  url: string;
  headers: Record<string, string>;
}

export interface HeaderCheck {
  findings: Finding[];
  notes: string[];
}

export function checkSecurityHeaders(responses: readonly HeaderedResponse[]): HeaderCheck {
  const enforced = responses.some((response) => response.headers['content-security-policy'] !== undefined);
  if (!enforced) {
    return { findings: [], notes: [`the server sends no Content-Security-Policy, so the security headers (${SECURITY_HEADERS.join(', ')}) are not required yet`] };
  }
  const findings = responses.flatMap((response) => {
    const missing = SECURITY_HEADERS.filter((name) => response.headers[name] === undefined);
    return missing.length === 0 ? [] : [finding(response.page, 'security', `${new URL(response.url).pathname} is served without ${missing.join(', ')}`)];
  });
  return { findings, notes: [] };
}
