/**
 * The embedded inbox against the real built server: the example site is built once into a temp
 * copy and served by `node dist/server/entry.mjs` on 127.0.0.1, as `npm start` does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentTexts } from '../src/forms/consent.ts';
import type { LeadStore } from '../src/inbox/store.ts';
import { formBody, freshAddress, post, serveExampleSite, type RunningServer, type ServedSite } from './support/server.ts';
import { wegwijzer, type TempSite } from './support/site.ts';

let served: ServedSite;
let site: TempSite;
let server: RunningServer;

beforeAll(async () => {
  served = await serveExampleSite();
  ({ site, server } = served);
});

afterAll(() => served?.dispose());

const withStore = <T>(use: (store: LeadStore) => T): T => served.withStore(use);
const rows = () => served.leads();
const emails = () => new Set(rows().map((lead) => lead.email));

let counter = 0;
function lead(extra: Record<string, string> = {}): { email: string; body: string } {
  const email = `ouder${++counter}-${Date.now()}@voorbeeld.nl`;
  const values = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email, website: '', elapsed: '6000', ...extra };
  return { email: values.email, body: formBody(values) };
}

describe('the built site', () => {
  it('serves the form pages statically and loads the form script (≤ 3 KB gzipped) only where a form is', async () => {
    const withForm = await (await fetch(`${server.origin}/basisschool/aanmelden/`)).text();
    const withoutForm = await (await fetch(`${server.origin}/bus/`)).text();
    expect(withForm).toContain('action="/aanvraag/"');
    expect(withForm).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"/);
    // JSON-LD is data, not code: any other script on a page without a form is a regression.
    expect(withoutForm).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    const scripts = readdirSync(join(site.root, 'dist/client/_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(gzipSync(readFileSync(join(site.root, 'dist/client/_astro', script))).byteLength).toBeLessThanOrEqual(3 * 1024);
    expect(readdirSync(join(site.root, 'dist/client/basisschool/aanmelden'))).toContain('index.html');
  });

  it('serves thank-you pages with noindex and a working file link', async () => {
    const page = await (await fetch(`${server.origin}/bedankt/schoolgids/`)).text();
    expect(page).toContain('<meta name="robots" content="noindex"');
    const href = /<a [^>]*href="([^"]+\.pdf)"/.exec(page)?.[1];
    expect(href).toBe('/brochures/schoolgids-2027.pdf');
    const file = await fetch(`${server.origin}${href}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
  });
});

describe('POST /aanvraag/', () => {
  it('stores a valid lead with its context and answers 303 to the thank-you page', async () => {
    const before = rows().length;
    const { email, body } = lead({ name: '<script>alert("x")</script>', contact: 'ja', utm_source: 'nieuwsbrief', utm_campaign: 'aanmelden-2027' });
    const answer = await post(server, body);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/bedankt/schoolgids/');
    const stored = rows();
    expect(stored).toHaveLength(before + 1);
    const row = stored.find((candidate) => candidate.email === email);
    const shown = consentTexts({ purpose: 'We sturen u de schoolgids en vragen u later één keer wat u ervan vond.', retention: 'P12M' }, 'Gemeente Voorbeeldstad');
    expect(row).toMatchObject({
      download: 'schoolgids',
      page: '/basisschool/aanmelden/',
      persona: 'ouders',
      phase: 'beslissing',
      name: '<script>alert("x")</script>',
      contact: true,
      utmSource: 'nieuwsbrief',
      utmCampaign: 'aanmelden-2027',
      consentText: shown.processing,
      contactText: shown.contact,
    });
    expect(Date.parse(row?.expiresAt ?? '') - Date.parse(row?.receivedAt ?? '')).toBeGreaterThan(364 * 24 * 3600 * 1000);
  });

  it('takes utm_* from the Referer when a browser without JavaScript could not fill them in', async () => {
    const { email, body } = lead();
    const answer = await post(server, body, { headers: { referer: `${server.origin}/basisschool/aanmelden/?utm_source=poster&utm_medium=print` } });
    expect(answer.status).toBe(303);
    expect(rows().find((row) => row.email === email)).toMatchObject({ utmSource: 'poster', utmMedium: 'print' });
  });

  it('answers JSON to the client script', async () => {
    const { email, body } = lead();
    const answer = await post(server, body, { headers: { accept: 'application/json' } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ redirect: '/bedankt/schoolgids/' });
    expect(emails().has(email)).toBe(true);
    const invalid = await post(server, lead({ email: 'geen-adres' }).body, { headers: { accept: 'application/json' } });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toEqual({ errors: [{ field: 'email', message: expect.stringContaining('geldig e-mailadres') }] });
  });

  it('answers invalid input with an error page that keeps the (escaped) values and stores nothing', async () => {
    const before = rows().length;
    const answer = await post(server, lead({ name: '"><script>alert(1)</script>', email: 'jan@' }).body);
    expect(answer.status).toBe(400);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toMatch(/<title>Fout: /);
    expect(answer.body).toMatch(/<section class="ww-error-summary"[^>]*autofocus/);
    expect(answer.body).toMatch(/<a href="#lead-schoolgids-email"[^>]*>Vul een geldig e-mailadres in/);
    expect(answer.body).toMatch(/id="lead-schoolgids-email"[^>]*aria-describedby="lead-schoolgids-email-error"[^>]*aria-invalid="true"/);
    // The quote is escaped, so the value cannot break out of its attribute.
    expect(answer.body).toContain('value="&quot;><script>alert(1)</script>"');
    expect(answer.body).not.toContain('"><script>alert(1)');
    expect(rows()).toHaveLength(before);
  });

  const big = 'x'.repeat(17 * 1024);
  const badInputs: [string, () => { body: string; headers?: Record<string, string> }, number][] = [
    ['an invalid email', () => lead({ email: 'jan.voorbeeld.nl' }), 400],
    ['a missing email', () => lead({ email: '' }), 400],
    ['a missing required field', () => lead({ name: '' }), 400],
    ['a field the form does not define', () => lead({ phone: '0612345678' }), 400],
    ['a field sent twice', () => ({ body: `${lead().body}&name=Piet` }), 400],
    ['an unknown download id', () => lead({ download: 'bestaat-niet' }), 404],
    ['a download without a form', () => lead({ download: 'busplanner' }), 404],
    ['a body over 16 KB', () => lead({ organisation: big }), 413],
    ['a cross-origin POST', () => ({ ...lead(), headers: { origin: 'https://kwaadwillend.example' } }), 403],
    ['a cross-site POST without Origin', () => ({ ...lead(), headers: { origin: '', 'sec-fetch-site': 'cross-site' } }), 403],
    ['a JSON body', () => ({ body: JSON.stringify({ email: 'jan@voorbeeld.nl' }), headers: { 'content-type': 'application/json' } }), 415],
    ['a honeypot hit (spam looks accepted)', () => lead({ website: 'https://goedkope-pillen.example' }), 303],
    ['a too-fast submit (spam looks accepted)', () => lead({ elapsed: '300' }), 303],
  ];
  it.each(badInputs)('answers %s with its status and stores nothing', async (_name, make, status) => {
    const before = rows().length;
    const { body, headers } = make();
    const answer = await post(server, body, { headers });
    expect(answer.status).toBe(status);
    if (status === 303) expect(answer.headers.location).toBe('/bedankt/schoolgids/');
    expect(rows()).toHaveLength(before);
  });

  it('accepts a lead through a TLS-terminating reverse proxy, and still refuses other origins', async () => {
    // nginx or Caddy in front: the browser's Origin is https://<site>, the server itself speaks http.
    const proxied = { host: 'www.voorbeeldstad.nl', origin: 'https://www.voorbeeldstad.nl', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.voorbeeldstad.nl' };
    const before = rows().length;
    const { email, body } = lead();
    const answer = await post(server, body, { headers: proxied });
    expect(answer.status, answer.body).toBe(303);
    expect(emails().has(email)).toBe(true);
    for (const forged of [{ origin: 'https://kwaad.example' }, { origin: 'https://kwaad.example', 'x-forwarded-host': 'kwaad.example' }, { 'x-forwarded-proto': 'http' }]) {
      expect((await post(server, lead().body, { headers: { ...proxied, ...forged } })).status, JSON.stringify(forged)).toBe(403);
    }
    expect(rows()).toHaveLength(before + 1);
  });

  it('limits submissions per address per minute (429) without affecting other addresses', async () => {
    const before = rows().length;
    const from = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) statuses.push((await post(server, lead({ email: 'fout' }).body, { from })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
    const blocked = await post(server, lead().body, { from });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    expect(rows()).toHaveLength(before);
    expect((await post(server, lead().body)).status).toBe(303);
  });

  it('has no HTTP route that lists or exports leads', async () => {
    for (const path of ['/aanvraag/', '/aanvraag/?export=csv', '/leads/', '/data/leads.db', '/api/leads']) {
      const answer = await fetch(`${server.origin}${path}`);
      const text = await answer.text();
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(text).not.toContain('@voorbeeld.nl');
    }
  });

  it('stores 200 concurrent valid submissions, every one of them', async () => {
    const before = rows().length;
    const leads = Array.from({ length: 200 }, () => lead());
    // Five visitors per address, like a busy school gate sharing a few networks.
    const addresses = Array.from({ length: 40 }, () => freshAddress());
    const answers = await Promise.all(leads.map((item, index) => post(server, item.body, { from: addresses[index % 40] })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(200).fill(303));
    expect(rows()).toHaveLength(before + 200);
    const stored = emails();
    expect(leads.every((item) => stored.has(item.email))).toBe(true);
  });
});

describe('durability and retention', () => {
  it('keeps every acknowledged lead when the server is killed with -9 during a burst', async () => {
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async () => {
      for (let sent = 0; sent < 200 && !stop; sent++) {
        const item = lead();
        try {
          const answer = await post(server, item.body, { from: freshAddress() });
          if (answer.status === 303) acknowledged.push(item.email);
        } catch {
          // The connection died with the server: this lead was not acknowledged.
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Bounded, but generous for a loaded CI machine: every acknowledgement waits for a disk sync.
    for (let waited = 0; acknowledged.length < 150 && waited < 1200; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    await server.crash();
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    await served.restart();
    server = served.server;
    const stored = emails();
    const lost = acknowledged.filter((email) => !stored.has(email));
    expect(lost).toEqual([]);
    expect((await post(server, lead().body)).status).toBe(303);
  });

  it('purges expired leads at server start, and only those', async () => {
    const expiredEmail = 'verlopen@voorbeeld.nl';
    const keptEmail = 'bewaard@voorbeeld.nl';
    const shortenedEmail = 'termijn-ingekort@voorbeeld.nl';
    const consent = consentTexts({ purpose: 'x', retention: 'P6M' }, 'Gemeente Voorbeeldstad');
    const base = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', contact: false, utm: {} };
    withStore((store) => {
      store.insert({ ...base, fields: { email: expiredEmail } }, consent, 'P6M', new Date(Date.now() - 200 * 24 * 3600 * 1000));
      store.insert({ ...base, fields: { email: keptEmail } }, consent, 'P6M', new Date(Date.now() - 100 * 24 * 3600 * 1000));
      // Shown a longer retention than the schoolgids has now (P12M): the current, shorter one wins.
      store.insert({ ...base, fields: { email: shortenedEmail } }, consent, 'P2Y', new Date(Date.now() - 400 * 24 * 3600 * 1000));
    });
    const before = rows().length;
    await served.restart();
    server = served.server;
    // The start-up purge waits for the content collection; give it a moment.
    for (let waited = 0; emails().has(shortenedEmail) && waited < 600; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
    const after = emails();
    expect(after.has(expiredEmail)).toBe(false);
    expect(after.has(shortenedEmail)).toBe(false);
    expect(after.has(keptEmail)).toBe(true);
    expect(rows()).toHaveLength(before - 2);
  });
});

describe('npm run leads', () => {
  const leadsCli = (...args: string[]) => wegwijzer(['leads', ...args, '--root', site.root], site.root);

  it('says so when there is no store, instead of creating an empty one that looks like "no leads"', async () => {
    const missing = join(site.root, 'elders', 'leads.db');
    const result = await wegwijzer(['leads', 'export', '--db', missing], site.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No lead store at ${missing}`);
    expect(result.stdout).toBe('');
    expect(existsSync(join(site.root, 'elders'))).toBe(false);
  });

  it('purge deletes only leads past their retention', async () => {
    const consent = consentTexts({ purpose: 'x', retention: 'P1M' }, 'Gemeente Voorbeeldstad');
    const base = { download: 'veiligebuurt-handleiding', page: '/veilige-buurt/app-installeren/', persona: 'buurtbewoners', phase: 'beslissing', contact: false, utm: {} };
    const day = 24 * 3600 * 1000;
    withStore((store) => {
      store.insert({ ...base, fields: { email: 'oud@voorbeeld.nl' } }, consent, 'P1M', new Date(Date.now() - 40 * day));
      store.insert({ ...base, fields: { email: 'net-niet@voorbeeld.nl' } }, consent, 'P1M', new Date(Date.now() - 20 * day));
      store.insert({ ...base, fields: { email: 'lang-bewaard@voorbeeld.nl' } }, consent, 'P1Y', new Date(Date.now() - 40 * day));
      // The handleiding's retention is P6M now: a lead shown P1Y, 200 days ago, is past it.
      store.insert({ ...base, fields: { email: 'ingekort@voorbeeld.nl' } }, consent, 'P1Y', new Date(Date.now() - 200 * day));
    });
    const before = rows().length;
    const result = await leadsCli('purge');
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('Purged 2 lead(s)');
    const after = emails();
    expect(after.has('ingekort@voorbeeld.nl')).toBe(false);
    expect(after.has('oud@voorbeeld.nl')).toBe(false);
    expect(after.has('net-niet@voorbeeld.nl')).toBe(true);
    expect(after.has('lang-bewaard@voorbeeld.nl')).toBe(true);
    expect(rows()).toHaveLength(before - 2);
  });

  it('export writes CSV that escapes quotes, commas and newlines, and defuses formulas', async () => {
    const tricky = { email: `csv-${Date.now()}@voorbeeld.nl`, name: 'Jan "de Man", Jr.\nregel 2', organisation: '=HYPERLINK("https://kwaad.example")' };
    const answer = await post(server, lead(tricky).body);
    expect(answer.status).toBe(303);
    const result = await leadsCli('export');
    expect(result.code, result.output).toBe(0);
    const header = result.stdout.split('\r\n')[0];
    expect(header).toBe('id,received_at,expires_at,download,name,email,organisation,phone,further_contact,page,persona,phase,utm_source,utm_medium,utm_campaign,utm_term,utm_content,consent_text,contact_text');
    expect(result.stdout).toContain(`,"Jan ""de Man"", Jr.\nregel 2",${tricky.email},"'=HYPERLINK(""https://kwaad.example"")",`);
    const recordCount = rows().length;
    // Larger than a pipe's buffer, so a CLI that exits before stdout is flushed would cut it short.
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(64 * 1024);
    // One header line plus one record per lead; the embedded newline does not start a record.
    expect(result.stdout.trimEnd().split('\r\n')).toHaveLength(recordCount + 1);
  });

  it('stats counts leads per download × persona × phase', async () => {
    const result = await leadsCli('stats', '--json');
    expect(result.code, result.output).toBe(0);
    const stats = JSON.parse(result.stdout) as { download: string; persona: string; phase: string; leads: number }[];
    const expected = new Map<string, number>();
    for (const row of rows()) expected.set(`${row.download}|${row.persona}|${row.phase}`, (expected.get(`${row.download}|${row.persona}|${row.phase}`) ?? 0) + 1);
    expect(new Map(stats.map((row) => [`${row.download}|${row.persona}|${row.phase}`, row.leads]))).toEqual(expected);
  });
});
