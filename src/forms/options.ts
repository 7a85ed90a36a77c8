/**
 * The `leads` option of `wegwijzer()`: where the leads of gated downloads go. One variant per
 * provider; the schema is the source of their types, defaults and documentation.
 */
import { z } from 'zod';
import { trustProxyProblem } from '../inbox/client-address.ts';
import { httpsUrl, ID_PATTERN } from '../journey/schemas.ts';
import { GENERATED_PAGES } from '../journey/urls.ts';

const downloadId = z.string().regex(ID_PATTERN, 'must be a download id like `schoolgids`');

const privacyStatement = z
  .string()
  .refine((value) => value.startsWith('/') || value.startsWith('https://'), 'must be a site path like /privacy/ or an https:// URL')
  .default(GENERATED_PAGES.privacy)
  .describe('Link to the privacy statement shown next to every form, default `/privacy/`.');

const fieldNames = z
  .strictObject({
    name: z.string().min(1).default('firstname'),
    email: z.string().min(1).default('email'),
    organisation: z.string().min(1).default('company'),
    phone: z.string().min(1).default('phone'),
  })
  .prefault({})
  .describe('Provider field names for name, email, organisation and phone; default firstname, email, company, phone.');

export const inboxLeadsSchema = z.strictObject({
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
  privacyStatement,
});

export const hubspotLeadsSchema = z.strictObject({
  provider: z.literal('hubspot').describe('`hubspot`: the browser submits to HubSpot Forms API v3.'),
  portalId: z.string().regex(/^\d+$/, 'must be the digits of the HubSpot portal id, as a string').describe('HubSpot portal (account) id, like `"1234567"`.'),
  forms: z
    .record(downloadId, z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a HubSpot form GUID'))
    .describe('HubSpot form GUID per download id: `{ schoolgids: "78c2891f-…" }`; every `gate: form` download needs one.'),
  subscriptionTypeId: z.int().positive().optional().describe('Optional HubSpot subscription type id for the further-contact box.'),
  fieldNames,
  privacyStatement,
});

export const mauticLeadsSchema = z.strictObject({
  provider: z.literal('mautic').describe('`mautic`: the form posts to a Mautic form.'),
  url: httpsUrl.describe('Mautic form submit URL, like `https://mautic.example.nl/form/submit`.'),
  forms: z.record(downloadId, z.int().positive()).describe('Mautic form id per download id: `{ schoolgids: 3 }`; every `gate: form` download needs one.'),
  fieldNames,
  privacyStatement,
});

export const webhookLeadsSchema = z.strictObject({
  provider: z.literal('webhook').describe('`webhook`: the browser POSTs each lead as JSON to a URL.'),
  url: httpsUrl.describe('Endpoint that receives the JSON, like a Formspree or n8n URL.'),
  privacyStatement,
});

export const leadsSchema = z
  .discriminatedUnion('provider', [inboxLeadsSchema, hubspotLeadsSchema, mauticLeadsSchema, webhookLeadsSchema], {
    error: 'must be one of `inbox`, `hubspot`, `mautic`, `webhook`',
  })
  .prefault({ provider: 'inbox' })
  .describe('Where leads of gated downloads go: `{ provider: "inbox" | "hubspot" | "mautic" | "webhook", … }`; default the embedded inbox.');

export type LeadsOptions = z.output<typeof leadsSchema>;
