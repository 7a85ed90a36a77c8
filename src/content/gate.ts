/** Loads the content and runs every journey check: the one entry point for build, dev and CLI. */
import { checkJourneys, placeProblems, sortProblems } from '../journey/check.ts';
import { MDX_COMPONENTS } from '../components/registry.ts';
import { buildMatrix, type JourneyMatrix } from '../journey/matrix.ts';
import type { ContentSnapshot, Problem } from '../journey/model.ts';
import type { Phase } from '../journey/phases.ts';
import { checkLeadProvider, type LeadsOptions } from '../forms/providers/registry.ts';
import { lintSeo } from '../seo/lint.ts';
import { offeringPages } from '../forms/offers.ts';
import { signUpState } from '../forms/signup-state.ts';
import { readabilityReport, type PageReadability } from '../journey/readability.ts';
import { readabilityTargets, type ReadabilityOptions } from '../integration/options.ts';
import { GENERATED_FILES, generatedUrls, INBOX_ENDPOINT, isFilePath, ogImagePath } from '../journey/urls.ts';
import { handoffTarget } from '../journey/steps.ts';
import { loadContent, type LoadOptions } from './load.ts';
import { CONTENT_DIR } from './paths.ts';
import { loadSiteContentConfig } from './site-config.ts';
import { contentSchemasFor } from '../journey/schemas.ts';

export interface GateResult {
  problems: Problem[];
  /** SEO lint findings: warnings, or errors when the `seo.strict` option is on. */
  seoWarnings: Problem[];
  /** Events whose sign-up has closed or that are past: warnings (the page says so; the inbox refuses). */
  signUpWarnings: Problem[];
  /** Plain Dutch (B1) per page, and its findings: warnings, or errors when `readability.strict` is on. */
  readability: { strict: boolean; pages: PageReadability[]; warnings: Problem[] };
  snapshot: ContentSnapshot;
  matrix: JourneyMatrix;
  /** Milliseconds spent on the journey checks themselves (not on reading files). */
  checkMs: number;
  /** Milliseconds spent reading and validating files. */
  loadMs: number;
}

/** Options that name a file under public/: the option's name and its path, when set. */
export type ConfigImages = readonly (readonly [option: string, path: string | undefined])[];

type GateOptions = LoadOptions & {
  leads?: LeadsOptions;
  configImages?: ConfigImages;
  readability?: ReadabilityOptions;
  /** The build writes a link-preview image per page (no `seo.defaultImage`): links to them resolve. */
  linkPreviews?: boolean;
  /** The site's time zone (option `timeZone`), for events without their own. */
  timeZone?: string;
  /** The moment events are judged at; default now. */
  now?: Date;
};

export function runGate(options: GateOptions): GateResult {
  const loadStart = performance.now();
  const loaded = loadContent(options);
  const fileProblems = loaded.problems;
  // Hubs and thank-you pages depend on the content, so their routes are known only once it is read.
  const personaIds = loaded.snapshot.personas.map((persona) => persona.id);
  const downloadIds = loaded.snapshot.downloads.map((download) => download.id);
  const inbox = (options.leads?.provider ?? 'inbox') === 'inbox';
  const handoffPages = loaded.snapshot.pages.filter((page) => handoffTarget(page) !== undefined).map((page) => page.url);
  const generated = generatedRoutes(personaIds, downloadIds, inbox, handoffPages);
  const snapshot: ContentSnapshot = {
    ...loaded.snapshot,
    routes: [...new Set([...loaded.snapshot.routes, ...generated.filter((url) => !isFilePath(url))])],
    // Generated files (robots.txt, security.txt, the sitemap, link previews) are linked like files under public/.
    publicFiles: new Set([
      ...loaded.snapshot.publicFiles,
      ...generated.filter(isFilePath),
      ...GENERATED_FILES,
      ...(options.linkPreviews === true ? linkPreviewFiles(loaded.snapshot, generated) : []),
    ]),
    components: MDX_COMPONENTS,
  };
  const checkStart = performance.now();
  const journeyProblems = [
    ...checkJourneys(snapshot),
    ...(options.leads ? checkLeadProvider(options.leads, snapshot.downloads) : []),
    ...(options.leads ? checkEventSignUps(options.leads, [...(snapshot.events ?? []), ...(snapshot.contacts ?? [])]) : []),
    ...checkThankYouIds(snapshot),
    ...checkConfigImages(options.configImages ?? [], snapshot.publicFiles),
  ];
  const checkMs = performance.now() - checkStart;
  const readability = options.readability;
  const b1 = readability === undefined ? { pages: [], warnings: [] } : readabilityReport(snapshot, (phase) => readabilityTargets(readability, phase), options.reuse === true);
  return {
    readability: { strict: readability?.strict ?? false, ...b1 },
    problems: sortProblems(placeProblems([...fileProblems, ...journeyProblems], snapshot.fieldPlaces)),
    seoWarnings: lintSeo(snapshot.pages),
    signUpWarnings: signUpWarnings(snapshot, options.timeZone ?? 'Europe/Amsterdam', options.now ?? new Date()),
    snapshot,
    matrix: buildMatrix(snapshot),
    checkMs,
    loadMs: checkStart - loadStart,
  };
}

/**
 * URLs Wegwijzer generates itself (src/journey/urls.ts GENERATED_ROUTES); a content page may not take
 * them, and a CTA may link to them.
 */
export function generatedRoutes(personaIds: readonly string[] = [], downloadIds: readonly string[] = [], inbox = true, handoffPages: readonly string[] = []): string[] {
  return generatedUrls({ personaIds, downloadIds, inbox, handoffPages });
}

/**
 * The link-preview images the build writes (src/og/): one for each built page without its own
 * `image`; the inbox endpoint answers posts on demand and has none.
 */
function linkPreviewFiles(snapshot: ContentSnapshot, generated: readonly string[]): string[] {
  const pages = snapshot.pages.filter((page) => page.data.image === undefined).map((page) => page.url);
  const routes = generated.filter((url) => !isFilePath(url) && url !== INBOX_ENDPOINT);
  return [...pages, ...routes].map(ogImagePath);
}

/**
 * What the gate reads of the integration's options, and the `site` URL of astro.config.mjs (links
 * to its host are checked like site paths).
 */
export type GateConfig = { phases: readonly Phase[]; leads?: LeadsOptions; seo?: { defaultImage?: string }; organisation?: { logo?: string }; readability?: ReadabilityOptions; site?: string | undefined; timeZone?: string };

/** The gate's part of the options, as plain data. */
export function gateConfig({ phases, leads, seo, organisation, readability, site, timeZone }: GateConfig): GateConfig {
  return { phases, leads, seo: { defaultImage: seo?.defaultImage }, organisation: { logo: organisation?.logo }, readability, ...(site === undefined ? {} : { site }), ...(timeZone === undefined ? {} : { timeZone }) };
}

/** All it takes to run a project's gate again, as plain data (the journey map runs it per request in dev). */
export interface GateInput {
  root: string;
  publicDir: string;
  srcDir: string;
  options: GateConfig;
}

/**
 * Load options for a project root, shared by the integration and the CLI, with the schemas of the
 * site's own src/content.config.ts (its extra page fields), so the gate validates what Astro will.
 */
export async function siteGateOptions(root: string, publicDir: string, options: GateConfig, srcDir = 'src'): Promise<GateOptions> {
  const { pageExtension } = await loadSiteContentConfig(root, srcDir);
  return { ...gateOptions(root, publicDir, options), schemas: contentSchemasFor(pageExtension) };
}

/** Load options for a project root with Wegwijzer's own content contract. */
export function gateOptions(root: string, publicDir: string, options: GateConfig): GateOptions {
  const configImages: ConfigImages = [
    ['seo.defaultImage', options.seo?.defaultImage],
    ['organisation.logo', options.organisation?.logo],
  ];
  return {
    root,
    contentDir: CONTENT_DIR,
    publicDir: publicDir || 'public',
    phases: options.phases,
    routes: generatedRoutes(),
    ...(options.site === undefined ? {} : { site: options.site }),
    leads: options.leads,
    configImages,
    readability: options.readability,
    linkPreviews: options.seo?.defaultImage === undefined,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  };
}

/** Images named in the options must exist, or every link preview or the publisher's logo would break. */
export function checkConfigImages(images: ConfigImages, publicFiles: ReadonlySet<string>): Problem[] {
  return images.flatMap(([option, path]) =>
    path === undefined || publicFiles.has(path)
      ? []
      : [{ file: 'astro.config.mjs', field: option, message: `option \`${option}\` is ${path}, which does not exist under public/`, fix: `Put the image at public${path}, or correct \`${option}\` in astro.config.mjs.` }],
  );
}

/**
 * Seats are counted in the inbox's store, and a contact request's choices are the inbox's fields:
 * events and contact requests need the inbox, whatever provider takes the downloads.
 */
function checkEventSignUps(leads: LeadsOptions, entries: readonly { file: string }[]): Problem[] {
  if (leads.provider === 'inbox') return [];
  return entries.map((entry) => ({
    file: entry.file,
    message: `needs the site's own inbox (seats, waiting list, the citizen's choice of channel), but \`leads.provider\` is \`${leads.provider}\``,
    fix: 'Use `leads: { provider: \'inbox\' }` in the wegwijzer() options, or remove the file and link to the form elsewhere.',
  }));
}

/** A contact request's thank-you pages share `/bedankt/<id>/` with the downloads': one id, one of them. */
function checkThankYouIds(snapshot: ContentSnapshot): Problem[] {
  const downloads = new Set(snapshot.downloads.map((download) => download.id));
  return (snapshot.contacts ?? [])
    .filter((contact) => downloads.has(contact.id))
    .map((contact) => ({
      file: contact.file,
      message: `has the id of the download \`${contact.id}\`: both would have the thank-you page /bedankt/${contact.id}/`,
      fix: `Rename the file to another id, e.g. content/contact/${contact.id}-gesprek.yaml, and the references to it.`,
    }));
}

/**
 * An event whose sign-up has closed, or that is over, on a page that still offers it: a warning,
 * not an error (the page says so, and the inbox refuses late sign-ups), so an old page keeps building.
 * And an event open for sign-up that no page offers: a warning on its file.
 */
function signUpWarnings(snapshot: ContentSnapshot, timeZone: string, now: Date): Problem[] {
  const offering = offeringPages(snapshot.pages.map((page) => ({ url: page.url, data: page.data })));
  const bodies = snapshot.pages.flatMap((page) => (page.body?.elements ?? []).filter((element) => element.name === 'SignUp').map((element) => ({ page, element })));
  return (snapshot.events ?? []).flatMap((event) => {
    const state = signUpState(event.data, timeZone, now);
    const inCta = snapshot.pages.filter((page) => offering.get(page.url)?.events.has(event.id));
    const inBody = bodies.filter(({ element }) => element.props.some((prop) => prop.name === 'id' && prop.value.kind === 'text' && prop.value.value === event.id));
    if (state === 'open') {
      if (inCta.length > 0 || inBody.length > 0) return [];
      // Open for sign-up, yet no page has its form: nobody can sign up.
      return [{ file: event.file, message: `no page offers the event \`${event.id}\`, so nobody can sign up for it`, fix: `Offer it on a page of its journey: \`cta: { label: …, event: ${event.id} }\` in the frontmatter, or \`<SignUp id="${event.id}" />\` in the text.` }];
    }
    const message = state === 'past' ? `offers the event \`${event.id}\`, which is over` : `offers the event \`${event.id}\`, whose sign-up has closed (${event.data.deadline ?? event.data.start})`;
    const fix = `The page says so and the inbox refuses sign-ups; remove the event from the page${state === 'past' ? ', or move it to a later date in ' + event.file : ` or move \`deadline\` in ${event.file}`}.`;
    return [
      ...inCta.map((page) => ({ file: page.file, field: 'cta.event', message, fix })),
      ...inBody.map(({ page, element }) => ({ file: page.file, line: element.line, column: element.column, message, fix })),
    ];
  });
}
