import type { Phase } from './phases.ts';
import type { DownloadData, HomeData, PageData, PersonaData } from './schemas.ts';

/** One thing wrong with the content: where, what, and how to fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/pages/bus/terug.mdx`. */
  file: string;
  /** Dotted field path inside the file, e.g. `cta.href`. */
  field?: string;
  message: string;
  fix: string;
}

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
}

export interface HomeEntry {
  file: string;
  data: HomeData;
}

export interface DownloadEntry {
  id: string;
  file: string;
  data: DownloadData;
}

/**
 * A page whose frontmatter failed validation (already reported). It still exists, so links to it
 * resolve and the persona/phase it names still count for coverage: one mistake, one problem.
 */
export interface InvalidPage {
  file: string;
  url: string;
  personas: string[];
  phase?: string;
}

/** Everything the journey checks look at: plain data, no I/O. */
export interface ContentSnapshot {
  phases: readonly Phase[];
  personas: readonly PersonaEntry[];
  pages: readonly PageEntry[];
  /** Pages that failed validation; optional, see InvalidPage. */
  invalidPages?: readonly InvalidPage[];
  downloads: readonly DownloadEntry[];
  /** Files under `public/`, as site paths with a leading slash (`/brochures/gids.pdf`). */
  publicFiles: ReadonlySet<string>;
  /** URL paths the site serves besides content pages (home, hubs, statements). */
  routes: readonly string[];
  /** `content/home.mdx`, when the site has one and it is valid. */
  home?: HomeEntry;
  /** Files under `content/images/`, by their path there (`schoolplein.jpg`); absent: not checked. */
  images?: ReadonlySet<string>;
  /** Where content images go, for messages, e.g. `content/images`. */
  imagesDir?: string;
  /** Where new page files go, for suggestions, e.g. `content/pages`. */
  pagesDir: string;
}
