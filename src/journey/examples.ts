/**
 * Examples for messages and fix hints, taken from the site's own content: its real pages, ids and
 * files, never from Wegwijzer's example site. Schema messages and descriptions name them with
 * placeholders (`{page}`, `{persona}`, …) that `withExamples` fills in.
 */
export interface SiteExamples {
  /** A content page URL of this site, e.g. `/fietsen/`. */
  page: string;
  persona: string;
  download: string;
  phase: string;
  /** An image under public/, as a site path. */
  image: string;
  /** A document under public/, as a site path. */
  document: string;
}

export interface ExampleSources {
  pageUrls: readonly string[];
  personaIds: readonly string[];
  downloadIds: readonly string[];
  phaseIds: readonly string[];
  publicFiles: Iterable<string>;
}

const IMAGE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;
const DOCUMENT = /\.(pdf|docx?|odt|xlsx?|epub|txt)$/i;

/** Generic stand-ins for a site that has no such thing yet; deliberately not the example site's. */
const STAND_INS: SiteExamples = {
  page: '/mijn-campagne/',
  persona: 'inwoners',
  download: 'brochure',
  phase: 'orientatie',
  image: '/images/foto.jpg',
  document: '/documenten/brochure.pdf',
};

export function siteExamples(sources: ExampleSources): SiteExamples {
  const files = [...sources.publicFiles].sort();
  // A page below the home page shows the shape of a URL best.
  const pages = [...sources.pageUrls].sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
  return {
    page: pages[0] ?? STAND_INS.page,
    persona: sources.personaIds[0] ?? STAND_INS.persona,
    download: sources.downloadIds[0] ?? STAND_INS.download,
    phase: sources.phaseIds[0] ?? STAND_INS.phase,
    image: files.find((file) => IMAGE.test(file) && !file.includes('logo')) ?? files.find((file) => IMAGE.test(file)) ?? STAND_INS.image,
    document: files.find((file) => DOCUMENT.test(file)) ?? STAND_INS.document,
  };
}

function depth(url: string): number {
  return Math.min(url.split('/').length, 4);
}

/** `{page}`, `{persona}`, `{download}`, `{phase}`, `{image}`, `{document}`, `{slug}` filled in; other text as is. */
export function withExamples(text: string, examples: SiteExamples): string {
  return text.replace(/\{(page|persona|download|phase|image|document|slug)\}/g, (_, key: keyof SiteExamples | 'slug') =>
    key === 'slug' ? examples.page.replace(/^\/|\/$/g, '') || 'pagina' : examples[key],
  );
}
