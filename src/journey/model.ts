import type { Phase } from './phases.ts';
import type { ContactData, DownloadData, EventData, HomeData, PageData, PersonaData } from './schemas.ts';

/** One thing wrong with the content: where, what, and how to fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/pages/bus/terug.mdx`. */
  file: string;
  /** Line in the file, counting from 1, when the problem has a place in it. */
  line?: number;
  /** Column on that line, counting from 1. */
  column?: number;
  /** Dotted field path inside the file, e.g. `cta.href`. */
  field?: string;
  message: string;
  fix: string;
}

/** A place in a file: line and column, both counting from 1. */
export interface Place {
  line: number;
  column: number;
}

/** Where each field of a YAML file or frontmatter starts, by dotted path (`cta.href`, `persona.1`). */
export type FieldPlaces = Readonly<Record<string, Place>>;

/** A link or image in an MDX body, written as Markdown: `[tekst](/pad/)` or `![alt](/img.png)`. */
export interface BodyLink extends Place {
  kind: 'link' | 'image';
  url: string;
}

/**
 * A prop's value as far as the source tells it without running code, each part with its place in
 * the file: text (`"/bus/"`, `{'/bus/'}`, a template without `${}`), another literal (a number,
 * `true`, `null`), an array or object literal of such values, or `computed` — a variable, a call,
 * a calculation, a template with `${}` — known only when the page runs.
 */
export type StaticValue = Place &
  (
    | { kind: 'text'; value: string }
    | { kind: 'literal' }
    | { kind: 'array'; items: readonly StaticValue[] }
    /** Entries in source order; a spread (`...rest`) or a computed key is an entry with key `null`. */
    | { kind: 'object'; entries: readonly { key: string | null; value: StaticValue }[] }
    /** `source`: the expression as written, for the message. */
    | { kind: 'computed'; source: string }
  );

/** A prop of an element, at the place of its name (`href=`). */
export interface ElementProp extends Place {
  name: string;
  value: StaticValue;
}

/** A JSX element in an MDX body: a component (`<Cta …>`) or an HTML element (`<a href>`). */
export interface BodyElement extends Place {
  name: string;
  props: readonly ElementProp[];
  /** A spread of props (`<Cta {...link} />`): any prop not written out may come from it. */
  spread?: Place & { source: string };
  /** Its content as plain text, when the reader was asked for it. */
  text?: string;
}

/** A run of body text that readers read as prose, with the place of each of its parts. */
export interface ProseBlock {
  /** The text, its parts joined; a block is a paragraph, a list item or a table cell. */
  text: string;
  /** Where each part of `text` starts in the file: `offset` is its index in `text`. */
  parts: readonly (Place & { offset: number })[];
}

/** What the loader read from an MDX body, as plain data for the checks. */
export interface PageBody {
  links: readonly BodyLink[];
  /** Every JSX element, except components the page imports or declares itself. */
  elements: readonly BodyElement[];
  prose: readonly ProseBlock[];
}

/**
 * What a prop of a component names: a site path (page, route or file), a download id, a file under
 * public/, or a content image (its path under content/images/, made responsive by astro:assets).
 */
export type ReferenceKind = 'page' | 'download' | 'event' | 'contact' | 'file' | 'image';

/**
 * Where in a prop's value a reference sits: the prop's name (`href`), then `.key` for a key of an
 * object and `[]` for every item of an array: `items[].href` is the `href` of each item of `items`.
 */
export type ReferencePath = string;

/** One MDX component editors may use, and which of its props name something the gate can check. */
export interface ComponentSpec {
  /**
   * Props (or places in a prop's array or object value) that name a page, a download, a public file
   * or a content image, e.g. `{ href: 'page' }` or `{ 'items[].href': 'page' }`. Their values must be
   * written out in the page, so the gate can follow them.
   */
  references?: Readonly<Record<ReferencePath, ReferenceKind>>;
  /**
   * Props the build reads from the page's MDX source rather than from the rendered page (an
   * `Event`'s calendar file is made from it): their values must be written out too.
   */
  literal?: readonly string[];
}

export type ComponentRegistry = Readonly<Record<string, ComponentSpec>>;

export interface PersonaEntry {
  id: string;
  file: string;
  data: PersonaData;
}

export interface PageEntry {
  file: string;
  /** The URL path of the page, always with leading and trailing slash. */
  url: string;
  data: PageData;
  /** The MDX body as data; absent when it could not be parsed (already reported) or was not read. */
  body?: PageBody;
}

export interface HomeEntry {
  file: string;
  data: HomeData;
  /** The MDX body as data (the home page's extra sections), like a page's. */
  body?: PageBody;
}

export interface ContactEntry {
  id: string;
  file: string;
  data: ContactData;
}

export interface EventEntry {
  id: string;
  file: string;
  data: EventData;
}

export interface DownloadEntry {
  id: string;
  file: string;
  data: DownloadData;
}

/**
 * A page whose frontmatter failed validation (already reported). It still exists, so links to it
 * resolve and the persona/phase it names still count for coverage: one mistake, one problem.
 * `personas` or `phase` is undefined when the frontmatter does not say it readably: then the page
 * may be for any persona or phase, and no coverage or dead-end problem is blamed on its absence.
 */
export interface InvalidPage {
  file: string;
  url: string;
  personas?: string[];
  phase?: string;
  /** The MDX body as data, when it could be read. */
  body?: PageBody;
}

/** Everything the journey checks look at: plain data, no I/O. */
export interface ContentSnapshot {
  phases: readonly Phase[];
  personas: readonly PersonaEntry[];
  pages: readonly PageEntry[];
  /** Pages that failed validation; optional, see InvalidPage. */
  invalidPages?: readonly InvalidPage[];
  /** Ids of persona and download files that exist but failed validation (already reported). */
  invalidPersonaIds?: readonly string[];
  invalidDownloadIds?: readonly string[];
  downloads: readonly DownloadEntry[];
  /** Events people sign up for (`content/events/`); ids of invalid event files (already reported). */
  events?: readonly EventEntry[];
  invalidEventIds?: readonly string[];
  /** Contact requests (`content/contact/`); ids of invalid ones (already reported). */
  contacts?: readonly ContactEntry[];
  invalidContactIds?: readonly string[];
  /** Files under `public/`, as site paths with a leading slash (`/brochures/gids.pdf`). */
  publicFiles: ReadonlySet<string>;
  /** URL paths the site serves besides content pages (home, hubs, statements). */
  routes: readonly string[];
  /**
   * The `site` URL of astro.config.mjs (`https://www.voorbeeldstad.nl`): a full URL on its host is
   * checked like the site path it names. Absent: every full URL counts as another site's.
   */
  site?: string;
  /** `content/home.mdx`, when the site has one and it is valid. */
  home?: HomeEntry;
  /** Files under `content/images/`, by their path there (`schoolplein.jpg`); absent: not checked. */
  images?: ReadonlySet<string>;
  /** Where content images go, for messages, e.g. `content/images`. */
  imagesDir?: string;
  /** Where new page files go, for suggestions, e.g. `content/pages`. */
  pagesDir: string;
  /** The MDX components editors may use; without it, bodies are not checked for components. */
  components?: ComponentRegistry;
  /** Where the fields of each file start, by file, so a field's problem names its line. */
  fieldPlaces?: ReadonlyMap<string, FieldPlaces>;
}
