/**
 * The process's one lead store. Relative paths resolve from the folder the server starts in
 * (the project folder with `npm start`). Expired leads are purged on opening and every hour,
 * so a server that runs for months still keeps nothing past its retention. The server never
 * waits, blocking, for a lock: its busy timeout is 0 and writers retry asynchronously. Each lead's
 * deliveries (src/delivery) are written to the outbox in the lead's own transaction.
 */
import { dirname, join, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import config from 'virtual:wegwijzer/config';
import { LeadStore } from './store.ts';
import { serverOutbox } from '../delivery/runtime.ts';
import { getOptional } from '../content/site.ts';
import { serverSecret } from './signup-token.ts';
import { addDuration } from '../forms/retention.ts';

const PURGE_EVERY_MS = 60 * 60 * 1000;
let store: LeadStore | undefined;

export function inboxStore(): LeadStore {
  if (store === undefined) {
    const leads = config.leads;
    if (leads.provider !== 'inbox') throw new Error('the lead store is only used with `leads.provider: "inbox"`');
    const opened = LeadStore.open(resolve(leads.path), '`leads.path` in wegwijzer() options', { busyTimeoutMs: 0, onCommit: serverOutbox() });
    store = opened;
    void purge(opened);
    setInterval(() => void purge(opened), PURGE_EVERY_MS).unref();
  }
  return store;
}

let secret: Buffer | undefined;

/** The secret sign-up tokens are signed with: `WEGWIJZER_SECRET`, or a file beside the lead store. */
export function signUpSecret(): Buffer {
  if (secret === undefined) {
    const leads = config.leads;
    if (leads.provider !== 'inbox') throw new Error('sign-ups are only kept with `leads.provider: "inbox"`');
    secret = serverSecret(join(dirname(resolve(leads.path)), 'signup-secret'));
  }
  return secret;
}

/** Purges with each download's current `retention` too, so shortening it takes effect. */
async function purge(opened: LeadStore): Promise<void> {
  try {
    // Downloads and events may share an id; the purge matches on the id only, so the shorter one wins.
    const retentions = new Map((await getCollection('downloads')).map((download) => [download.id, download.data.retention]));
    for (const entry of [...(await getOptional('events')), ...(await getOptional('contact'))]) retentions.set(entry.id, shorter(retentions.get(entry.id), entry.data.retention));
    const { purged, removedFromFiles } = opened.purge(new Date(), retentions);
    if (purged > 0) console.info(`[wegwijzer] purged ${purged} lead(s) past their retention`);
    if (!removedFromFiles) {
      console.warn('[wegwijzer] purge could not empty the write-ahead log: another connection holds a read transaction, so purged data may still be in the database files. The next purge (hourly, or `wegwijzer leads purge`) tries again.');
    }
  } catch (error) {
    console.error('[wegwijzer] could not purge expired leads:', error instanceof Error ? error.message : String(error));
  }
}

/** The shorter of two retentions (ISO 8601 durations); `b` when there is no `a`. */
function shorter(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  const now = new Date();
  return addDuration(now, a) <= addDuration(now, b) ? a : b;
}
