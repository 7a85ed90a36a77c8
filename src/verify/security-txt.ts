/** security.txt (RFC 9116) of the served site: it is there, and its `Expires` lies in the future. */
import { finding, type Finding } from './findings.ts';

export const SECURITY_TXT = '/.well-known/security.txt';

export async function checkSecurityTxt(origin: string, now = new Date()): Promise<Finding[]> {
  let response: Response;
  try {
    response = await fetch(`${origin}${SECURITY_TXT}`);
  } catch (error) {
    return [finding(SECURITY_TXT, 'security', `could not be fetched: ${error instanceof Error ? error.message : String(error)}`)];
  }
  if (!response.ok) return [finding(SECURITY_TXT, 'security', `answers HTTP ${response.status}`, ['Wegwijzer generates it from the `security` options; is the build complete?'])];
  return checkExpires(await response.text(), now);
}

/** The `Expires` field must be there once, a date, and after `now`. */
export function checkExpires(text: string, now: Date): Finding[] {
  const values = [...text.matchAll(/^Expires:\s*(.+?)\s*$/gim)].map((match) => match[1] ?? '');
  if (values.length !== 1) return [finding(SECURITY_TXT, 'security', values.length === 0 ? 'has no Expires field' : 'has more than one Expires field')];
  const expires = Date.parse(values[0] ?? '');
  if (Number.isNaN(expires)) return [finding(SECURITY_TXT, 'security', `Expires \`${values[0]}\` is not a date`)];
  if (expires <= now.getTime()) {
    return [finding(SECURITY_TXT, 'security', `expired on ${values[0]}`, ['Rebuild and deploy the site: Expires is the build date plus `security.expiresInDays`.'])];
  }
  return [];
}
