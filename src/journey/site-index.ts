/**
 * What the checks look up: the site's pages, personas, downloads and files by id or URL, and how a
 * site path, a download id, a file or a content image resolves. One resolver for the frontmatter's
 * `cta` and `image` and for every link and component prop in the bodies, so both follow the same
 * rules and hints.
 */
import { siteExamples, type SiteExamples } from './examples.ts';
import type { ContentSnapshot, PageEntry, PersonaEntry, ReferenceKind } from './model.ts';
import { CONTENT_IMAGE_NAME } from './rules.ts';
import { closest, suggestion } from './suggest.ts';
import { isFilePath, normalizePath, ownSitePath, sitePath } from './urls.ts';

/** The personas a page is for, as a list. */
export function pagePersonas(page: { data: Pick<PageEntry['data'], 'persona'> }): string[] {
  return typeof page.data.persona === 'string' ? [page.data.persona] : page.data.persona;
}

export interface SiteIndex {
  phaseOrder: Map<string, number>;
  phaseIds: string[];
  personas: Map<string, PersonaEntry>;
  personaIds: string[];
  /** Personas and downloads whose files exist but are invalid: their ids still exist. */
  invalidPersonaIds: Set<string>;
  downloadIds: Set<string>;
  invalidDownloadIds: Set<string>;
  /** Events by id, with those whose files exist but are invalid. */
  eventIds: Set<string>;
  invalidEventIds: Set<string>;
  /** Contact requests by id, with those whose files exist but are invalid. */
  contactIds: Set<string>;
  invalidContactIds: Set<string>;
  pagesByUrl: Map<string, PageEntry>;
  pagesByPersona: Map<string, PageEntry[]>;
  routes: Set<string>;
  invalidUrls: Set<string>;
  examples: SiteExamples;
  /** The site's own URL (see ContentSnapshot.site): links to its host are site paths. */
  site?: string;
}

export function buildIndex(content: ContentSnapshot): SiteIndex {
  const pagesByUrl = new Map<string, PageEntry>();
  const pagesByPersona = new Map<string, PageEntry[]>();
  for (const page of content.pages) {
    if (!pagesByUrl.has(page.url)) pagesByUrl.set(page.url, page);
    for (const persona of pagePersonas(page)) {
      const list = pagesByPersona.get(persona);
      if (list === undefined) pagesByPersona.set(persona, [page]);
      else list.push(page);
    }
  }
  const personaIds = content.personas.map((persona) => persona.id);
  const downloadIds = content.downloads.map((download) => download.id);
  return {
    phaseOrder: new Map(content.phases.map((phase, index) => [phase.id, index])),
    phaseIds: content.phases.map((phase) => phase.id),
    personas: new Map(content.personas.map((persona) => [persona.id, persona])),
    personaIds,
    invalidPersonaIds: new Set(content.invalidPersonaIds ?? []),
    downloadIds: new Set(downloadIds),
    invalidDownloadIds: new Set(content.invalidDownloadIds ?? []),
    eventIds: new Set((content.events ?? []).map((event) => event.id)),
    invalidEventIds: new Set(content.invalidEventIds ?? []),
    contactIds: new Set((content.contacts ?? []).map((contact) => contact.id)),
    invalidContactIds: new Set(content.invalidContactIds ?? []),
    pagesByUrl,
    pagesByPersona,
    routes: new Set(content.routes.map(normalizePath)),
    invalidUrls: new Set((content.invalidPages ?? []).map((page) => page.url)),
    examples: siteExamples({ pageUrls: [...pagesByUrl.keys()], personaIds, downloadIds, phaseIds: content.phases.map((phase) => phase.id), publicFiles: content.publicFiles }),
    ...(content.site === undefined ? {} : { site: content.site }),
  };
}

/** A persona id names a persona file, valid or not (an invalid one is reported in its own file). */
export function personaExists(id: string, index: SiteIndex): boolean {
  return index.personas.has(id) || index.invalidPersonaIds.has(id);
}

export function downloadExists(id: string, index: SiteIndex): boolean {
  return index.downloadIds.has(id) || index.invalidDownloadIds.has(id);
}

export function eventExists(id: string, index: SiteIndex): boolean {
  return index.eventIds.has(id) || index.invalidEventIds.has(id);
}

export function contactExists(id: string, index: SiteIndex): boolean {
  return index.contactIds.has(id) || index.invalidContactIds.has(id);
}

/** What to do about an id that names no contact request. */
export function contactFix(id: string, index: SiteIndex): string {
  return `${suggestion(id, [...index.contactIds], 'contact request')} A contact request is a file content/contact/<id>.yaml.`;
}

/** What to do about an id that names no event. */
export function eventFix(id: string, index: SiteIndex): string {
  return `${suggestion(id, [...index.eventIds], 'event')} An event is a file content/events/<id>.yaml.`;
}

/** A site path resolves when it is a page (valid or not), a generated route or a file under public/. */
export function resolvesOnSite(href: string, content: ContentSnapshot, index: SiteIndex): boolean {
  const path = href.replace(/[?#].*$/, '');
  if (isFilePath(path)) return content.publicFiles.has(path);
  const url = normalizePath(path);
  return index.pagesByUrl.has(url) || index.routes.has(url) || index.invalidUrls.has(url);
}

function hrefFix(href: string, content: ContentSnapshot, index: SiteIndex): string {
  const path = href.replace(/[?#].*$/, '');
  if (isFilePath(path)) {
    const near = closest(path, sameExtension(path, content.publicFiles));
    return `${near ? `Did you mean \`${near}\`? ` : ''}Add the file public${path}, or link to an existing file.`;
  }
  const known = [...index.pagesByUrl.keys(), ...index.routes];
  const near = closest(normalizePath(path), known);
  return `${near ? `Did you mean \`${near}\`? ` : ''}Link to an existing page (its URL is its path under ${content.pagesDir}/ without .mdx, e.g. ${index.examples.page}), or create the page.`;
}

/**
 * Why a link to a page (or, for a Markdown image, a file) does not resolve, or undefined when it
 * does or leaves the site. `href` as written on the page at `pageUrl`: a site path, a relative
 * path or a full URL on the site's own host, which follows the same rules and hints as its path.
 */
export function linkProblem(kind: 'page' | 'file', href: string, pageUrl: string, content: ContentSnapshot, index: SiteIndex): { reason: string; fix: string } | undefined {
  const path = sitePath(href, pageUrl, index.site);
  if (path === undefined) return undefined;
  const wrong = referenceProblem(kind, path, content, index);
  if (wrong === undefined || ownSitePath(href.trim(), index.site) === undefined) return wrong;
  // The full URL works only on the live host: its path also works in a preview or on a test server.
  return { ...wrong, fix: `${wrong.fix} Write a link to this site as its path, without \`${new URL(href.trim()).origin}\`: the path also works on a test or preview address.` };
}

/** Why a reference does not resolve (`reason` follows the reference in a message), or undefined when it does. */
export function referenceProblem(
  kind: ReferenceKind,
  value: string,
  content: ContentSnapshot,
  index: SiteIndex,
): { reason: string; fix: string } | undefined {
  if (kind === 'download') {
    if (downloadExists(value, index)) return undefined;
    return { reason: 'names no download of this site', fix: `${suggestion(value, [...index.downloadIds], 'download')} A download is a file content/downloads/<id>.yaml.` };
  }
  if (kind === 'event') {
    if (eventExists(value, index)) return undefined;
    return { reason: 'names no event of this site', fix: eventFix(value, index) };
  }
  if (kind === 'contact') {
    if (contactExists(value, index)) return undefined;
    return { reason: 'names no contact request of this site', fix: contactFix(value, index) };
  }
  if (kind === 'image') {
    // A path under public/ is shown as it is; any other name is a content image.
    if (value.startsWith('/')) return referenceProblem('file', value, content, index);
    return contentImageProblem(value, content);
  }
  if (kind === 'file') {
    if (!value.startsWith('/') || value.startsWith('//')) {
      return { reason: 'is not a path under public/', fix: `Put the file under public/ and write its path from there, like ${index.examples.image}: no page may load files from another site.` };
    }
    if (content.publicFiles.has(value.replace(/[?#].*$/, ''))) return undefined;
    const near = closest(value, sameExtension(value, content.publicFiles));
    return { reason: 'does not exist under public/', fix: `${near ? `Did you mean \`${near}\`? ` : ''}Add the file public${value}, or correct the path.` };
  }
  if (resolvesOnSite(value, content, index)) return undefined;
  return { reason: 'matches no page, route or file of this site', fix: hrefFix(value, content, index) };
}

/** Why a content image (its path under content/images/) does not resolve; undefined when it does or images are not known. */
function contentImageProblem(name: string, content: ContentSnapshot): { reason: string; fix: string } | undefined {
  if (content.images === undefined || content.images.has(name)) return undefined;
  const folder = content.imagesDir ?? 'content/images';
  if (!CONTENT_IMAGE_NAME.test(name)) {
    return {
      reason: `is not the name of an image in ${folder}/`,
      fix: `Name an image by its path under ${folder}/, like \`${[...content.images].sort()[0] ?? 'foto.jpg'}\` (a .jpg, .png, .webp, .avif, .gif or .svg file, lowercase extension), or a file under public/ by its path from there.`,
    };
  }
  const near = closest(name, content.images);
  return { reason: `is not in ${folder}/`, fix: `${near ? `Did you mean \`${near}\`? ` : ''}Put the image at ${folder}/${name}, or correct the name (its path under ${folder}/).` };
}

/** Files with the extension of `path`: a likely typo of an image is another image, not the logo. */
function sameExtension(path: string, files: Iterable<string>): string[] {
  const extension = path.slice(path.lastIndexOf('.')).toLowerCase();
  return [...files].filter((file) => file.toLowerCase().endsWith(extension));
}
