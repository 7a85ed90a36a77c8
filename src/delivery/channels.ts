/**
 * Where a lead is delivered from the outbox: one registry entry per destination. An entry says
 * whether a lead goes there under the site's options (`wanted`, also used by the CLI when it
 * releases a lead from quarantine), whether the running server can send there now (`unavailable`),
 * and how to send. Adding a destination means adding one entry here.
 */
import type { CommittedLead } from '../inbox/store.ts';
import type { ForwardName } from '../forms/providers/registry.ts';
import { forward, type ForwardSite } from './forward.ts';
import { confirmationMessage, teamMessage, type MailMessage, type MailSite } from './mail.ts';
import type { NotifyOptions } from './options.ts';

/** What decides where leads go: the inbox's `leads` options. */
export interface DeliveryOptions {
  notify?: NotifyOptions;
  forward?: Partial<Record<ForwardName, object>>;
}

/** What the running server gives the channels. */
export interface DeliveryContext {
  options: DeliveryOptions;
  /** Undefined when `leads.notify` is not set. */
  mail: (MailSite & { send: MailSender | undefined }) | undefined;
  forward: ForwardSite | undefined;
}

/** Sends one message; rejects with a DeliveryError. */
export type MailSender = (message: MailMessage) => Promise<void>;

/** A failed delivery. The message is logged and stored: it must hold no personal data. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  /** The destination refused for good (e.g. SMTP 5xx): no further attempts. */
  readonly permanent: boolean;
  constructor(message: string, permanent = false) {
    super(message);
    this.permanent = permanent;
  }
}

export interface DeliveryChannel {
  /** Whether the options send anything here at all. */
  configured(options: DeliveryOptions): boolean;
  wanted(options: DeliveryOptions, lead: CommittedLead): boolean;
  /** Why this server cannot send there now (deliveries wait), or undefined. */
  unavailable(context: DeliveryContext): string | undefined;
  send(lead: CommittedLead, key: string, context: DeliveryContext): Promise<void>;
}

const mailUnavailable = (context: DeliveryContext): string | undefined => {
  if (context.mail === undefined) return '`leads.notify` is not set';
  if (context.mail.send === undefined) return 'the environment variable SMTP_URL is not set';
  return undefined;
};

function mailChannel(compose: (lead: CommittedLead, key: string, site: MailSite) => MailMessage, wanted: DeliveryChannel['wanted']): DeliveryChannel {
  return {
    configured: (options) => options.notify !== undefined,
    wanted,
    unavailable: mailUnavailable,
    async send(lead, key, context) {
      const problem = mailUnavailable(context);
      if (problem !== undefined || context.mail?.send === undefined) throw new DeliveryError(problem ?? 'no mail sender');
      await context.mail.send(compose(lead, key, context.mail));
    },
  };
}

/** A service of `leads.forward`, sent the request its browser adapter would send. */
function forwardChannel(name: ForwardName): DeliveryChannel {
  const unavailable = (context: DeliveryContext) => (context.forward === undefined || context.options.forward?.[name] === undefined ? `\`leads.forward.${name}\` is not set` : undefined);
  return {
    configured: (options) => options.forward?.[name] !== undefined,
    wanted: (options) => options.forward?.[name] !== undefined,
    unavailable,
    async send(lead, key, context) {
      const options = context.options.forward?.[name];
      if (options === undefined || context.forward === undefined) throw new DeliveryError(unavailable(context) ?? 'not set');
      const outcome = await forward(name, options, lead, key, context.forward);
      if (outcome.kind === 'failed') throw new DeliveryError(outcome.reason, outcome.permanent);
    },
  };
}

export const DELIVERY_CHANNELS = {
  /** One e-mail per lead to the organisation. */
  'team-mail': mailChannel(teamMessage, (options) => options.notify !== undefined),
  /**
   * The visitor's confirmation, only when they gave an address, and for now only of a download: its
   * text is the download link (a sign-up's own page has its calendar file and cancel button).
   */
  'visitor-mail': mailChannel(confirmationMessage, (options, lead) => options.notify?.confirm === true && lead.email !== undefined && lead.kind === 'download'),
  /** `leads.forward`: the CRM or webhook, from the server instead of the browser. */
  hubspot: forwardChannel('hubspot'),
  mautic: forwardChannel('mautic'),
  webhook: forwardChannel('webhook'),
} as const satisfies Record<string, DeliveryChannel>;

export type DestinationName = keyof typeof DELIVERY_CHANNELS;

export function channel(destination: string): DeliveryChannel | undefined {
  return Object.hasOwn(DELIVERY_CHANNELS, destination) ? DELIVERY_CHANNELS[destination as DestinationName] : undefined;
}

/** Where a lead goes under these options: the one rule for the server and the CLI. */
export function destinationsFor(options: DeliveryOptions, lead: CommittedLead): DestinationName[] {
  return (Object.keys(DELIVERY_CHANNELS) as DestinationName[]).filter((name) => DELIVERY_CHANNELS[name].wanted(options, lead));
}
