/**
 * `leads.forward` through the real built server: the browser posts only to the site, and the server
 * forwards each stored lead from the outbox to the webhook (a local HTTPS stub on 127.0.0.1 with a
 * certificate made for this run, trusted by the server through NODE_EXTRA_CA_CERTS), through a
 * failing answer, once per idempotency key.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, get, post, serveExampleSite, type ServedSite } from './support/server.ts';
import { startStub, type Stub } from './support/stub.ts';

let folder: string;
let stub: Stub;
let served: ServedSite;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'wegwijzer-forward-'));
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  stub = await startStub({ status: 200, body: '{}' }, { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') });
  served = await serveExampleSite({
    prepare: (site) =>
      site.edit('astro.config.mjs', "leads: { provider: 'inbox', ", `leads: { provider: 'inbox', forward: { webhook: { url: '${stub.url}/leads' } }, `),
    env: { NODE_EXTRA_CA_CERTS: cert, DELIVERY_RETRY_MS: '300', SMTP_URL: '' },
  });
});

afterAll(async () => {
  await served?.dispose();
  await stub?.close();
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
});

describe('forwarding from the server', () => {
  it('keeps the webhook out of the page: the form posts to the site, and the page may connect to the site only', async () => {
    const page = await get(served.server, '/basisschool/aanmelden/');
    expect(page.body).toContain('action="/aanvraag/"');
    expect(page.body).not.toContain(stub.url);
    expect(String(page.headers['content-security-policy'])).toContain("connect-src 'self';");
    expect(String(page.headers['content-security-policy'])).not.toContain('127.0.0.1');
  });

  it('forwards a stored lead to the webhook once, after a failed attempt, with its idempotency key', async () => {
    stub.reply({ status: 503 });
    const email = `ouder-${Date.now()}@voorbeeld.nl`;
    const body = formBody({ download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email, ww_leeglaten: '', elapsed: '6000' });
    expect((await post(served.server, body)).status).toBe(303);
    await expect.poll(() => stub.requests.length, { timeout: 20_000 }).toBe(2);
    // Nothing more arrives once it was accepted.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stub.requests).toHaveLength(2);
    const [failed, accepted] = stub.requests;
    expect(failed?.headers['idempotency-key']).toMatch(/^wegwijzer\.\d+\.\d+\.webhook$/);
    expect(accepted?.headers['idempotency-key']).toBe(failed?.headers['idempotency-key']);
    expect(JSON.parse(accepted?.body ?? '{}')).toMatchObject({ download: 'schoolgids', persona: 'ouders', phase: 'beslissing', fields: { name: 'Jan Jansen', email } });
    // The lead is in the site's store too, and nothing personal is in the log.
    expect(served.leads().some((lead) => lead.email === email)).toBe(true);
    expect(served.server.output()).toContain('failed (attempt 1 of 12): HTTP 503');
    expect(served.server.output()).not.toContain(email);
    // Without SMTP_URL the e-mails wait, and the server says why.
    expect(served.server.output()).toContain('deliveries to team-mail wait in the outbox: the environment variable SMTP_URL is not set');
  });
});
