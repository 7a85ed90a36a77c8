import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeadStore } from '../inbox/store.ts';
import { DEFAULT_RETRY, Outbox } from '../delivery/outbox.ts';
import { run } from './leads.ts';

const consent = { processing: 'Wij bewaren uw gegevens 12 maanden.', contact: 'Ik wil later een vraag krijgen.', contactLabel: '', contactHint: '' };
const lead = { kind: 'download' as const, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { name: 'Jan', email: 'jan@voorbeeld.nl' }, contact: false, utm: {} };

let folder: string;
let path: string;
let printed: string[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'wegwijzer-cli-outbox-'));
  path = join(folder, 'leads.db');
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
  // One dead delivery (refused for good) and one waiting after a failed attempt.
  const outbox = new Outbox(() => ['team-mail', 'visitor-mail'], { policy: { ...DEFAULT_RETRY, firstDelayMs: 60_000 } });
  const store = new LeadStore(path, { onCommit: outbox });
  store.insert(lead, consent, 'P12M');
  const team = outbox.claim(['team-mail']);
  outbox.markFailed(team?.id ?? 0, 'SMTP 550 (EENVELOPE)', { permanent: true });
  const visitor = outbox.claim(['visitor-mail']);
  outbox.markFailed(visitor?.id ?? 0, 'SMTP ESOCKET');
  store.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

describe('wegwijzer leads outbox and retry', () => {
  it('lists the deliveries not sent, dead and failed, with their last error and no personal data', async () => {
    expect(await run(['outbox', '--db', path])).toBe(0);
    const output = printed.join('\n');
    expect(output).toMatch(/1 +1 +team-mail +dead +1 +SMTP 550 \(EENVELOPE\)/);
    expect(output).toMatch(/2 +1 +visitor-mail +failed +1 +\S+Z +SMTP ESOCKET/);
    expect(output).toContain('2 delivery(ies) not sent, 1 dead: `leads retry --dead` sends them again.');
    expect(output).not.toContain('jan@voorbeeld.nl');
  });

  it('makes one delivery or every dead one due now, and says when there is nothing to retry', async () => {
    expect(await run(['retry', '--dead', '--db', path])).toBe(0);
    expect(await run(['retry', '2', '--db', path])).toBe(0);
    printed.length = 0;
    await run(['outbox', '--db', path, '--json']);
    const listed = JSON.parse(printed.join('\n')) as { id: number; state: string; attempts: number; nextAttemptAt: string }[];
    expect(listed.map((delivery) => [delivery.id, delivery.state, delivery.attempts])).toEqual([
      [1, 'pending', 0],
      [2, 'pending', 0],
    ]);
    expect(listed.every((delivery) => Date.parse(delivery.nextAttemptAt) <= Date.now())).toBe(true);
    expect(await run(['retry', '9', '--db', path])).toBe(1);
    expect(await run(['retry', '--db', path])).toBe(2);
    expect(await run(['retry', '1', '--dead', '--db', path])).toBe(2);
  });
});
