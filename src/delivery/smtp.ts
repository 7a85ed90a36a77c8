/**
 * Sending e-mail over SMTP with nodemailer, to the server in the environment variable `SMTP_URL`
 * (`smtp://user:pass@host:587`, `smtps://…:465`), so its password is in neither the repository nor
 * the build. Timeouts are short: the worker tries again later rather than hang. Errors are reduced to
 * their SMTP code and kind: a server's answer may quote an address, and errors are logged and stored.
 */
import { createTransport } from 'nodemailer';
import { DeliveryError, type MailSender } from './channels.ts';

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A sender for `SMTP_URL`, or undefined when it is not set. Throws when it is not an SMTP URL. */
export function smtpSender(url: string | undefined): { send: MailSender; close(): void } | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  if (!/^smtps?:\/\//.test(url)) throw new Error('SMTP_URL must be an smtp:// or smtps:// URL, like smtp://user:password@mail.example.nl:587');
  // The URL's own settings, with these timeouts merged in (nodemailer's `url` option).
  const transport = createTransport({ url, ...TIMEOUTS });
  return {
    async send(message) {
      try {
        await transport.sendMail(message);
      } catch (error) {
        throw smtpError(error);
      }
    },
    close: () => transport.close(),
  };
}

/** A DeliveryError without the server's text: `SMTP 550 (EENVELOPE)`; 5xx answers are permanent. */
export function smtpError(error: unknown): DeliveryError {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  const status = typeof responseCode === 'number' ? responseCode : undefined;
  const kind = typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'error';
  return new DeliveryError(status === undefined ? `SMTP ${kind}` : `SMTP ${status} (${kind})`, status !== undefined && status >= 500);
}
