/**
 * The lead providers: one entry each, holding everything the rest of Wegwijzer asks of a provider —
 * its `leads` option schema, what a form's browser code needs, its browser adapter module, its
 * build-time checks against the content, and how its form behaves. Adding a provider means adding
 * one entry here and one adapter module in this folder (see ./types.ts for the adapter's shape).
 */
import { z } from 'zod';
import type { DownloadEntry, Problem } from '../../journey/model.ts';
import { httpsUrl, ID_PATTERN, sitePathOrHttpsUrl } from '../../journey/rules.ts';
import { suggestion } from '../../journey/suggest.ts';
import { GENERATED_PAGES, INBOX_ENDPOINT } from '../../journey/urls.ts';
import type { FormFieldId, FormMessages } from '../fields.ts';
import { hubspotEndpoint } from './hubspot.ts';
import type { HubspotMessages } from './types.ts';
import { trustProxyProblem } from '../../inbox/client-address.ts';
import { notifySchema } from '../../delivery/options.ts';

const CONFIG_FILE = 'astro.config.mjs';

const downloadId = z.string().regex(ID_PATTERN, 'must be a download id like `schoolgids`');

const privacyStatement = sitePathOrHttpsUrl
  .default(GENERATED_PAGES.privacy)
  .describe('Link to the privacy statement shown next to every form, default `/privacy/`.');

const fieldNames = z
  .strictObject({
    name: z.string().min(1).default('firstname'),
    email: z.string().min(1).default('email'),
    organisation: z.string().min(1).default('company'),
    phone: z.string().min(1).default('phone'),
    people: z.string().min(1).default('people'),
    channel: z.string().min(1).default('channel'),
    dayPart: z.string().min(1).default('day_part'),
    // No default: a HubSpot form refuses a field it does not have, and a download-only form would start failing.
    kind: z.string().min(1).optional(),
  } satisfies Record<FormFieldId | 'kind', z.ZodType>)
  .prefault({})
  .describe(
    'Provider field names: name, email, organisation, phone, people, channel, dayPart (default firstname, email, company, phone, people, channel, day_part) and kind (the lead\'s kind; HubSpot sends it only when named here, Mautic as `kind` by default).',
  );

interface ProviderDefinition<Options extends z.ZodObject, Client extends { provider: string }> {
  /** The `leads` option for this provider; its `provider` literal is the provider's name. */
  options: Options;
  /** The browser adapter: a module in this folder and its export; only the configured one is bundled. */
  adapter: { module: string; export: string };
  /**
   * What one form's browser code needs (serialised into the page: never secrets). `messages` are
   * the form's texts in the site's wording, for a provider whose answers name field errors.
   */
  client(options: z.output<Options>, downloadId: string, messages: FormMessages): Client;
  /** Problems of these options against the content, reported by the gate with the content's own. */
  check?(options: z.output<Options>, downloads: readonly DownloadEntry[]): Problem[];
  /** The form posts to the site itself, so it works without JavaScript. */
  worksWithoutJs: boolean;
  /** Whether the form asks for further contact (a provider may have nowhere to record the answer). */
  asksForContact(options: z.output<Options>): boolean;
}

const define = <Options extends z.ZodObject, Client extends { provider: string }>(definition: ProviderDefinition<Options, Client>) => definition;

/** Every `gate: form` download needs a form at the provider; a form for an unknown download is a typo. */
function formPerDownload(what: string, example: string) {
  return (options: { forms: Record<string, unknown> }, downloads: readonly DownloadEntry[]): Problem[] => {
    const ids = downloads.map((download) => download.id);
    const missing = downloads
      .filter((download) => download.data.gate === 'form' && options.forms[download.id] === undefined)
      .map((download): Problem => ({
        file: CONFIG_FILE,
        field: `leads.forms.${download.id}`,
        message: `download \`${download.id}\` (${download.file}) has \`gate: form\` but no ${what}`,
        fix: `Add \`${download.id}: ${example}\` under \`leads.forms\` in wegwijzer() options, or set \`gate: none\` in ${download.file}.`,
      }));
    const unknown = Object.keys(options.forms)
      .filter((id) => !ids.includes(id))
      .map((id): Problem => ({ file: CONFIG_FILE, field: `leads.forms.${id}`, message: `unknown download \`${id}\``, fix: suggestion(id, ids, 'download') }));
    return [...missing, ...unknown];
  };
}

export const inboxProvider = define({
  options: z.strictObject({
    provider: z.literal('inbox').describe('`inbox`: leads are stored in SQLite by the site itself (default).'),
    path: z.string().trim().min(1).default('data/leads.db').describe('SQLite file, relative to the folder the server starts in; default `data/leads.db`.'),
    rateLimitPerMinute: z.int().min(1).max(10_000).default(10).describe('Submissions accepted per minute from one IP address; default 10.'),
    trustProxy: z
      .union([
        z.literal(false),
        z.int().min(1, 'must be at least 1 proxy hop').max(10, 'must be at most 10 proxy hops'),
        z
          .array(z.string())
          .min(1, 'needs at least one address; use `false` to trust no proxy')
          .superRefine((entries, ctx) => {
            for (const [index, entry] of entries.entries()) {
              const problem = trustProxyProblem(entry);
              if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [index], message: problem });
            }
          }),
      ], { error: 'must be `false`, a number of proxy hops like `1`, or a list of proxy addresses like `["127.0.0.1", "10.0.0.0/8"]`' })
      .default(false)
      .describe(
        'Reverse proxies whose `X-Forwarded-For`/`-Proto`/`-Host` the server believes: addresses or CIDR ranges (also `loopback`, `linklocal`, `uniquelocal`), or the number of proxies in front; default `false` (the socket address counts).',
      ),
    notify: notifySchema,
    // Lazy: the schema is made of the other providers' options, defined below.
    forward: z.lazy(() => forwardSchema).optional(),
    privacyStatement,
  }),
  adapter: { module: 'inbox.ts', export: 'inboxAdapter' },
  client: () => ({ provider: 'inbox' as const, endpoint: INBOX_ENDPOINT }),
  check: (options, downloads) => {
    const ids = downloads.map((download) => download.id);
    // Recipients for a download that does not exist would silently never be used.
    const recipients = Object.keys(options.notify?.perDownload ?? {})
      .filter((id) => !ids.includes(id))
      .map((id): Problem => ({ file: CONFIG_FILE, field: `leads.notify.perDownload.${id}`, message: `unknown download \`${id}\``, fix: suggestion(id, ids, 'download') }));
    return [...recipients, ...forwardProblems(options.forward, downloads)];
  },
  worksWithoutJs: true,
  asksForContact: () => true,
});

/** Only the messages HubSpot's field errors map to travel with a HubSpot form. */
function hubspotMessages(messages: FormMessages): HubspotMessages {
  const { required, emailInvalid, emailBlocked, tooLarge, numberInvalid } = messages;
  return { required, emailInvalid, emailBlocked, tooLarge, numberInvalid };
}

export const hubspotProvider = define({
  options: z.strictObject({
    provider: z.literal('hubspot').describe('`hubspot`: the browser submits to HubSpot Forms API v3.'),
    portalId: z.string().regex(/^\d+$/, 'must be the digits of the HubSpot portal id, as a string').describe('HubSpot portal (account) id, like `"1234567"`.'),
    forms: z
      .record(downloadId, z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a HubSpot form GUID'))
      .describe('HubSpot form GUID per download id: `{ schoolgids: "78c2891f-…" }`; every `gate: form` download needs one.'),
    subscriptionTypeId: z.int().positive().optional().describe('Optional HubSpot subscription type id for the further-contact box.'),
    fieldNames,
    privacyStatement,
  }),
  adapter: { module: 'hubspot.ts', export: 'hubspotAdapter' },
  client: (options, id, messages) => ({
    provider: 'hubspot' as const,
    endpoint: hubspotEndpoint(options.portalId, options.forms[id] ?? ''),
    fieldNames: options.fieldNames as Record<string, string>,
    messages: hubspotMessages(messages),
    ...(options.subscriptionTypeId === undefined ? {} : { subscriptionTypeId: options.subscriptionTypeId }),
  }),
  check: formPerDownload('HubSpot form GUID', '"78c2891f-ebdd-44c0-bd94-15c012bbbfbf"'),
  worksWithoutJs: false,
  // HubSpot records the further-contact choice only against a subscription type: without one, do
  // not ask a question whose answer would be dropped.
  asksForContact: (options) => options.subscriptionTypeId !== undefined,
});

export const mauticProvider = define({
  options: z.strictObject({
    provider: z.literal('mautic').describe('`mautic`: the form posts to a Mautic form.'),
    url: httpsUrl.describe('Mautic form submit URL, like `https://mautic.example.nl/form/submit`.'),
    forms: z.record(downloadId, z.int().positive()).describe('Mautic form id per download id: `{ schoolgids: 3 }`; every `gate: form` download needs one.'),
    fieldNames,
    privacyStatement,
  }),
  adapter: { module: 'mautic.ts', export: 'mauticAdapter' },
  client: (options, id) => ({ provider: 'mautic' as const, endpoint: options.url, formId: options.forms[id] ?? 0, fieldNames: options.fieldNames as Record<string, string> }),
  check: formPerDownload('Mautic form id', '3'),
  worksWithoutJs: false,
  asksForContact: () => true,
});

export const webhookProvider = define({
  options: z.strictObject({
    provider: z.literal('webhook').describe('`webhook`: the browser POSTs each lead as JSON to a URL.'),
    url: httpsUrl.describe('Endpoint that receives the JSON, like a Formspree or n8n URL.'),
    privacyStatement,
  }),
  adapter: { module: 'webhook.ts', export: 'webhookAdapter' },
  client: (options) => ({ provider: 'webhook' as const, endpoint: options.url }),
  worksWithoutJs: false,
  asksForContact: () => true,
});

/** A provider's options as the server uses them to forward leads: without `provider` and `privacyStatement`. */
const forwardOptions = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => schema.omit({ provider: true, privacyStatement: true } as never);

/**
 * `leads.forward` of the inbox: the services its server forwards every lead to, through the outbox
 * (src/delivery/forward.ts), with the same options as the provider of that name. The browser posts only
 * to the site.
 */
const forwardSchema = z
  .strictObject({
    hubspot: forwardOptions(hubspotProvider.options).optional().describe('HubSpot: `{ portalId, forms, subscriptionTypeId?, fieldNames? }` as for `provider: "hubspot"`.'),
    mautic: forwardOptions(mauticProvider.options).optional().describe('Mautic: `{ url, forms, fieldNames? }` as for `provider: "mautic"`.'),
    webhook: forwardOptions(webhookProvider.options).optional().describe('A webhook: `{ url }` as for `provider: "webhook"`.'),
  })
  .describe('Services the server forwards every lead to, after storing it: `{ hubspot?, mautic?, webhook? }`, each with the options of that provider.');

/** The names of the services an inbox site can forward to. */
export const FORWARD_PROVIDERS = ['hubspot', 'mautic', 'webhook'] as const satisfies readonly ProviderName[];
export type ForwardName = (typeof FORWARD_PROVIDERS)[number];

/** The same checks as for the provider itself (a form per gated download), under `leads.forward.<name>`. */
function forwardProblems(forward: Record<string, unknown> | undefined, downloads: readonly DownloadEntry[]): Problem[] {
  return FORWARD_PROVIDERS.flatMap((name) => {
    const options = forward?.[name];
    if (options === undefined) return [];
    const problems = (LEAD_PROVIDERS[name] as unknown as ProviderDefinition<z.ZodObject, ClientProvider>).check?.({ ...(options as object), provider: name } as never, downloads) ?? [];
    return problems.map((problem) => ({ ...problem, field: problem.field?.replace(/^leads\./, `leads.forward.${name}.`), fix: problem.fix.replace('under `leads.forms`', `under \`leads.forward.${name}.forms\``) }));
  });
}

/** The registry, by the name in each entry's `provider` literal. */
export const LEAD_PROVIDERS = {
  inbox: inboxProvider,
  hubspot: hubspotProvider,
  mautic: mauticProvider,
  webhook: webhookProvider,
} as const;

type Providers = typeof LEAD_PROVIDERS;
export type ProviderName = keyof Providers;

/** What one form's browser code gets, for any provider. */
export type ClientProvider = { [Name in ProviderName]: ReturnType<Providers[Name]['client']> }[ProviderName];

type OptionsSchema = Providers[ProviderName]['options'];
const schemas = Object.values(LEAD_PROVIDERS).map((provider) => provider.options) as [OptionsSchema, ...OptionsSchema[]];

export const leadsSchema = z
  .discriminatedUnion('provider', schemas, { error: `must be one of ${Object.keys(LEAD_PROVIDERS).map((name) => `\`${name}\``).join(', ')}` })
  .prefault({ provider: 'inbox' })
  .describe(`Where leads of gated downloads go: \`{ provider: ${Object.keys(LEAD_PROVIDERS).map((name) => `"${name}"`).join(' | ')}, … }\`; default the embedded inbox.`);

export type LeadsOptions = z.output<typeof leadsSchema>;

/** The definition of the configured provider, typed for its options. */
export function providerOf<Options extends LeadsOptions>(options: Options): ProviderDefinition<z.ZodObject, ClientProvider> {
  return LEAD_PROVIDERS[options.provider] as unknown as ProviderDefinition<z.ZodObject, ClientProvider>;
}

/** At build time: the provider details one form's browser code needs, with the form's messages. */
export function clientProvider(options: LeadsOptions, downloadId: string, messages: FormMessages): ClientProvider {
  return providerOf(options).client(options, downloadId, messages);
}

/** Build-time problems of the `leads` option against the content. */
export function checkLeadProvider(options: LeadsOptions, downloads: readonly DownloadEntry[]): Problem[] {
  return providerOf(options).check?.(options, downloads) ?? [];
}
