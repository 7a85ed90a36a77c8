/**
 * The outbox and its worker in the running server: the outbox is handed to the lead store (so each
 * lead's deliveries are written in its transaction), the worker starts with the server and stops
 * with it. E-mail (`leads.notify`) goes to the SMTP server in `SMTP_URL`; `leads.forward` to its services; `DELIVERY_RETRY_MS` sets the wait before the
 * second attempt (default 30 s; each next wait doubles, up to an hour, 12 attempts in all).
 */
import { getCollection } from 'astro:content';
import config from 'virtual:wegwijzer/config';
import { language, t } from '../strings/runtime.ts';
import { destinationsFor, type DeliveryContext } from './channels.ts';
import { DEFAULT_RETRY, Outbox, type RetryPolicy } from './outbox.ts';
import { smtpSender } from './smtp.ts';
import { startDeliveryWorker, type DeliveryWorker } from './worker.ts';

let worker: DeliveryWorker | undefined;
let outbox: Outbox | undefined;

function retryPolicy(): RetryPolicy {
  const first = process.env.DELIVERY_RETRY_MS;
  if (first === undefined || first === '') return DEFAULT_RETRY;
  const ms = Number(first);
  if (!Number.isInteger(ms) || ms < 1) throw new Error(`DELIVERY_RETRY_MS must be a whole number of milliseconds, like 30000 (got ${JSON.stringify(first)})`);
  return { ...DEFAULT_RETRY, firstDelayMs: ms };
}

/** The process's outbox, for the lead store's `onCommit`. */
export function serverOutbox(): Outbox {
  const leads = config.leads;
  if (leads.provider !== 'inbox') throw new Error('the outbox is only used with `leads.provider: "inbox"`');
  outbox ??= new Outbox((lead) => destinationsFor(leads, lead), { policy: retryPolicy(), onEnqueue: () => worker?.wake() });
  return outbox;
}

/** Starts the worker once (after the store opened the outbox); `stop` ends it. */
export async function startDelivery(): Promise<DeliveryWorker> {
  if (worker !== undefined) return worker;
  const leads = config.leads;
  if (leads.provider !== 'inbox') throw new Error('the delivery worker is only used with `leads.provider: "inbox"`');
  const context: DeliveryContext = { options: leads, mail: undefined, forward: leads.forward === undefined ? undefined : { site: config.site, t } };
  if (leads.notify !== undefined) {
    const downloads = new Map((await getCollection('downloads')).map((entry) => [entry.id, { title: entry.data.title, file: entry.data.file, format: entry.data.format }]));
    context.mail = { notify: leads.notify, t, lang: language.lang, site: config.site, organisation: config.organisation.name, downloads, send: smtpSender(process.env.SMTP_URL)?.send };
  }
  worker = startDeliveryWorker({ outbox: serverOutbox(), context });
  return worker;
}
