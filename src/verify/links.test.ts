/**
 * linkinator over a small build served as verify serves it: internal links and #fragments must
 * resolve, the site's own production URL is checked against the build, and links to other sites
 * are listed but fetched only with `external` (a 127.0.0.1 stub stands in for another site).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStub, type Stub } from '../../tests/support/stub.ts';
import { checkLinks } from './links.ts';
import { serve, type ServedSite } from './serve.ts';

const SITE = 'https://www.example.nl';
const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

describe('links', () => {
  let dir: string;
  let served: ServedSite;
  let stub: Stub;

  beforeAll(async () => {
    stub = await startStub({ status: 404 });
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      page(
        `<a href="/a/">A</a> <a href="/a/#deel">deel</a> <a href="/a/#weg">weg</a> <a href="/nergens/">nergens</a>` +
          ` <a href="${SITE}/a/">eigen site</a> <a href="${SITE}/ook-nergens/">eigen site kapot</a> <a href="${stub.url}/elders">elders</a> <a href="mailto:a@example.nl">mail</a>`,
      ),
    );
    writeFileSync(join(dir, 'a', 'index.html'), page('<h2 id="deel">Deel</h2><a href="/">home</a>'));
    served = await serve({ staticDir: dir });
  });

  afterAll(async () => {
    await served?.stop();
    await stub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports broken pages and #fragments by the page that links them, checks the own site URL locally, and lists other sites unfetched', async () => {
    const report = await checkLinks({ origin: served.origin, site: SITE, pages: ['/'], external: false });
    expect(report.findings.map((finding) => `${finding.page} ${finding.message}`).sort()).toEqual([
      '/ broken link to /a/#weg ("weg"): no element with id `weg` on /a/',
      '/ broken link to /nergens/ ("nergens"): HTTP 404',
      '/ broken link to /ook-nergens/ ("eigen site kapot"): HTTP 404',
    ]);
    expect([...report.outside]).toEqual([[`${stub.url}/elders`, new Set(['/'])]]);
    expect(stub.requests).toEqual([]);
  });

  it('fetches links to other sites with external', async () => {
    const report = await checkLinks({ origin: served.origin, site: SITE, pages: ['/'], external: true });
    expect(stub.requests.map((request) => request.path)).toContain('/elders');
    expect(report.findings.map((finding) => finding.message)).toContain(`broken link to ${stub.url}/elders ("elders"): HTTP 404`);
  });
});
