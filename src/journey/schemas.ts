/**
 * The content contract: the single source of truth for what editors write in `content/`.
 * Types come from these schemas; Astro's collections, the check CLI and the README use them.
 * Ids of personas, phases and downloads are plain strings here: whether they exist is a
 * journey check, so that a wrong id gets a "did you mean" instead of a bare enum error.
 * Messages and descriptions name examples as placeholders (`{page}`, `{persona}`, …): problems
 * show them filled in from the site's own content (journey/examples.ts).
 */
import { z } from 'zod';
import { CONTENT_IMAGE_NAME, httpsUrl as httpsUrlField, ID_PATTERN, ISO_DURATION, isSitePath, isSitePathOrHttpsUrl } from './rules.ts';
import { isFilePath } from './urls.ts';

export { CONTENT_IMAGE_NAME, httpsUrl, ID_PATTERN, ISO_DURATION } from './rules.ts';

// The rules are rules.ts's; the messages name examples from the site's own content (placeholders).
const id = z.string().regex(ID_PATTERN, 'use lowercase letters, digits and hyphens (like `{persona}`)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const isoDuration = z.string().regex(ISO_DURATION, 'must be an ISO 8601 duration such as P12M (12 months), P1Y or P30D');

/** The form fields a gated download may ask for; labels and input types live in src/forms/fields.ts. */
export const DOWNLOAD_FIELD_IDS = ['name', 'email', 'organisation', 'phone'] as const;
/** An event sign-up may also ask how many people come (each takes a seat). */
export const EVENT_FIELD_IDS = [...DOWNLOAD_FIELD_IDS, 'people'] as const;
/** The ways a citizen may choose to be contacted, and the parts of the day; their words live in the strings. */
export const CONTACT_CHANNELS = ['phone', 'email', 'video', 'visit'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** Every field a lead form of any kind knows: the text fields, and a contact request's two choices. */
export const FORM_FIELD_IDS = [...EVENT_FIELD_IDS, 'channel', 'dayPart'] as const;

const formFieldsSchema = <const I extends readonly [string, ...string[]]>(ids: I) => z
  .strictObject({
    // Asking for an extra optional field should not silently drop the name.
    required: z.array(z.enum(ids)).default(['name', 'email'] as never),
    optional: z.array(z.enum(ids)).default([]),
  })
  .superRefine((fields, ctx) => {
    if (!fields.required.includes('email')) {
      ctx.addIssue({ code: 'custom', path: ['required'], message: 'must include `email`: a lead needs an address to send the document to' });
    }
    const twice = fields.required.filter((field) => (fields.optional as readonly string[]).includes(field));
    for (const field of twice) {
      ctx.addIssue({ code: 'custom', path: ['optional'], message: `\`${field}\` is listed as both required and optional: keep it in one list` });
    }
  });

/** An image in `content/images/`, named by its path there, e.g. `schoolplein.jpg`. */
export const contentImage = z
  .string()
  .regex(CONTENT_IMAGE_NAME, 'must be the name of an image in content/images/, like `schoolplein.jpg` (a .jpg, .png, .webp, .avif, .gif or .svg file, lowercase extension)')
  .describe('An image in `content/images/`, named by its path there, like `schoolplein.jpg`.');

const imageAlt = z.string().trim().min(1, 'must describe what the image shows').describe('What the image shows, for people who cannot see it.');

/** `image` needs `imageAlt`: an image without a text alternative is refused. */
function requireAlt(value: { image?: string; imageAlt?: string }, ctx: z.RefinementCtx): void {
  if (value.image !== undefined && value.imageAlt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is required with `image`: describe what the image shows, for people who cannot see it' });
  }
}

/** A short word citizens see for a step of their journey, e.g. `Scholen bekijken`. */
const stepLabel = z.string().trim().min(1).max(40, 'must be short: at most 40 characters');

export const personaSchema = z
  .strictObject({
    name: nonEmpty.describe('Name of the persona for the people who plan the journeys, e.g. `Ouders van een kleuter`.'),
    summary: nonEmpty.describe('One or two sentences about who this citizen is (internal: shown on the journey map, not to citizens).'),
    question: nonEmpty.describe('The citizen’s question (vraagstuk) in their own words.'),
    influences: z.array(nonEmpty).min(1).describe('Who influences them (list of strings).'),
    channels: z.array(nonEmpty).min(1).describe('Where they look for information (list of strings).'),
    goal: nonEmpty.describe('The behaviour we hope for.'),
    phases: z
      .array(z.string())
      .min(1)
      .optional()
      .describe('Optional: the phases this journey requires, in any order; default: all phases.'),
    title: nonEmpty.optional().describe('Optional, shown to citizens (menu, home page, hub): the title of this journey, e.g. `Voor ouders van een kleuter`. Default: `name`.'),
    intro: nonEmpty.optional().describe('Optional, shown to citizens on the home page and the hub: one or two sentences that invite them in. Default: `question`.'),
    image: contentImage.optional().describe('Optional image on the home page and the hub: a file in `content/images/`, like `ouders.jpg`.'),
    imageAlt: imageAlt.optional().describe('Required with `image`: what the image shows, for people who cannot see it.'),
    steps: z
      .record(z.string(), stepLabel)
      .optional()
      .describe('Optional: the words citizens see for this journey’s steps, by phase id, e.g. `{ orientatie: Scholen bekijken }`.'),
  })
  .superRefine(requireAlt);

/** A path on this site (`/voor/<persona>/`) or an absolute https URL. */
const href = z
  .string()
  .refine(isSitePathOrHttpsUrl, 'must be a site path starting with / (like {page}) or an https:// URL')
  .describe('A site path like `{page}` or an `https://` URL.');

/** The fields of a CTA that name where it leads; exactly one is given. */
const CTA_TARGETS = ['download', 'event', 'contact', 'href'] as const;

export const ctaSchema = z
  .strictObject({
    label: nonEmpty.describe('Text of the call-to-action button, e.g. `Download de brochure`.'),
    download: id.optional().describe('Id of a download in `content/downloads/`, like `{download}`.'),
    event: id.optional().describe('Id of an event in `content/events/` whose sign-up form the page offers.'),
    contact: id.optional().describe('Id of a contact request in `content/contact/` whose form the page offers.'),
    href: href.optional(),
    handoff: z
      .boolean()
      .optional()
      .describe(
        'Optional: `true` when `href` hands the visitor off to another site to take the decision there (a subsidy request, an application behind DigiD, a ticket shop): an `https://` URL of another site, in a phase that may hand off (default: `beslissing`), with a page of the next phase for when the visitor comes back. The page links a route of this site that counts the click and forwards.',
      ),
  })
  .superRefine((cta, ctx) => {
    const targets = CTA_TARGETS.filter((target) => cta[target] !== undefined);
    if (targets.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          targets.length === 0
            ? 'needs a target: add `download: <download id>`, `event: <event id>`, `contact: <contact request id>` or `href: <site path or https URL>`'
            : `has ${targets.map((target) => `\`${target}\``).join(' and ')}: keep exactly one of them`,
      });
    } else if (cta.handoff === true && cta.href === undefined) {
      // Where the URL leads (another site, not this one) is the gate's to judge: it knows the site's host.
      ctx.addIssue({ code: 'custom', path: ['handoff'], message: `hands off \`${targets[0]}\`: a hand-off needs \`href\`, the https:// URL of the other site, as its target` });
    }
  })
  .describe('The next step: `label` plus exactly one of `download`, `event`, `contact` or `href`; `handoff: true` for an `href` to another site where the decision is taken.');

export const pageSchema = z.strictObject({
  title: nonEmpty.describe('Page title.'),
  description: nonEmpty.describe('One-sentence summary for search engines and link previews.'),
  persona: z
    .union([id, z.array(id).min(1)])
    .describe('Persona id, or a list of persona ids, from `content/personas/`, like `{persona}`.'),
  phase: id.describe('Phase id, e.g. `{phase}`.'),
  cta: ctaSchema,
  slug: z
    .string()
    .regex(/^\/?[a-z0-9][a-z0-9\-/]*$/, 'use lowercase letters, digits, hyphens and slashes')
    .optional()
    .describe('Optional URL path overriding the file path, e.g. `{slug}`.'),
  noindex: z.boolean().optional().describe('Optional: `true` keeps search engines away.'),
  image: z.string().refine(isSitePath, 'must be a path under public/ starting with /, like {image}').optional()
    .describe('Optional social image, a path under `public/` like `{image}`.'),
  date: z.coerce.date().optional().describe('Optional publication date, `YYYY-MM-DD`.'),
  step: stepLabel.optional().describe('Optional: the short word citizens see for this page’s step in the step indicator, e.g. `Open dagen bezoeken`.'),
});

/** The home page's own call to action: a label and where it leads. */
const homeCtaSchema = z
  .strictObject({
    label: nonEmpty.describe('Text of the button, e.g. `Bekijk wat bij u past`.'),
    href: href,
  })
  .describe('Optional primary call to action in the hero: `label` and `href`.');

/** `content/home.mdx`: the home page's hero in the frontmatter, extra sections in the MDX body. */
export const homeSchema = z
  .strictObject({
    title: nonEmpty.describe('The heading of the home page, e.g. `Samen maken we Voorbeeldstad`.'),
    description: nonEmpty.describe('One-sentence summary for search engines and link previews.'),
    lead: nonEmpty.describe('The lead text under the heading: one or two sentences.'),
    image: contentImage.optional().describe('Optional hero image: a file in `content/images/`, like `voorbeeldstad.jpg`.'),
    imageAlt: imageAlt.optional().describe('Required with `image`: what the image shows, for people who cannot see it.'),
    cta: homeCtaSchema.optional(),
    personasTitle: nonEmpty.optional().describe('Optional heading above the journeys; default: the text `home.personas` (`Waar wilt u mee verder?`).'),
  })
  .superRefine(requireAlt);

export const downloadSchema = z.strictObject({
  title: nonEmpty.describe('Title of the document.'),
  description: nonEmpty.describe('What the document contains.'),
  file: z
    .string()
    .refine((value) => isSitePath(value) && isFilePath(value), 'must be a path under public/ starting with /, like {document}')
    .describe('Path of the file under `public/`, like `{document}`.'),
  format: nonEmpty.describe('File format shown to visitors, e.g. `PDF`.'),
  gate: z.enum(['form', 'none']).describe('`form`: visitor leaves details first; `none`: direct link.'),
  retention: isoDuration.describe('How long leads are kept, ISO 8601 duration like `P12M`.'),
  purpose: nonEmpty.describe('Why we ask for data, shown next to the form.'),
  fields: formFieldsSchema(DOWNLOAD_FIELD_IDS).optional().describe(
    'Optional, for `gate: form`: `required` and `optional` lists of form fields (name, email, organisation, phone). Without `fields`: name and email required, organisation optional; a list left out: `required` name and email, `optional` none.',
  ),
});

/** Local date and time as editors write them: `2027-01-20T19:00` (the rule of src/seo/event.ts `LOCAL_DATE_TIME`). */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2027-01-20T19:00')
  .refine((value) => {
    const [date = '', time = ''] = value.split('T');
    const moment = new Date(`${date}T${time}:00Z`);
    return !Number.isNaN(moment.getTime()) && moment.toISOString().startsWith(`${date}T${time}`);
  }, 'is not a real date and time');

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Amsterdam');

/** `content/events/<id>.yaml`: an event people sign up for, with a limited number of seats. */
export const eventSchema = z
  .strictObject({
    title: nonEmpty.describe('Name of the event, e.g. `Informatieavond groep 1`.'),
    description: nonEmpty.describe('What happens there: one or two sentences, shown with the event and in the calendar file.'),
    start: localDateTime.describe('Start, local date and time in `timeZone`: `2027-01-20T19:00`.'),
    end: localDateTime.describe('End, local date and time in `timeZone`: `2027-01-20T20:30`.'),
    timeZone: timeZone.optional().describe('Optional IANA time zone of `start`, `end` and `deadline`; default: the site\'s `timeZone` option.'),
    location: nonEmpty.describe('Name of the place, e.g. `Basisschool De Regenboog`, or `Online`.'),
    address: nonEmpty.optional().describe('Optional street address, e.g. `Schoolstraat 1, 1234 AB Voorbeeldstad`.'),
    online: httpsUrlField.optional().describe('Optional https link of an online meeting; sent to whoever signs up, not shown on the page.'),
    capacity: z.number().int().positive('must be 1 or more').describe('How many seats there are. Each sign-up takes one seat, or `people` seats; sign-ups past it go on a waiting list.'),
    deadline: localDateTime.optional().describe('Optional last moment to sign up, local date and time like `2027-01-19T12:00`; default: `start`.'),
    retention: isoDuration.describe('How long sign-ups are kept, ISO 8601 duration like `P3M`.'),
    purpose: nonEmpty.describe('Why we ask for data, shown next to the form.'),
    fields: formFieldsSchema(EVENT_FIELD_IDS).optional().describe(
      'Optional: `required` and `optional` lists of form fields (name, email, organisation, phone, people). Without `fields`: name and email required.',
    ),
  })
  .superRefine((event, ctx) => {
    if (event.end <= event.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `must be after \`start\` (${event.start})` });
    if (event.deadline !== undefined && event.deadline > event.start) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: `must not be after \`start\` (${event.start}): nobody can sign up for an event that has begun` });
    }
  });

/** `content/contact/<id>.yaml`: a request to be contacted ("bel mij terug"), by a channel the citizen chooses. */
export const contactSchema = z
  .strictObject({
    title: nonEmpty.describe('What the citizen asks for, e.g. `Bel mij terug over veiligheid in de buurt`.'),
    description: nonEmpty.describe('One or two sentences above the form: what the conversation is about.'),
    purpose: nonEmpty.describe('Why we ask for data, shown next to the form.'),
    channels: z
      .array(z.enum(CONTACT_CHANNELS))
      .min(1, 'must name at least one way to contact: phone, email, video or visit')
      .refine((channels) => new Set(channels).size === channels.length, 'names a channel twice')
      .describe('The ways the citizen may choose: `phone`, `email`, `video` (video call), `visit`.'),
    dayParts: z
      .array(z.enum(DAY_PARTS))
      .min(1)
      .optional()
      .describe('Optional: let the citizen choose a part of the day, from `morning`, `afternoon`, `evening`.'),
    fields: formFieldsSchema(DOWNLOAD_FIELD_IDS).optional().describe('Optional `required` and `optional` form fields, as for a download (name, email, organisation, phone).'),
    retention: isoDuration.describe('How long requests are kept, ISO 8601 duration like `P3M`.'),
    next: nonEmpty.describe('What happens next, shown on the thank-you page, e.g. `We bellen u binnen twee werkdagen.`'),
  })
  .superRefine((contact, ctx) => {
    const asked = [...(contact.fields?.required ?? ['name', 'email']), ...(contact.fields?.optional ?? [])];
    if ((contact.channels.includes('phone') || contact.channels.includes('video')) && !asked.includes('phone')) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'offers `phone` or `video` but does not ask for a phone number: add `phone` to `fields.required` or `fields.optional`' });
    }
  });

export type PersonaData = z.infer<typeof personaSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type CtaData = z.infer<typeof ctaSchema>;
export type DownloadData = z.infer<typeof downloadSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type ContactData = z.infer<typeof contactSchema>;
export type HomeData = z.infer<typeof homeSchema>;

/**
 * A site's own page fields (`wegwijzerCollections({ pages: { extend } })`): a zod object whose
 * fields are added to the page schema. Wegwijzer's own fields cannot be replaced.
 */
export type PageExtension = z.ZodObject;

/**
 * Where `wegwijzerCollections()` records the site's page extension on the collections it returns,
 * so the gate can read it from the site's content config. A registered symbol: the config may be
 * loaded by Node and the integration by Vite, as two instances of this module.
 */
export const PAGE_EXTENSION: unique symbol = Symbol.for('wegwijzer.pageExtension') as never;

/** The schemas of a site: Wegwijzer's contract, with the site's own page fields when it has them. */
export function contentSchemasFor(extension?: PageExtension) {
  return {
    personas: personaSchema,
    // Typed as Wegwijzer's own page: the theme reads only its own fields; the site reads its extras.
    pages: (extension === undefined ? pageSchema : pageSchema.safeExtend(extension.shape)) as typeof pageSchema,
    downloads: downloadSchema,
    events: eventSchema,
    contact: contactSchema,
    home: homeSchema,
  } as const;
}

export const contentSchemas = contentSchemasFor();
export type ContentSchemas = ReturnType<typeof contentSchemasFor>;
export type CollectionName = keyof ContentSchemas;

/** Names of the page fields Wegwijzer defines; a site's extension may not redefine them. */
export function extensionConflicts(extension: PageExtension): string[] {
  return Object.keys(extension.shape).filter((field) => field in pageSchema.shape);
}
