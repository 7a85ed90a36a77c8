/**
 * Reads the editor's content folder from disk into a plain snapshot for the journey checks.
 * Parse and schema errors become problems; valid entries go into the snapshot.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import type { ContactEntry, ContentSnapshot, DownloadEntry, EventEntry, FieldPlaces, HomeEntry, InvalidPage, PageBody, PageEntry, PersonaEntry, Problem } from '../journey/model.ts';
import type { Phase } from '../journey/phases.ts';
import { contentSchemas, ID_PATTERN, type ContentSchemas } from '../journey/schemas.ts';
import { contentPageUrl, PAGES_DIR } from './paths.ts';
import { validateEntry } from '../journey/validate.ts';
import { siteExamples, type SiteExamples } from '../journey/examples.ts';
import { HOME_FILE, IMAGES_DIR } from './paths.ts';
import { readBody, type BodyReading } from './mdx-body.ts';
import { checkedProps } from '../journey/body.ts';
import { MDX_COMPONENTS } from '../components/registry.ts';
import { readYaml, recoverYaml } from './yaml-places.ts';

export interface LoadOptions {
  /** Absolute path of the project root. */
  root: string;
  contentDir: string;
  publicDir: string;
  phases: readonly Phase[];
  routes: readonly string[];
  /** The `site` URL of astro.config.mjs: links to its host are checked like site paths. */
  site?: string;
  /** The site's content schemas (with its own page fields); default Wegwijzer's contract. */
  schemas?: ContentSchemas;
  /**
   * Keep what was read of each file and text for the next run, which then reads only what changed:
   * for `astro dev`, where the gate runs after each save. A single run (a build, `wegwijzer check`)
   * keeps nothing, so its memory is free for the build.
   */
  reuse?: boolean;
}

export interface LoadedContent {
  snapshot: ContentSnapshot;
  /** Problems found while reading and validating files (before the journey checks). */
  problems: Problem[];
}


function listFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

const YAML_FIX = 'Correct the YAML at that line: indent nested fields by two spaces, put a space after each colon, and quote a value that contains `: ` or starts with a special character.';

function idFrom(file: string, name: string, folder: string): { id: string } | { problem: Problem } {
  const id = name.replace(/\.ya?ml$/, '');
  if (ID_PATTERN.test(id)) return { id };
  const suggested = id.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    problem: {
      file,
      message: `the file name \`${name}\` is not a valid id`,
      fix: `Rename it to ${folder}/${suggested || 'naam'}.yaml: lowercase letters, digits and hyphens.`,
    },
  };
}

interface Reading {
  problems: Problem[];
  places: Map<string, FieldPlaces>;
  examples: SiteExamples;
}

function loadYamlCollection<C extends 'personas' | 'downloads' | 'events' | 'contact'>(options: LoadOptions, collection: C, reading: Reading) {
  const { problems } = reading;
  const folder = `${options.contentDir}/${collection}`;
  const entries: { id: string; file: string; data: unknown }[] = [];
  /** Files that exist under a valid id but are invalid: their id still exists for references. */
  const invalidIds: string[] = [];
  for (const path of listFiles(join(options.root, folder))) {
    const file = toPosix(relative(options.root, path));
    const name = file.slice(folder.length + 1);
    if (!/\.ya?ml$/.test(name) || name.includes('/')) {
      problems.push({ file, message: `is not a ${collection.slice(0, -1)} file`, fix: `Only ${folder}/<id>.yaml files belong here: move or rename it.` });
      continue;
    }
    const id = idFrom(file, name, folder);
    if ('problem' in id) {
      problems.push(id.problem);
      continue;
    }
    const yaml = readYaml(readFileSync(path, 'utf8'));
    reading.places.set(file, yaml.places);
    if (yaml.error) {
      problems.push({ file, line: yaml.error.line, column: yaml.error.column, message: `is not valid YAML: ${yaml.error.message}`, fix: YAML_FIX });
      invalidIds.push(id.id);
      continue;
    }
    const result = validateEntry(collection, file, yaml.data, reading.examples, options.schemas ?? contentSchemas);
    if (result.ok) entries.push({ id: id.id, file, data: result.data });
    else {
      problems.push(...result.problems);
      invalidIds.push(id.id);
    }
  }
  return { entries, invalidIds };
}

function loadPages(options: LoadOptions, reading: Reading): { pages: PageEntry[]; invalidPages: InvalidPage[] } {
  const { problems } = reading;
  const folder = `${options.contentDir}/pages`;
  const pages: PageEntry[] = [];
  const invalidPages: InvalidPage[] = [];
  for (const path of listFiles(join(options.root, folder))) {
    const file = toPosix(relative(options.root, path));
    const name = file.slice(folder.length + 1);
    if (!name.endsWith('.mdx')) {
      if (name.endsWith('.md')) {
        problems.push({ file, message: 'is a .md file; pages are MDX', fix: `Rename it to ${file}x.` });
      }
      continue;
    }
    const source = readFileSync(path, 'utf8');
    const read = readMdxFile(path, source, options.reuse === true);
    if (!read.ok) {
      problems.push(frontmatterYamlError(file, read.error));
      // The page exists all the same: links to it resolve, and what its frontmatter still says counts.
      invalidPages.push(invalidPage(file, recoverYaml(extractFrontmatter(source) ?? '')));
      continue;
    }
    const { parsed } = read;
    reading.places.set(file, read.places);
    const body = bodyOf(file, read.body, problems);
    const result = validateEntry('pages', file, parsed.frontmatter, reading.examples, options.schemas ?? contentSchemas);
    if (result.ok) pages.push({ file, url: contentPageUrl(file, result.data.slug), data: result.data, ...(body && { body }) });
    else {
      problems.push(...result.problems);
      invalidPages.push({ ...invalidPage(file, parsed.frontmatter), ...(body && { body }) });
    }
  }
  return { pages, invalidPages };
}

/** Only the values the body checks follow are parsed in full (most expressions are lists of texts). */
const CHECKED_PROPS = checkedProps(MDX_COMPONENTS);

type MdxFileReading =
  | { ok: true; parsed: ReturnType<typeof parseFrontmatter>; places: FieldPlaces; body: BodyReading }
  | { ok: false; error: unknown };

/**
 * An MDX file's frontmatter, its places and its body, by file and text. Parsing is most of the
 * gate's time; in `astro dev` the gate runs after each save, and only the edited file changed. The
 * readings are not changed by their users, so they can be shared between runs.
 */
const mdxReadings = new Map<string, { source: string; reading: MdxFileReading }>();

function readMdxFile(path: string, source: string, reuse: boolean): MdxFileReading {
  const known = reuse ? mdxReadings.get(path) : undefined;
  if (known?.source === source) return known.reading;
  let reading: MdxFileReading;
  try {
    // As @astrojs/mdx reads it: the frontmatter blanked with spaces, so the body keeps its lines.
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    reading = { ok: true, parsed, places: readYaml(parsed.rawFrontmatter).places, body: readBody(parsed.content, { values: CHECKED_PROPS }) };
  } catch (error) {
    reading = { ok: false, error };
  }
  if (reuse) mdxReadings.set(path, { source, reading });
  return reading;
}

/** The body as data, or undefined after reporting its syntax error. */
function bodyOf(file: string, reading: BodyReading, problems: Problem[]): PageBody | undefined {
  if (reading.ok) return reading.body;
  const { line, column, message, fix } = reading.error;
  problems.push({ file, line, column, message, fix });
  return undefined;
}

/** js-yaml's error (the parser Astro reads frontmatter with), at the file's own line and column. */
function frontmatterYamlError(file: string, error: unknown): Problem {
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
  const message = reason ?? (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  // The frontmatter text starts on the `---` line, so its line numbers are the file's less one.
  const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : {};
  return { file, ...place, message: `has frontmatter that is not valid YAML: ${message}`, fix: YAML_FIX };
}

/** What can still be read from a page with frontmatter errors: its URL, and its personas and phase when readable. */
function invalidPage(file: string, frontmatter: Record<string, unknown>): InvalidPage {
  const { persona, phase, slug } = frontmatter;
  const personas = (Array.isArray(persona) ? persona : [persona]).filter((id): id is string => typeof id === 'string');
  return {
    file,
    url: contentPageUrl(file, typeof slug === 'string' ? slug : undefined),
    ...(personas.length > 0 && { personas }),
    ...(typeof phase === 'string' && { phase }),
  };
}

/** `content/home.mdx`: optional; its frontmatter validated and its body read like a page's. */
function loadHome(options: LoadOptions, reading: Reading): HomeEntry | undefined {
  const { problems } = reading;
  const path = join(options.root, HOME_FILE);
  if (!existsSync(path)) return undefined;
  const read = readMdxFile(path, readFileSync(path, 'utf8'), options.reuse === true);
  if (!read.ok) {
    problems.push(frontmatterYamlError(HOME_FILE, read.error));
    return undefined;
  }
  const { parsed } = read;
  reading.places.set(HOME_FILE, read.places);
  const body = bodyOf(HOME_FILE, read.body, problems);
  const result = validateEntry('home', HOME_FILE, parsed.frontmatter, reading.examples, options.schemas ?? contentSchemas);
  if (result.ok) return { file: HOME_FILE, data: result.data, ...(body && { body }) };
  problems.push(...result.problems);
  return undefined;
}

/** Content images, by their path under content/images/. */
function loadImages(options: LoadOptions): Set<string> {
  const base = join(options.root, IMAGES_DIR);
  return new Set(listFiles(base).map((path) => toPosix(relative(base, path))));
}

function loadPublicFiles(options: LoadOptions): Set<string> {
  const base = join(options.root, options.publicDir);
  return new Set(listFiles(base).map((path) => `/${toPosix(relative(base, path))}`));
}

/** Examples for messages from the site's own files: their names are enough, before any is read. */
function examplesFor(options: LoadOptions, publicFiles: ReadonlySet<string>): SiteExamples {
  const names = (collection: string, extension: RegExp) => {
    const folder = join(options.root, options.contentDir, collection);
    return listFiles(folder).map((path) => toPosix(relative(folder, path))).filter((name) => extension.test(name));
  };
  return siteExamples({
    pageUrls: names('pages', /\.mdx$/).map((name) => contentPageUrl(`${PAGES_DIR}/${name}`)),
    personaIds: names('personas', /^[^/]+\.ya?ml$/).map((name) => name.replace(/\.ya?ml$/, '')),
    downloadIds: names('downloads', /^[^/]+\.ya?ml$/).map((name) => name.replace(/\.ya?ml$/, '')),
    phaseIds: options.phases.map((phase) => phase.id),
    publicFiles,
  });
}

export function loadContent(options: LoadOptions): LoadedContent {
  const publicFiles = loadPublicFiles(options);
  const reading: Reading = { problems: [], places: new Map(), examples: examplesFor(options, publicFiles) };
  const personas = loadYamlCollection(options, 'personas', reading);
  const downloads = loadYamlCollection(options, 'downloads', reading);
  const events = loadYamlCollection(options, 'events', reading);
  const contacts = loadYamlCollection(options, 'contact', reading);
  const { pages, invalidPages } = loadPages(options, reading);
  const home = loadHome(options, reading);
  return {
    snapshot: {
      ...(home === undefined ? {} : { home }),
      images: loadImages(options),
      imagesDir: IMAGES_DIR,
      phases: options.phases,
      personas: personas.entries as PersonaEntry[],
      pages,
      invalidPages,
      invalidPersonaIds: personas.invalidIds,
      invalidDownloadIds: downloads.invalidIds,
      downloads: downloads.entries as DownloadEntry[],
      events: events.entries as EventEntry[],
      invalidEventIds: events.invalidIds,
      contacts: contacts.entries as ContactEntry[],
      invalidContactIds: contacts.invalidIds,
      publicFiles,
      routes: options.routes,
      ...(options.site === undefined ? {} : { site: options.site }),
      pagesDir: `${options.contentDir}/pages`,
      fieldPlaces: reading.places,
    },
    problems: reading.problems,
  };
}
