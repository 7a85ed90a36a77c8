/**
 * The embedded inbox against the real built server: the example site is built once into a temp
 * copy and served by `node dist/server/entry.mjs` on 127.0.0.1, as `npm start` does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentTexts } from '../src/forms/consent.ts';
import type { LeadStore } from '../src/inbox/store.ts';
import { parse } from 'csv-parse/sync';
import { formBody, freshAddress, get, holdDatabase, post, serveExampleSite, type RunningServer, type ServedSite } from './support/server.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
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

/** Where a lead from the schoolgids form on /basisschool/aanmelden/ ends: that page's own thank-you page. */
const THANK_YOU = '/bedankt/schoolgids/basisschool/aanmelden/';

let counter = 0;
function lead(extra: Record<string, string> = {}): { email: string; body: string } {
  const email = `ouder${++counter}-${Date.now()}@voorbeeld.nl`;
  const values = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email, ww_leeglaten: '', elapsed: '6000', ...extra };
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

  it('keeps the content pages out of the server bundle: the inbox endpoint renders none of them', () => {
    // Compiled MDX defines `MDXContent`; a second compilation of every page for the server made
    // builds a third slower (see src/integration/server-bundle.ts). The endpoint still answers below.
    const serverFiles = readdirSync(join(site.root, 'dist/server'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const withPages = serverFiles.filter((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('MDXContent')).map((entry) => entry.name);
    expect(withPages).toEqual([]);
    expect(serverFiles.some((entry) => entry.name.startsWith('endpoint'))).toBe(true);
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
    expect(answer.headers.location).toBe(THANK_YOU);
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

  it('sends a lead to the thank-you page of the page it came from, with that journey’s next step', async () => {
    // The VeiligeBuurt handleiding is offered to buurtbewoners (app-installeren) and to ouders (a card on open-dagen).
    const sources = [
      { page: '/veilige-buurt/app-installeren/', persona: 'buurtbewoners', phase: 'beslissing', next: '/basisschool/na-aanmelden/' },
      { page: '/basisschool/open-dagen/', persona: 'ouders', phase: 'overweging', next: '/basisschool/aanmelden/' },
    ];
    for (const { next, ...context } of sources) {
      const { email, body } = lead({ download: 'veiligebuurt-handleiding', ...context });
      const answer = await post(server, body);
      expect(answer.status, answer.body).toBe(303);
      const thankYou = `/bedankt/veiligebuurt-handleiding${context.page}`;
      expect(answer.headers.location).toBe(thankYou);
      expect(rows().find((row) => row.email === email)).toMatchObject(context);
      const page = await get(server, thankYou);
      expect(page.status).toBe(200);
      expect(load(page.body)('#volgende-stap a.wegwijzer-button').attr('href')).toBe(next);
    }
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
    expect(JSON.parse(answer.body)).toEqual({ redirect: THANK_YOU });
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
    ['a NUL in a field', () => lead({ name: 'Jan\u0000Jansen' }), 400],
    ['a BEL in a field', () => lead({ organisation: 'Bel\u0007' }), 400],
    ['a zero-width space in the email', () => lead({ email: `jan\u200b${Date.now()}@voorbeeld.nl` }), 400],
    ['a right-to-left override', () => lead({ name: 'Jan \u202enesnaJ' }), 400],
    ['a control character in a hidden field', () => lead({ utm_source: 'nieuws\u0000brief' }), 400],
    ['an email with a display name', () => lead({ email: 'Jan <jan@voorbeeld.nl>' }), 400],
    ['an email in angle brackets', () => lead({ email: '<x@voorbeeld.nl>' }), 400],
    ['an email with a 65-character local part', () => lead({ email: `${'a'.repeat(65)}@voorbeeld.nl` }), 400],
    ['a download the page does not offer', () => lead({ download: 'veiligebuurt-handleiding' }), 400],
    ['a persona that is not the page\'s', () => lead({ persona: 'reizigers' }), 400],
    ['a phase that is not the page\'s', () => lead({ phase: 'orientatie' }), 400],
    ['a persona the site does not have', () => lead({ persona: 'onbekend' }), 400],
    ['a page on another host', () => lead({ page: '//evil.example/x' }), 400],
    ['a page the site does not have', () => lead({ page: '/bestaat-niet/' }), 400],
  ];
  it.each(badInputs)('answers %s with its status and stores nothing', async (_name, make, status) => {
    const before = rows().length;
    const quarantined = withStore((store) => store.quarantineCount());
    const { body, headers } = make();
    const answer = await post(server, body, { headers });
    expect(answer.status).toBe(status);
    expect(rows()).toHaveLength(before);
    expect(withStore((store) => store.quarantineCount())).toBe(quarantined);
  });

  it('ignores forwarding headers from an address that is not a trusted proxy, and warns once', async () => {
    // Without `leads.trustProxy`, X-Forwarded-Proto cannot make http look like https: a forged origin stays forged.
    const proxied = { host: 'www.voorbeeldstad.nl', origin: 'https://www.voorbeeldstad.nl', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.voorbeeldstad.nl', 'x-forwarded-for': '203.0.113.9' };
    const before = rows().length;
    expect((await post(server, lead().body, { headers: proxied })).status).toBe(403);
    expect(rows()).toHaveLength(before);
    expect((await post(server, lead().body, { headers: proxied })).status).toBe(403);
    // The server's log arrives through a pipe, a little after the answer.
    await expect.poll(() => server.output()).toContain('carries forwarding headers (X-Forwarded-For and alike), but that address is not a trusted proxy');
    expect(server.output().match(/is not a trusted proxy/g)).toHaveLength(1);
  });

  it('cannot be fooled by X-Forwarded-For straight to the port: rotating does not bypass, forging does not lock out', async () => {
    const attacker = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push((await post(server, lead({ email: 'fout' }).body, { from: attacker, headers: { 'x-forwarded-for': `198.51.100.${attempt + 1}` } })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The victim's address in the header locks out nobody but the sender.
    const victim = freshAddress();
    for (let attempt = 0; attempt < 5; attempt++) await post(server, lead({ email: 'fout' }).body, { from: freshAddress(), headers: { 'x-forwarded-for': victim } });
    const { email, body } = lead();
    expect((await post(server, body, { from: victim })).status).toBe(303);
    expect(emails().has(email)).toBe(true);
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
    const base = { kind: 'download' as const, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', contact: false, utm: {} };
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
    const base = { kind: 'download' as const, download: 'veiligebuurt-handleiding', page: '/veilige-buurt/app-installeren/', persona: 'buurtbewoners', phase: 'beslissing', contact: false, utm: {} };
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

  it('export writes CSV with every field quoted, that escapes quotes, commas and newlines, and defuses formulas', async () => {
    const tricky = { email: `csv-${Date.now()}@voorbeeld.nl`, name: 'Jan "de Man", Jr.', organisation: '=HYPERLINK("https://kwaad.example")' };
    const answer = await post(server, lead(tricky).body);
    expect(answer.status).toBe(303);
    // A newline cannot come through the form (a control character); an older row may still hold one.
    withStore((store) => store.insert({ kind: 'download', download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { email: 'regels@voorbeeld.nl', name: 'regel 1\nregel 2' }, contact: false, utm: {} }, consentTexts({ purpose: 'x', retention: 'P12M' }, 'Gemeente Voorbeeldstad'), 'P12M'));
    const result = await leadsCli('export');
    expect(result.code, result.output).toBe(0);
    const header = result.stdout.split('\r\n')[0];
    expect(header).toBe('"id","received_at","expires_at","kind","download","status","people","name","email","organisation","phone","channel","day_part","further_contact","page","persona","phase","utm_source","utm_medium","utm_campaign","utm_term","utm_content","consent_text","contact_text"');
    expect(result.stdout).toContain(`,"Jan ""de Man"", Jr.","${tricky.email}","'=HYPERLINK(""https://kwaad.example"")","",`);
    expect(result.stdout).toContain(',"regel 1\nregel 2","regels@voorbeeld.nl",');
    const recordCount = rows().length;
    // Larger than a pipe's buffer, so a CLI that exits before stdout is flushed would cut it short.
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(64 * 1024);
    const records = parse(result.stdout, { relax_column_count: false }) as string[][];
    expect(records).toHaveLength(recordCount + 1);
  });

  it('export --delimiter ";" --bom opens in Dutch Excel without a bare formula cell', async () => {
    const email = `puntkomma-${Date.now()}@voorbeeld.nl`;
    expect((await post(server, lead({ email, organisation: 'semi;=1+1;x', name: '+31 formule' }).body)).status).toBe(303);
    const result = await leadsCli('export', '--delimiter', ';', '--bom');
    expect(result.code, result.output).toBe(0);
    expect(result.stdout.startsWith('\ufeff"id";"received_at";')).toBe(true);
    const records = parse(result.stdout, { delimiter: ';', bom: true }) as string[][];
    const cells = records.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const row = records.find((record) => record.includes(email));
    expect(row).toContain('semi;=1+1;x');
    expect(row).toContain("'+31 formule");
    // Every field is quoted, so a spreadsheet keeps `semi;=1+1;x` in one cell whatever separator it assumes.
    expect(result.stdout).toContain(';"semi;=1+1;x";');
  });

  it('stats counts leads per download × persona × phase, and those in quarantine', async () => {
    const result = await leadsCli('stats', '--json');
    expect(result.code, result.output).toBe(0);
    const { leads: stats, quarantined } = JSON.parse(result.stdout) as { leads: { download: string; persona: string; phase: string; leads: number }[]; quarantined: number };
    expect(quarantined).toBe(withStore((store) => store.quarantineCount()));
    const expected = new Map<string, number>();
    for (const row of rows()) expected.set(`${row.download}|${row.persona}|${row.phase}`, (expected.get(`${row.download}|${row.persona}|${row.phase}`) ?? 0) + 1);
    expect(new Map(stats.map((row) => [`${row.download}|${row.persona}|${row.phase}`, row.leads]))).toEqual(expected);
  });
});

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'strict-transport-security'];

describe('security headers', () => {
  it('are on every response: pages, files, redirects, the 404 page and every answer of the endpoint', async () => {
    const script = readdirSync(join(site.root, 'dist/client/_astro')).find((file) => file.endsWith('.js'));
    const answers = {
      home: await get(server, '/'),
      page: await get(server, '/basisschool/aanmelden/'),
      'page (HEAD)': await get(server, '/bus/', { method: 'HEAD' }),
      'no trailing slash': await get(server, '/bus'),
      pdf: await get(server, '/brochures/schoolgids-2027.pdf'),
      script: await get(server, `/_astro/${script}`),
      'robots.txt': await get(server, '/robots.txt'),
      'security.txt': await get(server, '/.well-known/security.txt'),
      'not found': await get(server, '/bestaat-niet/'),
      'bad URL': await get(server, '/%E0%A4%A/'),
      'GET endpoint': await get(server, '/aanvraag/'),
      'stored lead': await post(server, lead().body),
      'JSON answer': await post(server, lead().body, { headers: { accept: 'application/json' } }),
      'error page': await post(server, lead({ email: 'fout' }).body),
      'cross-origin': await post(server, lead().body, { headers: { origin: 'https://kwaad.example' } }),
      'wrong type': await post(server, '{}', { headers: { 'content-type': 'application/json' } }),
    };
    expect(answers['no trailing slash'].status).toBe(301);
    expect(answers['not found'].status).toBe(404);
    for (const [what, answer] of Object.entries(answers)) {
      for (const header of SECURITY_HEADERS) expect(answer.headers[header], `${what}: ${header}`).toBeDefined();
      expect(answer.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
      expect(answer.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
    }
    // Pages allow their own scripts and styles by hash; nothing else gets more than 'none'.
    for (const what of ['home', 'page', 'not found', 'error page'] as const) {
      expect(answers[what].headers['content-security-policy'], what).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
      expect(answers[what].headers['content-security-policy'], what).not.toContain('unsafe-inline');
      expect(answers[what].headers['content-security-policy'], what).not.toContain('youtube');
    }
    expect(answers.pdf.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answers.home.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('lets the form and the video work in Chromium, allowing the player only on the video page', async () => {
    if (skipWithoutChromium('CSP browser check')) return;
    const videoPage = await get(server, '/veilige-buurt/ervaringen/');
    expect(videoPage.body).toContain('data-video-id');
    expect(videoPage.headers['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      // No request leaves the machine: the player's URL is answered here.
      await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>speler</p>' }));
      await page.goto(`${server.origin}/veilige-buurt/ervaringen/`);
      const play = page.locator('button[data-video-id]');
      await play.waitFor({ state: 'visible' });
      await play.click();
      await expect.poll(() => page.locator('iframe').getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
      await page.goto(`${server.origin}/basisschool/aanmelden/`);
      await page.locator('[data-submit]').waitFor({ state: 'visible' });
      await page.fill('#lead-schoolgids-name', 'Jan Jansen');
      await page.fill('#lead-schoolgids-email', 'geen-adres');
      await page.click('[data-submit]');
      await expect.poll(() => page.locator('[data-error-summary]').isVisible()).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('error pages have the right status text and an HTML type with charset', async () => {
    const invalid = await post(server, lead({ email: 'fout' }).body);
    expect([invalid.status, invalid.statusText, invalid.headers['content-type']]).toEqual([400, 'Bad Request', 'text/html; charset=utf-8']);
    const missing = await get(server, '/bestaat-niet/');
    expect([missing.status, missing.statusText, missing.headers['content-type']]).toEqual([404, 'Not Found', 'text/html; charset=utf-8']);
    expect(missing.body).toContain('<title>');
  });
});

describe('a database lock held by another process', () => {
  it('answers 503 with the input kept within a short bound, while other requests stay fast', async () => {
    const held = await holdDatabase(join(site.root, 'data', 'leads.db'), 'write');
    try {
      const started = Date.now();
      const posts = Array.from({ length: 5 }, (_, index) => {
        const item = lead({ name: `Wachtende ${index}` });
        return post(server, item.body).then((answer) => ({ ...answer, ms: Date.now() - started, email: item.email }));
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const pageStarted = Date.now();
      const home = await get(server, '/');
      const pageMs = Date.now() - pageStarted;
      const answers = await Promise.all(posts);
      expect(home.status).toBe(200);
      // Before: every post blocked the event loop for 5 s and a page waited for all of them.
      expect(pageMs).toBeLessThan(1000);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.statusText).toBe('Service Unavailable');
        expect(answer.ms).toBeLessThan(4000);
        expect(answer.body).toContain(`value="${answer.email}"`);
      }
    } finally {
      await held.release();
    }
    expect((await post(server, lead().body)).status).toBe(303);
  });
});

describe('quarantine', () => {
  const leadsCli = (...args: string[]) => wegwijzer(['leads', ...args, '--root', site.root], site.root);

  it('keeps a fast or honeypot submission apart, out of the export, counted by stats, and releases one on request', async () => {
    const fast = lead({ elapsed: '120' });
    const honeypot = lead({ ww_leeglaten: 'https://goedkope-pillen.example' });
    const legacy = lead({ website: 'https://www.voorbeeld.nl' });
    for (const item of [fast, honeypot, legacy]) {
      const answer = await post(server, item.body);
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe(THANK_YOU);
      expect(emails().has(item.email)).toBe(false);
    }
    const quarantined = withStore((store) => store.quarantined());
    const reasons = new Map(quarantined.map((row) => [row.email, row.reason]));
    expect([fast, honeypot, legacy].map((item) => reasons.get(item.email))).toEqual(['too-fast', 'honeypot', 'honeypot']);

    const stats = await leadsCli('stats');
    expect(stats.stdout).toContain(`${quarantined.length} submissions in quarantine`);
    const exported = await leadsCli('export');
    expect(exported.stdout).not.toContain(fast.email);
    const listed = await leadsCli('export', '--quarantine');
    expect(listed.code, listed.output).toBe(0);
    const records = parse(listed.stdout, { columns: true }) as Record<string, string>[];
    const row = records.find((record) => record.email === fast.email);
    expect(row).toMatchObject({ reason: 'too-fast', download: 'schoolgids', persona: 'ouders' });

    const released = await leadsCli('release', row?.id ?? '');
    expect(released.code, released.output).toBe(0);
    expect(released.stdout).toMatch(/^Released quarantined submission \d+: it is lead \d+ now\./);
    expect(emails().has(fast.email)).toBe(true);
    expect(withStore((store) => store.quarantined().some((candidate) => candidate.email === fast.email))).toBe(false);
    const again = await leadsCli('release', row?.id ?? '');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`No quarantined submission with id ${row?.id}`);
  });

  it('gives the honeypot a name and marks that password managers skip', async () => {
    const page = (await get(server, '/basisschool/aanmelden/')).body;
    const trap = /<input[^>]*name="ww_leeglaten"[^>]*>/.exec(page)?.[0] ?? '';
    expect(trap).toContain('data-1p-ignore');
    expect(trap).toContain('data-lpignore="true"');
    expect(trap).toContain('data-bwignore');
    expect(trap).toContain('autocomplete="off"');
    expect(page).not.toContain('name="website"');
  });
});

describe('purge with another program reading', () => {
  const leadsCli = (...args: string[]) => wegwijzer(['leads', ...args, '--root', site.root], site.root);

  it('exits non-zero while the data stays in the files, and removes it from all files once the reader is gone', async () => {
    const path = join(site.root, 'data', 'leads.db');
    const secret = `verlopen-geheim-${Date.now()}@voorbeeld.nl`;
    const consent = consentTexts({ purpose: 'x', retention: 'P1M' }, 'Gemeente Voorbeeldstad');
    withStore((store) => store.insert({ kind: 'download', download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { email: secret }, contact: false, utm: {} }, consent, 'P1M', new Date(Date.now() - 40 * 24 * 3600 * 1000)));
    const inFiles = () => [path, `${path}-wal`].filter(existsSync).some((file) => readFileSync(file, 'latin1').includes(secret));
    expect(inFiles()).toBe(true);
    const reader = await holdDatabase(path, 'read');
    let blocked;
    try {
      blocked = await leadsCli('purge');
    } finally {
      await reader.release();
    }
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.stderr).toContain('could not remove old data');
    expect(blocked.stdout).not.toContain('Purged');
    expect(emails().has(secret)).toBe(false);
    const done = await leadsCli('purge');
    expect(done.code, done.output).toBe(0);
    expect(done.stdout).toContain('Purged 0 lead(s)');
    expect(inFiles()).toBe(false);
  });
});
