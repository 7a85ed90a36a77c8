/**
 * The delivery worker inside the running server: one bounded loop that claims a due delivery from
 * the outbox, sends it through its channel, and marks it sent or failed; when nothing is due it
 * sleeps until the next delivery is due (at most `pollMs`, so a `leads retry` from the CLI is seen),
 * or until a new lead wakes it. One send at a time, each bounded by `sendTimeoutMs`. `stop()` ends
 * the loop after the send in progress, so a shutdown does not cut a delivery in half.
 */
import { retryWhileBusy } from '../inbox/store.ts';
import { channel, DeliveryError, DELIVERY_CHANNELS, type DeliveryContext } from './channels.ts';
import type { Outbox } from './outbox.ts';

export interface WorkerOptions {
  outbox: Outbox;
  context: DeliveryContext;
  /** The longest sleep between looks at the outbox; default 1 s. */
  pollMs?: number;
  /** The longest one send may take before it counts as failed; default 60 s. */
  sendTimeoutMs?: number;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

export interface DeliveryWorker {
  /** Look at the outbox now (a lead was stored). */
  wake(): void;
  /** Ends the loop after the send in progress; resolves when it has ended. */
  stop(): Promise<void>;
}

/** How long a write to the outbox may wait for another connection's lock (the CLI's). */
const WRITE_BOUND_MS = 10_000;

export function startDeliveryWorker(options: WorkerOptions): DeliveryWorker {
  const { outbox, context } = options;
  const pollMs = options.pollMs ?? 1000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const log = options.log ?? console;
  let running = true;
  let wakeUp: (() => void) | undefined;

  const available = Object.keys(DELIVERY_CHANNELS).filter((name) => channel(name)?.unavailable(context) === undefined);
  for (const name of Object.keys(DELIVERY_CHANNELS)) {
    const target = channel(name);
    const reason = target?.unavailable(context);
    // Only worth saying when leads are queued for it.
    if (reason !== undefined && target?.configured(context.options)) log.warn(`[wegwijzer] deliveries to ${name} wait in the outbox: ${reason}.`);
  }
  const recovered = outbox.recover();
  if (recovered > 0) log.warn(`[wegwijzer] ${recovered} delivery(ies) were being sent when the server stopped: sending them again (same idempotency key).`);

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wakeUp = undefined;
        resolve();
      }, ms);
      timer.unref();
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      };
    });

  const deliverOne = async (): Promise<boolean> => {
    const claimed = outbox.claim(available);
    if (claimed === undefined) return false;
    const where = `delivery ${claimed.id} (lead ${claimed.leadId} to ${claimed.destination})`;
    try {
      const target = channel(claimed.destination);
      if (target === undefined) throw new DeliveryError(`unknown destination ${claimed.destination}`, true);
      await withTimeout(target.send(claimed.lead, claimed.key, context), sendTimeoutMs);
      await retryWhileBusy(() => outbox.markSent(claimed.id), WRITE_BOUND_MS);
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(error instanceof Error ? error.name : 'error');
      const outcome = await retryWhileBusy(() => outbox.markFailed(claimed.id, failure.message, { permanent: failure.permanent }), WRITE_BOUND_MS);
      if (outcome.state === 'dead') {
        log.error(`[wegwijzer] ${where} failed for good after ${claimed.attempts} attempt(s): ${failure.message}. \`wegwijzer leads outbox\` lists it, \`wegwijzer leads retry ${claimed.id}\` sends it again.`);
      } else {
        log.warn(`[wegwijzer] ${where} failed (attempt ${claimed.attempts} of ${outbox.policy.maxAttempts}): ${failure.message}; next attempt ${outcome.nextAttemptAt.toISOString()}.`);
      }
    }
    return true;
  };

  const loop = (async () => {
    while (running) {
      let worked = false;
      try {
        worked = await deliverOne();
      } catch (error) {
        // The database was locked or failed: look again after a pause.
        log.error('[wegwijzer] the delivery worker could not read the outbox:', error instanceof Error ? error.message : String(error));
      }
      if (worked || !running) continue;
      const due = outbox.nextDue(available);
      const wait = due === undefined ? pollMs : Math.max(0, Math.min(pollMs, due.getTime() - Date.now()));
      await sleep(wait);
    }
  })();

  return {
    wake: () => wakeUp?.(),
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryError(`no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
