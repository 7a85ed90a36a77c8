/**
 * The journey gate: pure checks over a content snapshot. Returns every problem at once,
 * each with the file to change and how. No I/O and no Astro imports, so the build, the CLI,
 * the dev server and the tests (and a future journey-map page) all run exactly this code.
 */
import type { ContentSnapshot, PageEntry, PersonaEntry, Problem } from './model.ts';
import type { Phase } from './phases.ts';
import { closest, suggestion } from './suggest.ts';
import { isFilePath, normalizePath } from './urls.ts';

/** The personas a page is for, as a list. */
export function pagePersonas(page: { data: Pick<PageEntry['data'], 'persona'> }): string[] {
  return typeof page.data.persona === 'string' ? [page.data.persona] : page.data.persona;
}

/** The phases a persona's journey requires, in journey order. */
export function journeyPhases(persona: { data: Pick<PersonaEntry['data'], 'phases'> }, phases: readonly Phase[]): Phase[] {
  const wanted = persona.data.phases;
  return wanted === undefined ? [...phases] : phases.filter((phase) => wanted.includes(phase.id));
}

interface Index {
  phaseOrder: Map<string, number>;
  phaseIds: string[];
  personas: Map<string, PersonaEntry>;
  personaIds: string[];
  downloadIds: Set<string>;
  pagesByUrl: Map<string, PageEntry>;
  pagesByPersona: Map<string, PageEntry[]>;
  routes: Set<string>;
  invalidUrls: Set<string>;
}

function buildIndex(content: ContentSnapshot): Index {
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
  return {
    phaseOrder: new Map(content.phases.map((phase, index) => [phase.id, index])),
    phaseIds: content.phases.map((phase) => phase.id),
    personas: new Map(content.personas.map((persona) => [persona.id, persona])),
    personaIds: content.personas.map((persona) => persona.id),
    downloadIds: new Set(content.downloads.map((download) => download.id)),
    pagesByUrl,
    pagesByPersona,
    routes: new Set(content.routes.map(normalizePath)),
    invalidUrls: new Set((content.invalidPages ?? []).map((page) => page.url)),
  };
}

export function checkJourneys(content: ContentSnapshot): Problem[] {
  const index = buildIndex(content);
  const problems = [
    ...checkPersonaPhases(content, index),
    ...checkDuplicateUrls(content, index),
    ...checkReferences(content, index),
    ...checkDownloadFiles(content),
    ...checkCoverage(content, index),
    ...checkDeadEnds(content, index),
    ...checkHome(content, index),
    ...checkPersonaExtras(content, index),
  ];
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

function checkPersonaPhases(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const persona of content.personas) {
    for (const phase of persona.data.phases ?? []) {
      if (!index.phaseOrder.has(phase)) {
        problems.push({
          file: persona.file,
          field: 'phases',
          message: `unknown phase \`${phase}\``,
          fix: suggestion(phase, index.phaseIds, 'phase'),
        });
      }
    }
  }
  return problems;
}

function checkDuplicateUrls(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    const first = index.pagesByUrl.get(page.url);
    if (first !== undefined && first !== page) {
      problems.push({
        file: page.file,
        field: page.data.slug === undefined ? undefined : 'slug',
        message: `has the same URL ${page.url} as ${first.file}`,
        fix: 'Give one of the two pages another file name or another `slug`.',
      });
    } else if (index.routes.has(page.url)) {
      problems.push({
        file: page.file,
        field: page.data.slug === undefined ? undefined : 'slug',
        message: `has the URL ${page.url}, which Wegwijzer already uses for a generated page`,
        fix: 'Move the file or set another `slug`.',
      });
    }
  }
  return problems;
}

function checkReferences(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    for (const persona of pagePersonas(page)) {
      if (!index.personas.has(persona)) {
        problems.push({
          file: page.file,
          field: 'persona',
          message: `unknown persona \`${persona}\``,
          fix: `${suggestion(persona, index.personaIds, 'persona')} A persona is a file content/personas/<id>.yaml.`,
        });
      }
    }
    if (!index.phaseOrder.has(page.data.phase)) {
      problems.push({
        file: page.file,
        field: 'phase',
        message: `unknown phase \`${page.data.phase}\``,
        fix: suggestion(page.data.phase, index.phaseIds, 'phase'),
      });
    }
    const { download, href } = page.data.cta;
    if (download !== undefined && !index.downloadIds.has(download)) {
      problems.push({
        file: page.file,
        field: 'cta.download',
        message: `unknown download \`${download}\``,
        fix: `${suggestion(download, [...index.downloadIds], 'download')} A download is a file content/downloads/<id>.yaml.`,
      });
    }
    if (href !== undefined && href.startsWith('/') && !resolvesOnSite(href, content, index)) {
      problems.push({
        file: page.file,
        field: 'cta.href',
        message: `\`${href}\` matches no page, route or file of this site`,
        fix: hrefFix(href, content, index),
      });
    }
    if (page.data.image !== undefined && !content.publicFiles.has(page.data.image)) {
      problems.push({
        file: page.file,
        field: 'image',
        message: `\`${page.data.image}\` does not exist under public/`,
        fix: `Add the file public${page.data.image}, or correct the path.`,
      });
    }
  }
  return problems;
}

function resolvesOnSite(href: string, content: ContentSnapshot, index: Index): boolean {
  const path = href.replace(/[?#].*$/, '');
  if (isFilePath(path)) return content.publicFiles.has(path);
  const url = normalizePath(path);
  return index.pagesByUrl.has(url) || index.routes.has(url) || index.invalidUrls.has(url);
}

function hrefFix(href: string, content: ContentSnapshot, index: Index): string {
  const path = href.replace(/[?#].*$/, '');
  if (isFilePath(path)) {
    return `Add the file public${path}, or link to an existing file.`;
  }
  const known = [...index.pagesByUrl.keys(), ...index.routes];
  const hint = suggestion(normalizePath(path), known, 'page').split(' Known')[0];
  const didYouMean = hint?.startsWith('Did you mean') ? `${hint} ` : '';
  return `${didYouMean}Link to an existing page (its URL is its path under ${content.pagesDir}/ without .mdx, e.g. /bus/terug/), or create the page.`;
}

/** A content image named in a file must be in content/images/. */
function imageProblem(content: ContentSnapshot, file: string, image: string | undefined): Problem[] {
  if (image === undefined || content.images === undefined || content.images.has(image)) return [];
  const folder = content.imagesDir ?? 'content/images';
  const near = closest(image, content.images);
  return [
    {
      file,
      field: 'image',
      message: `\`${image}\` is not in ${folder}/`,
      fix: `${near ? `Did you mean \`${near}\`? ` : ''}Put the image at ${folder}/${image}, or correct the name (its path under ${folder}/).`,
    },
  ];
}

function checkHome(content: ContentSnapshot, index: Index): Problem[] {
  const home = content.home;
  if (home === undefined) return [];
  const problems = imageProblem(content, home.file, home.data.image);
  const href = home.data.cta?.href;
  if (href !== undefined && href.startsWith('/') && !resolvesOnSite(href, content, index)) {
    problems.push({ file: home.file, field: 'cta.href', message: `\`${href}\` matches no page, route or file of this site`, fix: hrefFix(href, content, index) });
  }
  return problems;
}

/** A persona's image exists, and its own step words name phases of its journey. */
function checkPersonaExtras(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const persona of content.personas) {
    problems.push(...imageProblem(content, persona.file, persona.data.image));
    const journey = journeyPhases(persona, content.phases).map((phase) => phase.id);
    for (const phase of Object.keys(persona.data.steps ?? {})) {
      if (journey.includes(phase)) continue;
      problems.push({
        file: persona.file,
        field: `steps.${phase}`,
        message: index.phaseOrder.has(phase) ? `phase \`${phase}\` is not part of this persona's journey` : `unknown phase \`${phase}\``,
        fix: `${suggestion(phase, journey, 'phase')} (the phases of this journey)`,
      });
    }
  }
  return problems;
}

function checkDownloadFiles(content: ContentSnapshot): Problem[] {
  const problems: Problem[] = [];
  for (const download of content.downloads) {
    const path = download.data.file;
    if (!content.publicFiles.has(path)) {
      problems.push({
        file: download.file,
        field: 'file',
        message: `\`${download.data.file}\` does not exist under public/`,
        fix: `Put the document at public${path}, or correct \`file\` to the path of an existing file under public/.`,
      });
    }
  }
  return problems;
}

function checkCoverage(content: ContentSnapshot, index: Index): Problem[] {
  const covered = new Set<string>();
  const folders = new Map<string, string>();
  for (const page of content.pages) {
    for (const persona of pagePersonas(page)) {
      covered.add(`${persona}\u0000${page.data.phase}`);
      if (!folders.has(persona)) folders.set(persona, folderOf(page.file, content.pagesDir));
    }
  }
  for (const page of content.invalidPages ?? []) {
    for (const persona of page.personas) covered.add(`${persona}\u0000${page.phase}`);
  }
  const problems: Problem[] = [];
  for (const persona of content.personas) {
    const journey = journeyPhases(persona, content.phases);
    for (const [position, phase] of journey.entries()) {
      if (covered.has(`${persona.id}\u0000${phase.id}`)) continue;
      const folder = folders.get(persona.id) ?? `${content.pagesDir}/${persona.id}`;
      const newFile = `${folder}/${phase.id}.mdx`;
      const next = journey.slice(position + 1).find((later) => covered.has(`${persona.id}\u0000${later.id}`));
      const nextPage = next && index.pagesByPersona.get(persona.id)?.find((page) => page.data.phase === next.id);
      const cta = nextPage
        ? `cta:\n  label: Naar de volgende stap\n  href: ${nextPage.url}`
        : 'cta:\n  label: Download de brochure\n  download: <download id>';
      problems.push({
        file: persona.file,
        field: 'phases',
        message: `journey of persona \`${persona.id}\` has no page for phase \`${phase.id}\` (${phase.label} — ${phase.need})`,
        fix:
          `Create ${newFile} with this frontmatter:\n---\ntitle: <titel>\ndescription: <korte samenvatting>\n` +
          `persona: ${persona.id}\nphase: ${phase.id}\n${cta}\n---\n` +
          `or, if this persona skips the phase, list the phases it needs under \`phases:\` in ${persona.file}.`,
      });
    }
  }
  return problems;
}

function folderOf(file: string, pagesDir: string): string {
  const slash = file.lastIndexOf('/');
  return slash > pagesDir.length ? file.slice(0, slash) : pagesDir;
}

function checkDeadEnds(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    const phaseIndex = index.phaseOrder.get(page.data.phase);
    const { download, href } = page.data.cta;
    if (phaseIndex === undefined || download !== undefined) continue;
    // A site link that resolves nowhere is already reported as a dangling reference.
    if (href?.startsWith('/') && !resolvesOnSite(href, content, index)) continue;
    // A link to a page with frontmatter errors: that page's own problems come first.
    if (href?.startsWith('/') && index.invalidUrls.has(normalizePath(href))) continue;
    const target = href?.startsWith('/') ? index.pagesByUrl.get(normalizePath(href)) : undefined;
    for (const personaId of pagePersonas(page)) {
      const persona = index.personas.get(personaId);
      if (persona === undefined) continue;
      const journey = journeyPhases(persona, content.phases);
      const position = journey.findIndex((phase) => phase.id === page.data.phase);
      if (position === -1) {
        problems.push({
          file: page.file,
          field: 'phase',
          message: `phase \`${page.data.phase}\` is not part of the journey of persona \`${personaId}\` (${journey.map((p) => p.id).join(', ')})`,
          fix: `Choose one of those phases, or add \`${page.data.phase}\` to \`phases\` in ${persona.file}.`,
        });
        continue;
      }
      if (position === journey.length - 1) continue;
      const leadsOn =
        target !== undefined &&
        target !== page &&
        pagePersonas(target).includes(personaId) &&
        (index.phaseOrder.get(target.data.phase) ?? -1) >= phaseIndex;
      if (leadsOn) continue;
      const candidates = (index.pagesByPersona.get(personaId) ?? []).filter(
        (other) => other !== page && (index.phaseOrder.get(other.data.phase) ?? -1) > phaseIndex,
      );
      const examples = candidates.slice(0, 3).map((other) => `${other.url} (${other.data.phase})`);
      problems.push({
        file: page.file,
        field: 'cta',
        message: `dead end in the journey of \`${personaId}\`: the CTA ${describeTarget(page, href, target, personaId)}`,
        fix:
          (examples.length > 0
            ? `Point \`cta.href\` to a page of \`${personaId}\` in phase \`${page.data.phase}\` or later, e.g. ${examples.join(', ')}`
            : `Point \`cta.href\` to a page of \`${personaId}\` in phase \`${page.data.phase}\` or later`) +
          ', or offer a download with `cta.download`.',
      });
    }
  }
  return problems;
}

function describeTarget(
  page: PageEntry,
  href: string | undefined,
  target: PageEntry | undefined,
  personaId: string,
): string {
  if (href === undefined) return 'leads nowhere';
  if (!href.startsWith('/')) return `leaves the site (${href}) before the last phase`;
  if (target === undefined) return `leads to ${href}, which is not a journey page`;
  if (target === page) return `links back to this page itself`;
  if (!pagePersonas(target).includes(personaId)) return `leads to ${href}, a page that is not for \`${personaId}\``;
  return `leads back to ${href}, a page of the earlier phase \`${target.data.phase}\``;
}
