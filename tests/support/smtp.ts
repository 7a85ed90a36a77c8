/**
 * A real SMTP server for tests (the `smtp-server` package) on 127.0.0.1: it parses every message it
 * accepts with `mailparser` and keeps it. It can stop and start again on the same port (an outage),
 * hold its answer to a message (a delivery in progress, to kill the sender during it), and closes
 * itself after `maxMs` so a failed test never leaves it behind.
 *
 * A message counts as delivered only when the server has answered 250 to it: a message whose sender
 * went away before that answer is not kept, as a real mail server does not deliver it either.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './server.ts';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  recipients: string[];
  mail: ParsedMail;
  /** The delivery's idempotency key, from X-Wegwijzer-Delivery. */
  key: string;
}

export interface SmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Stops listening (an outage); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /**
   * Holds the answer to the next message until `release` is called; resolves once a message is held.
   */
  holdNext(): Promise<void>;
  /** Lets a held message go: it is answered (and kept) only if its sender is still connected. */
  release(): void;
  close(): Promise<void>;
}

export async function startSmtpServer(options: { maxMs?: number; listening?: boolean } = {}): Promise<SmtpServer> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let hold: { held: () => void; release?: () => void } | undefined;
  let server: SMTPServer | undefined;

  // Which sessions' clients are still connected: a message is answered only while its client is.
  const closed = new Set<string>();
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose(session) {
        closed.add(session.id);
      },
      onData(stream, session, callback) {
        const recipients = session.envelope.rcptTo.map((address) => address.address);
        simpleParser(stream)
          .then(async (mail) => {
            const current = hold;
            if (current !== undefined && current.release === undefined) {
              await new Promise<void>((resolve) => {
                current.release = resolve;
                current.held();
              });
              hold = undefined;
              // Let the close of a killed client arrive before looking.
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            if (closed.has(session.id)) return callback(new Error('the client went away'));
            received.push({ recipients, mail, key: String(mail.headers.get('x-wegwijzer-delivery') ?? '') });
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      },
    });

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const created = create();
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => {
        server = created;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = undefined;
      if (current === undefined) return resolve();
      current.close(() => resolve());
    });

  if (options.listening !== false) await start();
  const timer = setTimeout(() => void stop(), options.maxMs ?? 170_000);
  timer.unref();

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop,
    start,
    holdNext: () => new Promise<void>((resolve) => (hold = { held: resolve })),
    release: () => hold?.release?.(),
    async close() {
      clearTimeout(timer);
      hold?.release?.();
      await stop();
    },
  };
}
