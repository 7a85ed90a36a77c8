/**
 * The site's own voice: the texts of the catalogue in the site's language (`locale`) and form of
 * address (`tone`, Dutch only), with the site's own overrides on top. Pure, so the options, the
 * pages, the form script's texts and the tests share one resolution.
 */
import { z } from 'zod';
import { closest } from '../journey/suggest.ts';
import { CATALOGUE, type Entry, type StringKey } from './catalogue.ts';
import { format, PLACEHOLDER, type Values } from './format.ts';

export { format, type Values } from './format.ts';

export type { StringKey } from './catalogue.ts';

/** The languages a site can be written in, with the codes each place needs. */
export const LOCALES = {
  nl: { lang: 'nl', bcp47: 'nl-NL', openGraph: 'nl_NL' },
  en: { lang: 'en', bcp47: 'en-GB', openGraph: 'en_GB' },
} as const;
export type Locale = keyof typeof LOCALES;

/** How Dutch texts address the visitor: formal `u` or informal `je`. */
export const TONES = ['u', 'je'] as const;
export type Tone = (typeof TONES)[number];

export type Strings = Readonly<Record<StringKey, string>>;

export const STRING_KEYS = Object.keys(CATALOGUE) as StringKey[];

function isKey(key: string): key is StringKey {
  return Object.hasOwn(CATALOGUE, key);
}

/** The catalogue's text of one entry for a locale and tone. */
function catalogueText(entry: Entry, locale: Locale, tone: Tone): string {
  if (locale === 'en') return entry.en;
  return 'nl' in entry ? entry.nl : entry[tone];
}

export interface Voice {
  locale: Locale;
  tone: Tone;
  /** The site's own texts by key; validated by `stringsSchema`. */
  overrides?: Readonly<Partial<Record<string, string>>>;
}

/** Every text for this voice: the catalogue's, with the site's overrides on top. */
export function resolveStrings({ locale, tone, overrides = {} }: Voice): Strings {
  const strings = {} as Record<StringKey, string>;
  for (const key of STRING_KEYS) strings[key] = overrides[key] ?? catalogueText(CATALOGUE[key], locale, tone);
  return strings;
}


/** The placeholder names in a text: `Stap {step} van {total}` → step, total. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/** The placeholders an entry offers: those of all its variants. */
function entryPlaceholders(entry: Entry): Set<string> {
  return new Set(Object.values(entry).flatMap((text: string) => placeholders(text)));
}


/** A text split around the placeholders that are markup (`{link}`): text parts and slot names, in order. */
export type TemplatePart = { text: string } | { slot: string };

export function templateParts(text: string, values: Values, slots: readonly string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let rest = format(text, values);
  if (slots.length === 0) return rest === '' ? [] : [{ text: rest }];
  const pattern = new RegExp(`\\{(${slots.map((slot) => slot.replace(/\W/g, '')).join('|')})\\}`);
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
    if (match.index > 0) parts.push({ text: rest.slice(0, match.index) });
    parts.push({ slot: match[1] ?? '' });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts;
}

export type Translate = (key: StringKey, values?: Values) => string;

export function translator(strings: Strings): Translate {
  return (key, values) => format(strings[key], values);
}

/**
 * The `strings` option: the site's own texts by key. An unknown key is refused with its name and
 * the likely intended key; an override may use the placeholders of the text it replaces, no others.
 */
export const stringsSchema = z
  .record(z.string(), z.string().trim().min(1, 'must not be empty'))
  .superRefine((overrides, ctx) => {
    for (const [key, text] of Object.entries(overrides)) {
      if (!isKey(key)) {
        const near = closest(key, STRING_KEYS);
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is not a text Wegwijzer writes${near ? `: did you mean \`${near}\`?` : '.'} The keys are listed in src/strings/catalogue.ts (README: "The site's own voice")`,
        });
        continue;
      }
      const allowed = entryPlaceholders(CATALOGUE[key]);
      const unknown = placeholders(text).filter((name) => !allowed.has(name));
      if (unknown.length > 0) {
        const offered = [...allowed].map((name) => `{${name}}`).join(', ');
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `uses ${unknown.map((name) => `{${name}}`).join(', ')}, which this text does not fill in (${offered === '' ? 'it has no placeholders' : `it offers ${offered}`})`,
        });
      }
    }
  });

/**
 * The texts of a site with the default options (Dutch, `u`), for server-side code that is also
 * used outside a site (the CLI, tests). Pages read the site's own texts from src/strings/runtime.ts.
 */
export const dutchTexts: Translate = translator(resolveStrings({ locale: 'nl', tone: 'u' }));
