/**
 * The process's one lead store. Relative paths resolve from the folder the server starts in
 * (the project folder with `npm start`). Expired leads are purged on opening and every hour,
 * so a server that runs for months still keeps nothing past its retention.
 */
import { resolve } from 'node:path';
import config from 'virtual:wegwijzer/config';
import { LeadStore } from './store.ts';

const PURGE_EVERY_MS = 60 * 60 * 1000;
let store: LeadStore | undefined;

export function inboxStore(): LeadStore {
  if (store === undefined) {
    const leads = config.leads;
    if (leads.provider !== 'inbox') throw new Error('the lead store is only used with `leads.provider: "inbox"`');
    const opened = LeadStore.open(resolve(leads.path), '`leads.path` in wegwijzer() options');
    store = opened;
    purge(opened);
    setInterval(() => purge(opened), PURGE_EVERY_MS).unref();
  }
  return store;
}

function purge(opened: LeadStore): void {
  const purged = opened.purge();
  if (purged > 0) console.info(`[wegwijzer] purged ${purged} lead(s) past their retention`);
}
