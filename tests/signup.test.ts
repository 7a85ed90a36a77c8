/**
 * Event sign-ups against the real built server (the fixture's information evening has 3 places):
 * seats counted in the store under concurrent posts, the waiting list, the personal page with the
 * signed cancel token, the deadline, the export and the attendees list, and the gate's check of
 * references to events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, get, post, send, serveExampleSite, type ServedSite } from './support/server.ts';
import { copyFixtureSite, wegwijzer } from './support/site.ts';

let served: ServedSite;
beforeAll(async () => {
  served = await serveExampleSite();
});
afterAll(() => served?.dispose());

const PAGE = '/basisschool/open-dagen/';
const context = { page: PAGE, persona: 'ouders', phase: 'overweging', ww_leeglaten: '', elapsed: '6000' };
const signUp = (email: string, extra: Record<string, string> = {}) => formBody({ event: 'informatieavond', ...context, name: 'Ouder', email, people: '1', ...extra });
const statusOf = (email: string) => served.leads().find((lead) => lead.email === email)?.status;
/** The sign-up page a post ended on, with what it says. */
async function ownPage(path: string) {
  const answer = await get(served.server, path);
  const $ = load(answer.body);
  return { status: answer.status, headers: answer.headers, state: $('[data-sign-up-status]').attr('data-sign-up-status'), $ };
}
const cancel = (path: string, headers: Record<string, string> = {}) =>
  send(served.server, path, { method: 'POST', body: 'annuleren=ja', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: served.server.origin, ...headers } });

describe('event sign-up', () => {
  const emails = Array.from({ length: 8 }, (_, index) => `ouder${index + 1}@voorbeeld.nl`);
  const pages = new Map<string, string>();

  it('confirms exactly the capacity of 8 parallel sign-ups and puts the other 5 on the waiting list, each told which', async () => {
    const answers = await Promise.all(emails.map((email) => post(served.server, signUp(email))));
    for (const [index, answer] of answers.entries()) {
      expect(answer.status, answer.body).toBe(303);
      const location = String(answer.headers.location);
      expect(location).toMatch(/^\/aanmelding\/[1-9][0-9]*\.[A-Za-z0-9_-]{43}\/$/);
      pages.set(emails[index] ?? '', location);
    }
    const statuses = served.withStore((store) => store.attendees('informatieavond').map((row) => row.status));
    expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(3);
    expect(statuses.filter((status) => status === 'waiting')).toHaveLength(5);
    for (const email of emails) {
      const page = await ownPage(pages.get(email) ?? '');
      expect(page.status).toBe(200);
      expect(page.state, email).toBe(statusOf(email));
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['referrer-policy']).toBe('strict-origin');
      expect(page.headers['content-security-policy']).toContain("form-action 'self'");
      expect(page.$('h1').text()).toBe(statusOf(email) === 'confirmed' ? 'U bent aangemeld' : 'U staat op de wachtlijst');
      // The calendar file of the event, and the journey's next step.
      const ics = page.$('a[href$=".ics"]').attr('href') ?? '';
      expect(ics).toMatch(/^\/agenda\/.+\.ics$/);
      expect((await get(served.server, ics)).body).toContain('SUMMARY:Informatieavond voor ouders van kleuters');
      expect(page.$('#volgende-stap a').attr('href')).toBe('/basisschool/aanmelden/');
    }
  });

  it('cancels through the personal link, which frees the seat for the first on the waiting list; a replay changes nothing', async () => {
    const confirmed = emails.filter((email) => statusOf(email) === 'confirmed');
    const firstWaiting = served.withStore((store) => store.attendees('informatieavond').find((row) => row.status === 'waiting')?.email ?? '');
    const path = pages.get(confirmed[0] ?? '') ?? '';
    const answer = await cancel(path);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(path);
    expect(statusOf(confirmed[0] ?? '')).toBe('cancelled');
    expect(statusOf(firstWaiting)).toBe('confirmed');
    expect((await ownPage(path)).state).toBe('cancelled');
    expect((await ownPage(pages.get(firstWaiting) ?? '')).state).toBe('confirmed');
    const before = served.withStore((store) => store.attendees('informatieavond').map((row) => row.status));
    expect((await cancel(path)).status).toBe(303);
    expect(served.withStore((store) => store.attendees('informatieavond').map((row) => row.status))).toEqual(before);
    expect(before.filter((status) => status === 'confirmed')).toHaveLength(3);
  });

  it('does nothing with a forged token, another sign-up’s id under a valid mac, or a post from another site', async () => {
    const before = served.withStore((store) => store.attendees('informatieavond').map((row) => `${row.id}:${row.status}`));
    const confirmed = emails.find((email) => statusOf(email) === 'confirmed') ?? '';
    const path = pages.get(confirmed) ?? '';
    const [id = '', mac = ''] = path.slice('/aanmelding/'.length, -1).split('.');
    const other = served.withStore((store) => store.attendees('informatieavond').find((row) => row.status === 'confirmed' && row.email !== confirmed)?.id);
    const forged = [
      `/aanmelding/${other}.${mac}/`,
      `/aanmelding/${id}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}/`,
      `/aanmelding/${id}.${'A'.repeat(43)}/`,
      `/aanmelding/${id}/`,
    ];
    for (const target of forged) {
      expect((await cancel(target)).status, target).toBe(404);
      const page = await ownPage(target);
      expect(page.status, target).toBe(404);
      expect(page.state).toBe('unknown');
    }
    expect((await cancel(path, { origin: 'https://kwaad.example' })).status).toBe(403);
    expect(served.withStore((store) => store.attendees('informatieavond').map((row) => `${row.id}:${row.status}`))).toEqual(before);
  });

  it('refuses a sign-up after the deadline with a Dutch message', async () => {
    const before = served.leads().length;
    const answer = await post(served.server, formBody({ event: 'kennismaking', ...context, name: 'Laat', email: 'laat@voorbeeld.nl' }));
    expect(answer.status).toBe(409);
    expect(answer.body).toBe('Aanmelden kan niet meer: de aanmeldtermijn is voorbij.');
    const json = await post(served.server, formBody({ event: 'kennismaking', ...context, name: 'Laat', email: 'laat@voorbeeld.nl' }), { headers: { accept: 'application/json' } });
    expect(JSON.parse(json.body)).toEqual({ message: 'Aanmelden kan niet meer: de aanmeldtermijn is voorbij.' });
    expect(served.leads().length).toBe(before);
    const $ = load((await get(served.server, PAGE)).body);
    expect($('[data-sign-up="informatieavond"] form[action="/aanvraag/"] input[name="event"]').attr('value')).toBe('informatieavond');
  });

  it('gives the form back with the errors for a wrong number of people, without JavaScript', async () => {
    const answer = await post(served.server, signUp('veel@voorbeeld.nl', { people: '40' }));
    expect(answer.status).toBe(400);
    const $ = load(answer.body);
    expect($('.ww-error-summary a').text()).toBe('Vul een aantal in van 1 tot en met 10.');
    expect($('input[name="people"]').attr('value')).toBe('40');
    expect(statusOf('veel@voorbeeld.nl')).toBeUndefined();
  });

  it('stores a contact request with the chosen channel and ends on its thank-you page, which says what happens next', async () => {
    const request = { contact_request: 'terugbellen', page: '/veilige-buurt/ervaringen/', persona: 'buurtbewoners', phase: 'overweging', ww_leeglaten: '', elapsed: '6000', name: 'Buur', email: 'bel-mij@voorbeeld.nl', phone: '06 12345678', channel: 'phone', dayPart: 'evening' };
    const answer = await post(served.server, formBody(request));
    expect(answer.status, answer.body).toBe(303);
    expect(answer.headers.location).toBe('/bedankt/terugbellen/veilige-buurt/ervaringen/');
    expect(served.leads().find((lead) => lead.email === 'bel-mij@voorbeeld.nl')).toMatchObject({ kind: 'contact', download: 'terugbellen', channel: 'phone', dayPart: 'evening', phone: '06 12345678', status: '' });
    const $ = load((await get(served.server, String(answer.headers.location))).body);
    expect($('h1').text()).toBe('Bedankt, we nemen contact met u op');
    expect($('[data-next]').text()).toBe('We bellen of mailen u binnen twee werkdagen, op het moment dat u koos.');
    expect($('#volgende-stap a').attr('href')).toBe('/veilige-buurt/app-installeren/');

    // A channel the request does not offer, or none: the form back, with the choice to make.
    const wrong = await post(served.server, formBody({ ...request, email: 'fax@voorbeeld.nl', channel: 'fax' }));
    expect(wrong.status).toBe(400);
    expect(load(wrong.body)('.ww-error-summary a').text()).toBe('Kies een van de mogelijkheden.');
    const none = await post(served.server, formBody({ ...request, email: 'geen@voorbeeld.nl', channel: '' }));
    const form = load(none.body);
    expect(form('.ww-error-summary a').attr('href')).toBe('#contact-terugbellen-channel');
    expect(form('fieldset legend').first().text().trim()).toBe('Hoe wilt u contact?');
    expect(form('#contact-terugbellen-channel').attr('type')).toBe('radio');
    expect(served.leads().filter((lead) => lead.email === 'fax@voorbeeld.nl' || lead.email === 'geen@voorbeeld.nl')).toEqual([]);
  });

  it('lists every kind in leads export with kind and status, and the attendees of one event', async () => {
    expect((await post(served.server, formBody({ download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Gids', email: 'gids@voorbeeld.nl', ww_leeglaten: '', elapsed: '6000' }))).status).toBe(303);
    const root = served.site.root;
    const exported = await wegwijzer(['leads', 'export', '--root', root], root);
    expect(exported.code, exported.output).toBe(0);
    const records = parse(exported.stdout, { columns: true }) as Record<string, string>[];
    expect(records.find((row) => row.email === 'gids@voorbeeld.nl')).toMatchObject({ kind: 'download', download: 'schoolgids', status: '', people: '' });
    expect(new Set(records.filter((row) => row.kind === 'event').map((row) => row.status))).toEqual(new Set(['confirmed', 'waiting', 'cancelled']));
    expect(records.find((row) => row.email === 'bel-mij@voorbeeld.nl')).toMatchObject({ kind: 'contact', download: 'terugbellen', status: '', channel: 'phone', day_part: 'evening' });

    const output = join(root, 'aanmeldingen.csv');
    const attendees = await wegwijzer(['leads', 'attendees', 'informatieavond', '--output', output, '--root', root], root);
    expect(attendees.code, attendees.output).toBe(0);
    expect(attendees.stdout).toContain('Wrote 8 sign-up(s) of informatieavond to');
    expect(attendees.stdout).toContain('3 confirmed, 4 waiting, 1 cancelled');
    const list = parse(readFileSync(output, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(list[0] ?? {})).toEqual(['id', 'received_at', 'status', 'people', 'name', 'email', 'organisation', 'phone', 'page']);
    expect(list.map((row) => row.email).sort()).toEqual([...emails].sort());

    const unknown = await wegwijzer(['leads', 'attendees', 'informatie-avond', '--root', root], root);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No event `informatie-avond` in content/events/. Did you mean `informatieavond`?');
  });
});

describe('the gate, events and contact requests', () => {
  it('reports a CTA or a SignUp naming an unknown event or contact request, with the closest id', async () => {
    const site = copyFixtureSite();
    try {
      site.edit('content/pages/basisschool/open-dagen.mdx', '<SignUp id="informatieavond" />', '<SignUp id="informatie-avond" />\n\n<SignUp id="kennismaking" />');
      site.edit('content/pages/basisschool/kiezen.mdx', '  href: /basisschool/open-dagen/', '  event: infoavond');
      site.edit('content/pages/veilige-buurt/ervaringen.mdx', '  href: /veilige-buurt/app-installeren/', '  contact: terugbelen');
      const result = await wegwijzer(['check'], site.root);
      expect(result.code).toBe(1);
      expect(result.output).toContain('`<SignUp id="informatie-avond">` names no event of this site');
      expect(result.output).toContain('unknown event `infoavond`');
      expect(result.output).toContain('Did you mean `informatieavond`? Known events: informatieavond, kennismaking. An event is a file content/events/<id>.yaml.');
      // The closed sign-up of the fixture is a warning at the SignUp's place, not a problem.
      expect(result.output).toContain('content/pages/basisschool/open-dagen.mdx, line 29, column 1\n  offers the event `kennismaking`, whose sign-up has closed (2026-01-01T12:00)');
      // With its SignUp misspelt, no page offers the open event: nobody could sign up.
      expect(result.output).toContain('content/events/informatieavond.yaml\n  no page offers the event `informatieavond`, so nobody can sign up for it');
      expect(result.output).toContain('Event check: 2 warnings in 2 files');
      expect(result.output).toContain('unknown contact request `terugbelen`');
      expect(result.output).toContain('Did you mean `terugbellen`? Known contact requests: terugbellen. A contact request is a file content/contact/<id>.yaml.');
    } finally {
      site.dispose();
    }
  });
});
