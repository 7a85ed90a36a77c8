/**
 * The journey gate: pure checks over a content snapshot. Returns every problem at once,
 * each with the file to change and how. No I/O and no Astro imports, so the build, the CLI,
 * the dev server and the tests (and a future journey-map page) all run exactly this code.
 */
import { checkBodies } from './body.ts';
import type { ContentSnapshot, PageEntry, PersonaEntry, Problem } from './model.ts';
import { handoffPhases, type Phase } from './phases.ts';
import { buildIndex, contactExists, contactFix, downloadExists, eventExists, eventFix, linkProblem, pagePersonas, personaExists, referenceProblem, type SiteIndex } from './site-index.ts';
import { closest, suggestion } from './suggest.ts';
import { GENERATED_PAGES, normalizePath, sitePath } from './urls.ts';

export { pagePersonas } from './site-index.ts';

type Index = SiteIndex;

/** The phases a persona's journey requires, in journey order. */
export function journeyPhases(persona: { data: Pick<PersonaEntry['data'], 'phases'> }, phases: readonly Phase[]): Phase[] {
  const wanted = persona.data.phases;
  return wanted === undefined ? [...phases] : phases.filter((phase) => wanted.includes(phase.id));
}

/** Stands for "any persona" or "any phase": what a page says, when it does not say it readably. */
const ANY = '*';

/**
 * The personas a page was meant for: a misspelt id counts as the persona it most likely meant, and
 * an id nothing resembles (or no readable persona at all) as any persona. The misspelling itself is
 * reported once; coverage and dead ends then judge the journey as it was meant, so fixing the
 * typo does not reveal the same mistake in other words.
 */
function meantPersonas(ids: readonly string[] | undefined, index: Index): string[] {
  if (ids === undefined || ids.length === 0) return [ANY];
  return ids.map((id) => (personaExists(id, index) ? id : (closest(id, index.personaIds) ?? ANY)));
}

function meantPhase(phase: string | undefined, index: Index): string {
  if (phase === undefined) return ANY;
  return index.phaseOrder.has(phase) ? phase : (closest(phase, index.phaseIds) ?? ANY);
}

/** Which persona × phase cells the pages cover, as they were meant (see meantPersonas). */
class Coverage {
  private readonly cells = new Set<string>();
  add(personas: readonly string[], phase: string): void {
    for (const persona of personas) this.cells.add(`${persona}\u0000${phase}`);
  }
  has(persona: string, phase: string): boolean {
    return [`${persona}\u0000${phase}`, `${ANY}\u0000${phase}`, `${persona}\u0000${ANY}`, `${ANY}\u0000${ANY}`].some((key) => this.cells.has(key));
  }
}

function coverageOf(content: ContentSnapshot, index: Index): Coverage {
  const coverage = new Coverage();
  for (const page of content.pages) coverage.add(meantPersonas(pagePersonas(page), index), meantPhase(page.data.phase, index));
  for (const page of content.invalidPages ?? []) coverage.add(meantPersonas(page.personas, index), meantPhase(page.phase, index));
  return coverage;
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
    ...checkHandoffs(content, index),
    ...checkBodies(content, index),
    ...checkHome(content, index),
    ...checkPersonaExtras(content, index),
  ];
  return sortProblems(placeProblems(problems, content.fieldPlaces));
}

/** A problem about a field gets the field's line and column, when the loader knows them. */
export function placeProblems(problems: readonly Problem[], places: ContentSnapshot['fieldPlaces']): Problem[] {
  if (places === undefined) return [...problems];
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.field === undefined) return problem;
    const fields = places.get(problem.file);
    // `cta.href` may be missing while `cta` is there: name the nearest field that is.
    const segments = problem.field.split('.');
    for (let length = segments.length; length > 0; length--) {
      const place = fields?.[segments.slice(0, length).join('.')];
      if (place !== undefined) return { ...problem, line: place.line, column: place.column };
    }
    return problem;
  });
}

/** By file, then by place in the file; problems without a place first. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
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
      if (!personaExists(persona, index)) {
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
    if (download !== undefined && !downloadExists(download, index)) {
      problems.push({
        file: page.file,
        field: 'cta.download',
        message: `unknown download \`${download}\``,
        fix: `${suggestion(download, [...index.downloadIds], 'download')} A download is a file content/downloads/<id>.yaml.`,
      });
    }
    const { event, contact } = page.data.cta;
    if (contact !== undefined && !contactExists(contact, index)) {
      problems.push({ file: page.file, field: 'cta.contact', message: `unknown contact request \`${contact}\``, fix: contactFix(contact, index) });
    }
    if (event !== undefined && !eventExists(event, index)) {
      problems.push({ file: page.file, field: 'cta.event', message: `unknown event \`${event}\``, fix: eventFix(event, index) });
    }
    // A hand-off to this site is one mistake, reported by checkHandoffs.
    if (page.data.cta.handoff !== true) problems.push(...ctaHrefProblem(page.file, href, page.url, content, index));
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

/** A content image named in a file's frontmatter must be in content/images/. */
function imageProblem(content: ContentSnapshot, index: Index, file: string, image: string | undefined): Problem[] {
  if (image === undefined) return [];
  const wrong = referenceProblem('image', image, content, index);
  return wrong ? [{ file, field: 'image', message: `\`${image}\` ${wrong.reason}`, fix: wrong.fix }] : [];
}

function checkHome(content: ContentSnapshot, index: Index): Problem[] {
  const home = content.home;
  if (home === undefined) return [];
  const problems = imageProblem(content, index, home.file, home.data.image);
  problems.push(...ctaHrefProblem(home.file, home.data.cta?.href, GENERATED_PAGES.home, content, index));
  return problems;
}

/** A `cta.href` that names this site (a path, or a full URL on its own host) must resolve there. */
function ctaHrefProblem(file: string, href: string | undefined, pageUrl: string, content: ContentSnapshot, index: Index): Problem[] {
  const wrong = href === undefined ? undefined : linkProblem('page', href, pageUrl, content, index);
  return wrong === undefined ? [] : [{ file, field: 'cta.href', message: `\`${href}\` ${wrong.reason}`, fix: wrong.fix }];
}

/** A persona's image exists, and its own step words name phases of its journey. */
function checkPersonaExtras(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const persona of content.personas) {
    problems.push(...imageProblem(content, index, persona.file, persona.data.image));
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
  const coverage = coverageOf(content, index);
  const problems: Problem[] = [];
  for (const persona of content.personas) {
    const journey = journeyPhases(persona, content.phases);
    for (const phase of journey) {
      if (coverage.has(persona.id, phase.id)) continue;
      const newFile = `${personaFolder(persona.id, content, index)}/${phase.id}.mdx`;
      const nextPage = nextJourneyPage(persona, phase.id, content, index);
      const cta = nextPage
        ? `cta:\n  label: Naar de volgende stap\n  href: ${nextPage.url}`
        : `cta:\n  label: Download de brochure\n  download: ${index.downloadIds.size > 0 ? index.examples.download : '<download id>'}`;
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

/**
 * Where a persona's new pages go: the folder that holds most of its pages (the first such, on a tie;
 * a page it shares with another persona may live elsewhere), else `<pages folder>/<persona id>`.
 */
export function personaFolder(personaId: string, content: ContentSnapshot, index: Index): string {
  const counts = new Map<string, number>();
  for (const page of index.pagesByPersona.get(personaId) ?? []) {
    const slash = page.file.lastIndexOf('/');
    const folder = slash > content.pagesDir.length ? page.file.slice(0, slash) : content.pagesDir;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0] ?? `${content.pagesDir}/${personaId}`;
}

/**
 * Where a page of `phaseId` should lead `persona` next: its first page in the first later phase of
 * its journey that has one. Used for the fix of a gap and for the CTA of a new page.
 */
export function nextJourneyPage(persona: PersonaEntry, phaseId: string, content: ContentSnapshot, index: Index): PageEntry | undefined {
  const journey = journeyPhases(persona, content.phases);
  const position = journey.findIndex((phase) => phase.id === phaseId);
  const own = index.pagesByPersona.get(persona.id) ?? [];
  for (const later of journey.slice(position + 1)) {
    const page = own.find((candidate) => candidate.data.phase === later.id);
    if (page !== undefined) return page;
  }
  return undefined;
}

function checkDeadEnds(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    const phaseIndex = index.phaseOrder.get(page.data.phase);
    const { download, event, contact, href, handoff } = page.data.cta;
    // A download, an event sign-up or a contact request is a next step of its own on the page; a
    // hand-off leaves the site on purpose, and checkHandoffs judges where and when it may.
    if (phaseIndex === undefined || download !== undefined || event !== undefined || contact !== undefined || handoff === true) continue;
    // A site link that resolves nowhere is already reported as a dangling reference.
    if (href !== undefined && linkProblem('page', href, page.url, content, index) !== undefined) continue;
    // A link to a page with frontmatter errors: that page's own problems come first.
    const path = ctaPath(page, index);
    if (path !== undefined && index.invalidUrls.has(normalizePath(path))) continue;
    const target = ctaPage(page, index);
    for (const { personaId, journey, position } of placesInJourneys(page, content, index, problems)) {
      if (position === journey.length - 1) continue;
      if (leadsOn(page, target, personaId, index)) continue;
      const candidates = (index.pagesByPersona.get(personaId) ?? []).filter(
        (other) => other !== page && (index.phaseOrder.get(other.data.phase) ?? -1) > phaseIndex,
      );
      const examples = candidates.slice(0, 3).map((other) => `${other.url} (${other.data.phase})`);
      problems.push({
        file: page.file,
        field: 'cta',
        message: `dead end in the journey of \`${personaId}\`: the CTA ${describeTarget(page, href, target, personaId, index)}`,
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

/**
 * A CTA that hands the visitor off to another site (`cta.handoff`): it must leave the site, in a
 * phase that may hand off, and the journey must go on after it, so a visitor who comes back finds
 * the next step (a missing page of that phase is the coverage check's). The dead-end rule accepts it.
 */
function checkHandoffs(content: ContentSnapshot, index: Index): Problem[] {
  const problems: Problem[] = [];
  const allowed = handoffPhases(content.phases).map((phase) => phase.id);
  for (const page of content.pages) {
    const { href, handoff } = page.data.cta;
    if (handoff !== true || href === undefined) continue;
    const problem = (message: string, fix: string) => problems.push({ file: page.file, field: 'cta.handoff', message, fix });
    if (ctaPath(page, index) !== undefined) {
      problem(
        `hands off to \`${href}\`, which is on this site: a hand-off sends the visitor to another site`,
        'Remove `handoff: true` and link the page with `cta.href` as usual (a step within the site counts by itself), or set `cta.href` to the https:// URL of the other site, e.g. the application on its portal.',
      );
      continue;
    }
    if (!index.phaseOrder.has(page.data.phase)) continue;
    if (!allowed.includes(page.data.phase)) {
      const where = allowed.length === 0 ? 'no phase may hand off' : `only ${allowed.map((id) => `\`${id}\``).join(', ')} may hand off`;
      problem(
        `hands off to another site in phase \`${page.data.phase}\`, but ${where}: the decision is taken on the other site`,
        `Put the hand-off on a page of ${allowed.length === 0 ? 'a phase that may hand off' : `phase \`${allowed[0]}\``}, or remove \`handoff: true\` and point \`cta.href\` to the next page of this journey. ` +
          `To let \`${page.data.phase}\` hand off, set \`handoff: true\` on that phase in the \`phases\` option (astro.config.mjs).`,
      );
      continue;
    }
    for (const { personaId, persona, journey, position } of placesInJourneys(page, content, index, problems)) {
      if (position < journey.length - 1) continue;
      problem(
        `hands off in \`${page.data.phase}\`, the last phase of the journey of \`${personaId}\`: a visitor who comes back from the other site has no next step here`,
        `Remove \`handoff: true\` (in the last phase a CTA may simply leave the site), or add the phase after \`${page.data.phase}\` to \`phases\` in ${persona.file} and give it a page.`,
      );
    }
  }
  return problems;
}

/**
 * Each known persona of a page with its journey and the page's place in it. A phase that is not part
 * of a persona's journey is reported here, once, whatever the CTA, and that persona is left out.
 */
function placesInJourneys(page: PageEntry, content: ContentSnapshot, index: Index, problems: Problem[]): { personaId: string; persona: PersonaEntry; journey: Phase[]; position: number }[] {
  const places = [];
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
    places.push({ personaId, persona, journey, position });
  }
  return places;
}

/** The content page a page's CTA links to, if it links to one. */
export function ctaPage(page: PageEntry, index: Index): PageEntry | undefined {
  const path = ctaPath(page, index);
  return path === undefined ? undefined : index.pagesByUrl.get(normalizePath(path));
}

/** The site path a page's CTA links to (a full URL on the site's own host included), if it stays on the site. */
export function ctaPath(page: PageEntry, index: Index): string | undefined {
  const { href } = page.data.cta;
  return href === undefined ? undefined : sitePath(href, page.url, index.site);
}

/**
 * Whether a CTA to `target` moves `personaId` on: another page of theirs, in the same or a later
 * phase. A target with a misspelt persona or phase is judged as it was meant (its typo is reported there).
 */
export function leadsOn(page: PageEntry, target: PageEntry | undefined, personaId: string, index: Index): boolean {
  if (target === undefined || target === page) return false;
  const targetPersonas = meantPersonas(pagePersonas(target), index);
  const targetPhase = meantPhase(target.data.phase, index);
  const from = index.phaseOrder.get(page.data.phase) ?? Infinity;
  return (targetPersonas.includes(personaId) || targetPersonas.includes(ANY)) && (targetPhase === ANY || (index.phaseOrder.get(targetPhase) ?? -1) >= from);
}

function describeTarget(
  page: PageEntry,
  href: string | undefined,
  target: PageEntry | undefined,
  personaId: string,
  index: Index,
): string {
  if (href === undefined) return 'leads nowhere';
  if (sitePath(href, page.url, index.site) === undefined) return `leaves the site (${href}) before the last phase`;
  if (target === undefined) return `leads to ${href}, which is not a journey page`;
  if (target === page) return `links back to this page itself`;
  if (!pagePersonas(target).includes(personaId)) return `leads to ${href}, a page that is not for \`${personaId}\``;
  return `leads back to ${href}, a page of the earlier phase \`${target.data.phase}\``;
}
