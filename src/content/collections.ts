/**
 * Astro content collections over the editor's `content/` folder, validated by the shared contract.
 * A site's whole `src/content.config.ts` is one call:
 *
 *   import { wegwijzerCollections } from 'wegwijzer/content';
 *   export const collections = wegwijzerCollections();
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { COLLECTIONS } from './paths.ts';
import { contactSchema, downloadSchema, eventSchema, extensionConflicts, homeSchema, PAGE_EXTENSION, pageSchema, personaSchema } from '../journey/schemas.ts';

/**
 * In `astro dev` the journey gate already reports invalid frontmatter, as warnings, on the page and
 * in the dev toolbar. Astro's own validation would stop the whole dev server on one bad file, and
 * passing the raw value on would let a page crash on it (a `date: 28-11-2026` that is no date), so
 * there an invalid entry keeps every field that is valid on its own and gets a stand-in for each
 * required field that is not: the page renders, with the gate's notice. `astro build` never gets
 * here with invalid content: the gate stops it first.
 */
function tolerantInDev<T extends z.ZodObject>(schema: T, standIns: Record<string, unknown>): T {
  if (!import.meta.env?.DEV) return schema;
  return z.unknown().transform((value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : repaired(schema, value, standIns);
  }) as unknown as T;
}

function repaired(schema: z.ZodObject, value: unknown, standIns: Record<string, unknown>): Record<string, unknown> {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const output: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse(input[key]);
    if (result.success) {
      if (result.data !== undefined) output[key] = result.data;
    } else if (key in standIns) output[key] = standIns[key];
  }
  return output;
}

/**
 * Stand-ins for required fields that are invalid, in dev only: harmless values that render. They are
 * developer text, in English like the dev notice above the page that says what is wrong
 * (src/components/DevNotice.astro), so no one mistakes them for the site's own words; a build never
 * shows them (the gate stops it first).
 */
const DEV_STAND_INS = {
  pages: { title: '[astro dev] Page with errors in its frontmatter', description: '', persona: [], phase: '', cta: { label: '[astro dev] To the home page', href: '/' } },
  personas: { name: '[astro dev] Persona with errors', summary: '', question: '', influences: [], channels: [], goal: '' },
  downloads: { title: '[astro dev] Download with errors', description: '', file: '', format: '', gate: 'none', retention: 'P1D', purpose: '' },
  contact: { title: '[astro dev] Contact request with errors', description: '', purpose: '', channels: ['email'], retention: 'P1D', next: '' },
  events: { title: '[astro dev] Event with errors', description: '', start: '2000-01-01T00:00', end: '2000-01-01T01:00', location: '', capacity: 1, retention: 'P1D', purpose: '' },
  home: { title: '[astro dev] Home page with errors in its frontmatter', description: '', lead: '' },
} satisfies Record<keyof typeof COLLECTIONS, Record<string, unknown>>;

/** How the glob loader reads a file's data (Astro's entry types; not part of the public loader context). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/**
 * In `astro dev`, a file whose frontmatter or YAML cannot be parsed would stop the content sync, and
 * with it the dev server, before anything is served. There such a file loads with empty data (the
 * stand-ins above fill it), and the gate reports the YAML error with its line; `astro build` keeps
 * Astro's own loader, and the gate stops it first.
 */
function tolerantInDevLoader(loader: Loader): Loader {
  if (!import.meta.env?.DEV) return loader;
  return {
    ...loader,
    load(context: LoaderContext) {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (entryTypes === undefined) return loader.load(context);
      const tolerant = new Map(
        [...entryTypes].map(([extension, entryType]) => [
          extension,
          {
            ...entryType,
            async getEntryInfo(params: { fileUrl: URL; contents: string }) {
              try {
                return await entryType.getEntryInfo(params);
              } catch {
                return { data: {}, rawData: '', body: '', slug: '' };
              }
            },
          },
        ]),
      );
      return loader.load({ ...context, entryTypes: tolerant } as LoaderContext);
    },
  };
}

/**
 * A collection a site may leave empty (content/home.mdx, content/events/, content/contact/): a site
 * without it is fine, so the glob loader's warning that it found no file is left out; everything
 * else it does (reading, watching in dev) stays as it is.
 */
function optionalFileLoader(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const logger: LoaderContext['logger'] = Object.create(context.logger);
      logger.warn = (message: string) => {
        if (!message.startsWith('No files found matching') && !message.startsWith('The base directory')) context.logger.warn(message);
      };
      return loader.load({ ...context, logger });
    },
  };
}

/** Collections a site may leave empty without a warning: the home page file, events and contact requests. */
const OPTIONAL_COLLECTIONS: ReadonlySet<keyof typeof COLLECTIONS> = new Set(['home', 'events', 'contact']);

export interface WegwijzerCollectionsOptions<Extra extends z.ZodRawShape> {
  pages?: {
    /**
     * The site's own page fields, e.g. `z.object({ budget: z.number().optional() })` (with `z` from
     * `astro/zod`). The gate, the build and `astro check` validate them with this one schema, and
     * `getCollection('pages')` types them.
     */
    extend?: z.ZodObject<Extra>;
  };
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extra fields by default
export function wegwijzerCollections<Extra extends z.ZodRawShape = {}>(options: WegwijzerCollectionsOptions<Extra> = {}) {
  const extension = options.pages?.extend;
  const conflicts = extension === undefined ? [] : extensionConflicts(extension);
  if (conflicts.length > 0) {
    throw new Error(`wegwijzerCollections(): pages.extend redefines ${conflicts.map((field) => `\`${field}\``).join(', ')}, which Wegwijzer defines. Give your own field another name.`);
  }
  // The same extension as the gate's contentSchemasFor(), typed with the site's own fields.
  const pages = (extension === undefined ? pageSchema : pageSchema.safeExtend(extension.shape)) as unknown as z.ZodObject<typeof pageSchema.shape & Extra, z.core.$strict>;
  const collection = <S extends z.ZodObject>(name: keyof typeof COLLECTIONS, schema: S) => {
    const files = glob({ pattern: COLLECTIONS[name].pattern, base: `./${COLLECTIONS[name].dir}` });
    return defineCollection({
      loader: tolerantInDevLoader(OPTIONAL_COLLECTIONS.has(name) ? optionalFileLoader(files) : files),
      schema: tolerantInDev(schema, DEV_STAND_INS[name]),
    });
  };
  const collections = {
    pages: collection('pages', pages),
    personas: collection('personas', personaSchema),
    downloads: collection('downloads', downloadSchema),
    events: collection('events', eventSchema),
    contact: collection('contact', contactSchema),
    home: collection('home', homeSchema),
  };
  // Not enumerable: Astro sees only the collections; the gate reads the extension (site-config.ts).
  Object.defineProperty(collections, PAGE_EXTENSION, { value: extension });
  return collections;
}
