/**
 * Options of the `wegwijzer()` integration. The schema is the single source of their types,
 * defaults and documentation; a wrong option stops with a message naming it and the fix.
 */
import { z } from 'zod';
import { DEFAULT_PHASES, phaseSchema } from '../journey/phases.ts';
import { explainIssues } from '../journey/schema-docs.ts';
import { leadsSchema } from '../forms/providers/registry.ts';
import { statsSchema } from '../stats/options.ts';
import { httpsUrl, publicFilePath } from '../journey/rules.ts';
import type { ReadabilityTargets } from '../journey/readability.ts';
import { LOCALES, stringsSchema, TONES } from '../strings/strings.ts';
import { ACCESSIBILITY_STATUSES } from '../statements/accessibility.ts';
import { verifySchema } from '../verify/options.ts';
import { PACKAGE_NAME } from '../styles/token-package.ts';

const email = z.email('must be an e-mail address');
// Date.parse rolls 2026-02-30 over to 2 March; only a date that reads back the same is real.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date `YYYY-MM-DD`')
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value, 'is not a real date');

/** What pages should stay within for plain Dutch (B1); see src/journey/readability.ts. */
const targetFields = {
  maxSentenceWords: z.number().int().min(5).describe('A sentence with more words is reported. Default 20 (B1 advice: 15 on average, hardly any over 20).'),
  maxWordSyllables: z.number().int().min(2).describe('A word with more syllables counts as long and is reported. Default 4.'),
  minFleschDouma: z.number().min(0).max(121).describe('A page whose Flesch-Douma score is lower is reported (pages of 40 words or more). Default 60: fairly easy, about B1.'),
};

const readabilitySchema = z
  .strictObject({
    targets: z
      .strictObject({
        maxSentenceWords: targetFields.maxSentenceWords.default(20),
        maxWordSyllables: targetFields.maxWordSyllables.default(4),
        minFleschDouma: targetFields.minFleschDouma.default(60),
      })
      .prefault({})
      .describe('Targets for every page: `{ maxSentenceWords, maxWordSyllables, minFleschDouma }`.'),
    phases: z
      .record(
        z.string(),
        z.strictObject({
          maxSentenceWords: targetFields.maxSentenceWords.optional(),
          maxWordSyllables: targetFields.maxWordSyllables.optional(),
          minFleschDouma: targetFields.minFleschDouma.optional(),
        }),
      )
      .default({})
      .describe('Targets per phase id that differ from `targets`, e.g. `{ beslissing: { maxSentenceWords: 15 } }`.'),
    strict: z.boolean().default(false).describe('`true` turns B1 warnings into errors: they fail the build and `wegwijzer check`.'),
  })
  .prefault({})
  .describe('Plain Dutch (taalniveau B1): targets for sentence length, long words and the Flesch-Douma score.');

export const optionsSchema = z.strictObject({
  organisation: z
    .strictObject({
      name: z.string().trim().min(1).describe('Name of the organisation, e.g. `Gemeente Voorbeeldstad`.'),
      url: httpsUrl.optional().describe('Home page of the organisation, e.g. `https://www.voorbeeldstad.nl`; default: the site URL.'),
      // A path, not a URL: the header shows the logo on every page, and no page may contact another site.
      logo: publicFilePath.optional().describe('Logo shown in the header and in JSON-LD: a path under `public/` like `/images/logo.svg`. Default: the name as text.'),
    })
    .describe('The organisation that publishes the site.'),
  seo: z
    .strictObject({
      titleTemplate: z
        .string()
        .refine((value) => value.includes('%s'), 'must contain `%s` where the page title goes')
        .optional()
        .describe('Template for `<title>`, `%s` is the page title, e.g. `%s | Gemeente Voorbeeldstad`. Default: `%s | <organisation name>`.'),
      defaultImage: publicFilePath
        .optional()
        .describe(
          'Optional image for link previews (OpenGraph, Twitter) of pages without their own `image`: a path under `public/`, 1200×630 pixels. Default: each page gets its own image, made at build time (its title and the organisation on the theme colour).',
        ),
      twitterSite: z
        .string()
        .regex(/^@\w{1,15}$/, 'must be an X/Twitter handle like `@voorbeeldstad`')
        .optional()
        .describe('Optional X/Twitter account of the organisation, e.g. `@voorbeeldstad`.'),
      strict: z.boolean().default(false).describe('`true` turns SEO warnings (duplicate or too long titles and descriptions) into build errors.'),
    })
    .prefault({})
    .describe('Search engine and link preview settings.'),
  privacy: z
    .strictObject({
      controller: z.string().trim().min(1).optional().describe('Who is responsible for the data (verwerkingsverantwoordelijke). Default: the organisation name.'),
      email: email.describe('Address for privacy questions and requests, e.g. `privacy@voorbeeldstad.nl`.'),
      dpoEmail: email.optional().describe('Optional address of the data protection officer (functionaris gegevensbescherming).'),
      updated: isoDate.describe('Date of the last change of the privacy statement, `YYYY-MM-DD`.'),
      legalBasis: z
        .enum(['toestemming', 'algemeen-belang'])
        .default('toestemming')
        .describe(
          'The legal basis (grondslag) for the data asked on forms: `toestemming` (consent, AVG art. 6(1)(a), the default) or `algemeen-belang` (a task in the public interest, art. 6(1)(e)).',
        ),
    })
    .describe('The privacy statement at /privacy/.'),
  accessibility: z
    .strictObject({
      status: z
        .enum(ACCESSIBILITY_STATUSES)
        .describe('Compliance status as in the register: `voldoet`, `voldoet-gedeeltelijk`, `eerste-maatregelen` or `voldoet-niet`.'),
      date: isoDate.describe('Date the statement was signed, `YYYY-MM-DD`.'),
      registerUrl: httpsUrl.optional().describe('Link to the statement in the national register, e.g. `https://www.toegankelijkheidsverklaring.nl/register/1234`.'),
      email: email.describe('Address where visitors report accessibility problems.'),
    })
    .describe('The accessibility statement at /toegankelijkheid/ (WCAG 2.1 AA).'),
  security: z
    .strictObject({
      contact: z
        .array(z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+|tel:\+?[\d-]+)$/, 'must be a `mailto:`, `https://` or `tel:` URI'))
        .min(1, 'needs at least one contact')
        .describe('How to report a vulnerability: `mailto:`, `https://` or `tel:` URIs (security.txt `Contact`).'),
      expiresInDays: z.number().int().min(1).max(365, 'must be at most 365: RFC 9116 advises less than a year').default(180)
        .describe('Days after the build until security.txt expires (1–365).'),
      policy: httpsUrl.optional().describe('Optional link to the vulnerability disclosure policy.'),
    })
    .describe('The security.txt at /.well-known/security.txt (RFC 9116).'),
  theme: z
    .string()
    .regex(/\.css$/, 'must be the path of a .css file, like `./theme.css`')
    .optional()
    .describe('Optional CSS file, relative to the project root, that overrides design tokens (`--wegwijzer-*`), e.g. `./theme.css`.'),
  tokens: z
    .string()
    .regex(PACKAGE_NAME, 'must be the name of an installed npm package, like `@utrecht/design-tokens`')
    .optional()
    .describe(
      'Optional NL Design System design-token package of the organisation, e.g. `@utrecht/design-tokens`: its colours, fonts and radii become the site\'s (installed with `npm install --save-exact <package>`); `theme` still overrides on top.',
    ),
  phases: z
    .array(phaseSchema)
    .min(1, 'needs at least one phase')
    .default(() => [...DEFAULT_PHASES])
    .superRefine((phases, ctx) => {
      const seen = new Set<string>();
      for (const [index, phase] of phases.entries()) {
        if (seen.has(phase.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate phase id \`${phase.id}\`: every phase needs its own id` });
        }
        seen.add(phase.id);
      }
    })
    .describe('The ordered phases of every journey, each `{ id, label, need }`.'),
  leads: leadsSchema,
  locale: z
    .enum(Object.keys(LOCALES) as [keyof typeof LOCALES, ...(keyof typeof LOCALES)[]])
    .default('nl')
    .describe('Language of the texts Wegwijzer writes: `nl` (default) or `en`, for an international campaign.'),
  tone: z
    .enum(TONES)
    .default('u')
    .describe('How the Dutch texts Wegwijzer writes address the visitor: `u` (default) or `je`. English has one form.'),
  strings: stringsSchema
    .default({})
    .describe("The site's own wording of texts Wegwijzer writes, by key, e.g. `{ 'nextStep.title': 'Verder' }`; keys in src/strings/catalogue.ts."),
  timeZone: z
    .string()
    .refine((value) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone like `Europe/Amsterdam`')
    .default('Europe/Amsterdam')
    .describe('Time zone of the dates and times editors write (events): an IANA name, default `Europe/Amsterdam`.'),
  journeyMap: z
    .boolean()
    .default(false)
    .describe(
      '`true` also builds the journey map at `/_wegwijzer/reis/` (in `astro dev` it is always there), for a review or staging site: `noindex`, not in the sitemap, not in the site search. Default `false`: the public site does not show the team its own gaps.',
    ),
  stats: statsSchema,
  readability: readabilitySchema,
  verify: verifySchema,
}).superRefine((options, ctx) => {
  const phaseIds = new Set(options.phases.map((phase) => phase.id));
  for (const id of Object.keys(options.readability.phases)) {
    if (!phaseIds.has(id)) {
      ctx.addIssue({ code: 'custom', path: ['readability', 'phases', id], message: `names phase \`${id}\`, which is not one of the phases (${[...phaseIds].join(', ')})` });
    }
  }
});

export type ReadabilityOptions = WegwijzerOptions['readability'];

/** The targets for a page of `phase`: the phase's own over the general ones. */
export function readabilityTargets(readability: ReadabilityOptions, phase: string | undefined): ReadabilityTargets {
  return { ...readability.targets, ...(phase === undefined ? {} : readability.phases[phase]) };
}

export type WegwijzerUserOptions = z.input<typeof optionsSchema>;
export type WegwijzerOptions = z.output<typeof optionsSchema>;

export class WegwijzerOptionsError extends Error {
  override name = 'WegwijzerOptionsError';
}

/** Validates user options; throws a readable error listing every wrong option. */
export function parseOptions(input: unknown): WegwijzerOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = explainIssues(optionsSchema, input, result.error.issues).map(({ path, message, description, allowed }) => {
    const where = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    if (allowed !== undefined) return `- unknown option \`${where}\`: remove it or check its spelling (allowed: ${allowed.join(', ') || 'see README'})`;
    return `- option \`${where}\` ${message}${description ? `. Expected: ${description}` : ''}`;
  });
  return failWith(`Invalid wegwijzer() options in astro.config.mjs:\n${lines.join('\n')}`);
}

function failWith(message: string): never {
  throw new WegwijzerOptionsError(message);
}

