/**
 * The inbox behind a trusted reverse proxy (`leads.trustProxy: ['127.0.0.1']`), against the real
 * built server: requests from 127.0.0.1 play the proxy, requests from other loopback addresses
 * reach the port directly. The build also carries test observers in the response-observer
 * registry (src/inbox/server-observers.ts of the copied package), one of which fails on purpose.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, freshAddress, get, post, serveExampleSite, type ServedSite } from './support/server.ts';

const PROXY = '127.0.0.1';
let served: ServedSite;
let observerLog: string;

beforeAll(async () => {
  served = await serveExampleSite({
    prepare(site) {
      observerLog = join(site.root, 'observed.jsonl');
      site.edit('astro.config.mjs', "theme: './theme.css',", "theme: './theme.css',\n      leads: { provider: 'inbox', trustProxy: ['127.0.0.1'] },");
      site.edit(
        'node_modules/wegwijzer/src/inbox/server-observers.ts',
        'export const RESPONSE_OBSERVERS: ResponseObserver[] = [journeyStatsObserver];',
        `import { appendFileSync } from 'node:fs';
export const RESPONSE_OBSERVERS: ResponseObserver[] = [
  journeyStatsObserver,
  () => { throw new Error('observer failure on purpose'); },
  async () => { throw new Error('async observer failure on purpose'); },
  (request, response) => appendFileSync(process.env.WEGWIJZER_OBSERVER_LOG ?? '', JSON.stringify({ method: request.method, path: request.path, status: response.status, type: response.headers['content-type'] }) + '\\n'),
];`,
      );
    },
    env: {
      get WEGWIJZER_OBSERVER_LOG() {
        return observerLog;
      },
      // A small heap, as on a small VPS.
      NODE_OPTIONS: '--max-old-space-size=100',
    },
  });
});

afterAll(() => served?.dispose());

let counter = 0;
function lead(extra: Record<string, string> = {}): { email: string; body: string } {
  const email = `proxy${++counter}-${Date.now()}@voorbeeld.nl`;
  return { email, body: formBody({ download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email, elapsed: '6000', ...extra }) };
}
const emails = () => new Set(served.leads().map((row) => row.email));

describe('behind a trusted proxy', () => {
  it('accepts a lead through a TLS-terminating proxy, and refuses the same headers sent straight to the port', async () => {
    const proxied = { host: 'www.voorbeeldstad.nl', origin: 'https://www.voorbeeldstad.nl', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.voorbeeldstad.nl', 'x-forwarded-for': '203.0.113.1' };
    const { email, body } = lead();
    const answer = await post(served.server, body, { from: PROXY, headers: proxied });
    expect(answer.status, answer.body).toBe(303);
    expect(emails().has(email)).toBe(true);
    const direct = lead();
    expect((await post(served.server, direct.body, { from: freshAddress(), headers: proxied })).status).toBe(403);
    for (const forged of [{ origin: 'https://kwaad.example' }, { origin: 'https://kwaad.example', 'x-forwarded-host': 'kwaad.example' }, { 'x-forwarded-proto': 'http' }]) {
      expect((await post(served.server, lead().body, { from: PROXY, headers: { ...proxied, ...forged } })).status, JSON.stringify(forged)).toBe(403);
    }
    expect(emails().has(direct.email)).toBe(false);
    // The direct request is the one that warns; the proxy's never do.
    await expect.poll(() => served.server.output()).toMatch(/a request from 127\.1\.\d+\.\d+ carries forwarding headers/);
    expect(served.server.output()).not.toContain('a request from 127.0.0.1 carries');
  });

  it('gives every visitor their own bucket, whatever they put in front of the address the proxy appends', async () => {
    const visitor = '203.0.113.20';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      // nginx appends the address it saw: the left part is the visitor's own, forgeable text.
      statuses.push((await post(served.server, lead({ email: 'fout' }).body, { from: PROXY, headers: { 'x-forwarded-for': `10.9.9.${attempt}, ${visitor}` } })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const other = lead();
    expect((await post(served.server, other.body, { from: PROXY, headers: { 'x-forwarded-for': '203.0.113.21' } })).status).toBe(303);
    // The same IPv6 /64 is one visitor.
    const block = Array.from({ length: 11 }, (_, index) => `2001:db8:77:1::${index + 1}`);
    const answers = [];
    for (const address of block) answers.push((await post(served.server, lead({ email: 'fout' }).body, { from: PROXY, headers: { 'x-forwarded-for': address } })).status);
    expect(answers.at(-1)).toBe(429);
  });

  it('keys the limiter by the address the proxy appended, not by the 8 KB of text a visitor puts before it', async () => {
    // That the limiter stays bounded under 15,000 unique 8 KB keys is src/inbox/rate-limit.test.ts's;
    // here, through the real server, that the proxy path hands it short keys it can bound.
    const agent = new Agent({ keepAlive: true, maxSockets: 16, localAddress: PROXY } as ConstructorParameters<typeof Agent>[0]);
    const send = (forwarded: string) =>
      new Promise<number>((resolve, reject) => {
        const outgoing = request(
          { host: '127.0.0.1', port: served.server.port, path: '/aanvraag/', method: 'POST', agent, headers: { origin: served.server.origin, 'content-type': 'text/plain', 'x-forwarded-for': forwarded } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        outgoing.on('error', reject);
        outgoing.end('x');
      });
    const garbage = (index: number) => `${'x'.repeat(8 * 1024)}-${index}`;
    // 300 visitors, each their own /64: every post reaches the content-type check, none shares a bucket.
    const visitors = await Promise.all(Array.from({ length: 300 }, (_, index) => send(`${garbage(index)}, 2001:db8:${(index >> 8) & 0xffff}:${index & 0xff}::1`)));
    expect(visitors.filter((status) => status !== 415)).toEqual([]);
    // One visitor behind a different 8 KB prefix each time is still one bucket: the text is not the key.
    const same: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) same.push(await send(`${garbage(1000 + attempt)}, 203.0.113.99`));
    agent.destroy();
    expect(same.slice(0, 10)).toEqual(Array(10).fill(415));
    expect(same[10]).toBe(429);
    expect(served.server.child.exitCode).toBeNull();
    expect((await get(served.server, '/')).status).toBe(200);
  });
});

describe('response observers', () => {
  it('are called once per finished response, and one that fails breaks nothing', async () => {
    const marker = `/?observed=${Date.now()}`;
    expect((await get(served.server, marker)).status).toBe(200);
    expect((await get(served.server, '/brochures/schoolgids-2027.pdf')).status).toBe(200);
    expect((await post(served.server, lead().body)).status).toBe(303);
    const entries = () =>
      readFileSync(observerLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { method: string; path: string; status: number; type?: string });
    await expect.poll(() => entries().some((entry) => entry.method === 'POST' && entry.status === 303)).toBe(true);
    expect(entries().filter((entry) => entry.path === marker)).toEqual([{ method: 'GET', path: marker, status: 200, type: 'text/html; charset=utf-8' }]);
    expect(entries()).toContainEqual({ method: 'GET', path: '/brochures/schoolgids-2027.pdf', status: 200, type: 'application/pdf' });
    await expect.poll(() => served.server.output()).toContain('a response observer failed: async observer failure on purpose');
    expect(served.server.output()).toContain('a response observer failed: observer failure on purpose');
  });
});
