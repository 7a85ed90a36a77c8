/**
 * Store first, then forward: leads posted to the real built server (`node dist/server/entry.mjs`)
 * are delivered by e-mail from the durable outbox to a real SMTP server on 127.0.0.1 (the
 * `smtp-server` package), through an outage and a `kill -9` of the server, each exactly once.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, post, serveExampleSite, startServer, type ServedSite } from './support/server.ts';
import { startSmtpServer, type SmtpServer } from './support/smtp.ts';
import { wegwijzer } from './support/site.ts';

let smtp: SmtpServer;
let served: ServedSite;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // A short first retry, so an outage of seconds is caught up within seconds.
  env = { SMTP_URL: smtp.url, DELIVERY_RETRY_MS: '300' };
  served = await serveExampleSite({ env });
});

afterAll(async () => {
  await served?.dispose();
  await smtp?.close();
});

const database = () => join(served.site.root, 'data', 'leads.db');

/** Every delivery in the outbox: its key and state. */
function deliveries(): { key: string; state: string; destination: string }[] {
  const db = new DatabaseSync(database(), { readOnly: true });
  try {
    return db.prepare('SELECT idempotency_key AS key, state, destination FROM outbox ORDER BY id').all() as { key: string; state: string; destination: string }[];
  } finally {
    db.close();
  }
}

let counter = 0;
function lead(extra: Record<string, string> = {}): { email: string; body: string } {
  const email = `ouder${++counter}-${Date.now()}@voorbeeld.nl`;
  const values = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email, ww_leeglaten: '', elapsed: '6000', ...extra };
  return { email, body: formBody(values) };
}

/** Waits until every delivery in the outbox has been received, then checks each came exactly once. */
async function expectAllDeliveredOnce(timeoutMs: number): Promise<void> {
  await expect
    .poll(
      () => {
        const keys = new Set(smtp.received.map((message) => message.key));
        return deliveries().filter((delivery) => !keys.has(delivery.key)).length;
      },
      { timeout: timeoutMs, interval: 250 },
    )
    .toBe(0);
  const perKey = new Map<string, number>();
  for (const message of smtp.received) perKey.set(message.key, (perKey.get(message.key) ?? 0) + 1);
  expect([...perKey.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  expect(new Set(perKey.keys())).toEqual(new Set(deliveries().map((delivery) => delivery.key)));
  await expect.poll(() => deliveries().filter((delivery) => delivery.state !== 'sent'), { timeout: 5000 }).toEqual([]);
}

describe('e-mail about a lead', () => {
  it("sends the team its fields and context, and the visitor a confirmation with the download link", async () => {
    const { email, body } = lead({ contact: 'ja' });
    const answer = await post(served.server, body);
    expect(answer.status).toBe(303);
    const [id] = served.leads().filter((stored) => stored.email === email).map((stored) => stored.id);
    await expect.poll(() => smtp.received.filter((message) => message.key.startsWith(`wegwijzer.${id}.`)).length, { timeout: 15_000 }).toBe(2);
    const mine = smtp.received.filter((message) => message.key.startsWith(`wegwijzer.${id}.`));
    const team = mine.find((message) => message.key.endsWith('.team-mail'));
    const visitor = mine.find((message) => message.key.endsWith('.visitor-mail'));

    expect(team?.recipients).toEqual(['team@voorbeeldstad.nl']);
    expect(team?.mail.from?.text).toBe('noreply@voorbeeldstad.nl');
    expect(team?.mail.replyTo?.text).toBe(email);
    expect(team?.mail.subject).toBe('Nieuwe aanvraag: Schoolgids basisonderwijs Voorbeeldstad 2027');
    expect(team?.mail.messageId).toBe(`<${team?.key}@voorbeeldstad.nl>`);
    expect(team?.mail.text).toContain('Naam: Jan Jansen');
    expect(team?.mail.text).toContain(`E-mailadres: ${email}`);
    expect(team?.mail.text).toContain('Pagina: https://www.voorbeeldstad.nl/basisschool/aanmelden/');
    expect(team?.mail.text).toContain('Doelgroep: ouders');
    expect(team?.mail.text).toContain('Fase: beslissing');
    expect(team?.mail.text).toContain('Wil verder contact: ja');

    expect(visitor?.recipients).toEqual([email]);
    expect(visitor?.mail.subject).toBe('Uw download: Schoolgids basisonderwijs Voorbeeldstad 2027');
    expect(visitor?.mail.text).toContain('Beste Jan Jansen,');
    expect(visitor?.mail.text).toContain('https://www.voorbeeldstad.nl/brochures/schoolgids-2027.pdf');
    expect(visitor?.mail.html).toContain('<html lang="nl">');
    expect(visitor?.mail.html).toContain('<a href="https://www.voorbeeldstad.nl/brochures/schoolgids-2027.pdf"');
    // No personal data in the server's log.
    expect(served.server.output()).not.toContain(email);
  });
});

describe('the outbox', () => {
  it('accepts and queues 100 leads while the SMTP server is down, and delivers each exactly once when it is back', async () => {
    await smtp.stop();
    const emails: string[] = [];
    for (let index = 0; index < 100; index++) {
      const { email, body } = lead();
      emails.push(email);
      const answer = await post(served.server, body);
      expect(answer.status).toBe(303);
    }
    const stored = new Set(served.leads().map((stored) => stored.email));
    expect(emails.filter((email) => !stored.has(email))).toEqual([]);
    // The worker has tried and failed meanwhile: the CLI lists the waiting deliveries, without personal data.
    await expect.poll(() => deliveries().filter((delivery) => delivery.state === 'pending').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(200);
    const listed = await wegwijzer(['leads', 'outbox', '--db', database()], served.site.root);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/team-mail +(failed|pending)/);
    expect(listed.stdout).toMatch(/SMTP E[A-Z]+/);
    expect(listed.stdout).not.toContain('@voorbeeld.nl');

    await smtp.start();
    await expectAllDeliveredOnce(60_000);
    expect(served.server.output()).not.toMatch(/ouder\d+-\d+@voorbeeld\.nl/);
  });

  it('loses and duplicates nothing when the server is killed (-9) during a delivery', async () => {
    const held = smtp.holdNext();
    const emails: string[] = [];
    for (let index = 0; index < 20; index++) {
      const { email, body } = lead();
      emails.push(email);
      expect((await post(served.server, body)).status).toBe(303);
    }
    await held;
    await served.server.crash();
    // The message in progress was never answered: the mail server does not deliver it.
    smtp.release();
    expect(deliveries().filter((delivery) => delivery.state === 'sending').length).toBe(1);

    served.server = await startServer(served.site.root, undefined, env);
    const stored = new Set(served.leads().map((stored) => stored.email));
    expect(emails.filter((email) => !stored.has(email))).toEqual([]);
    await expectAllDeliveredOnce(60_000);
  });
});
