/** In-memory content for unit tests and the benchmark: a small valid site, easy to break. */
import type { ContentSnapshot, DownloadEntry, EventEntry, PageEntry, PersonaEntry } from './model.ts';
import { DEFAULT_PHASES } from './phases.ts';
import type { CtaData, PageData, PersonaData } from './schemas.ts';
import { pageUrl } from './urls.ts';

export function persona(id: string, extra: Partial<PersonaData> = {}): PersonaEntry {
  return {
    id,
    file: `content/personas/${id}.yaml`,
    data: { name: id, summary: 's', question: 'q', influences: ['i'], channels: ['c'], goal: 'g', ...extra },
  };
}

export function page(path: string, personaId: string | string[], phase: string, cta: CtaData, extra: Partial<PageData> = {}): PageEntry {
  const data: PageData = { title: path, description: `About ${path}`, persona: personaId, phase, cta, ...extra };
  return { file: `content/pages/${path}.mdx`, url: pageUrl(`${path}.mdx`, data.slug), data };
}

export function download(id: string, file = `/brochures/${id}.pdf`): DownloadEntry {
  return {
    id,
    file: `content/downloads/${id}.yaml`,
    data: { title: id, description: 'd', file, format: 'PDF', gate: 'form', retention: 'P12M', purpose: 'p' },
  };
}

export function event(id: string, extra: Partial<EventEntry['data']> = {}): EventEntry {
  return {
    id,
    file: `content/events/${id}.yaml`,
    data: { title: id, description: 'd', start: '2099-01-20T19:00', end: '2099-01-20T20:30', location: 'School', capacity: 3, retention: 'P3M', purpose: 'p', ...extra },
  };
}

/** One persona `ouders` with a complete four-phase journey ending in a download and a last page. */
export function validSite(): ContentSnapshot {
  return {
    phases: DEFAULT_PHASES,
    personas: [persona('ouders')],
    pages: [
      page('school/kiezen', 'ouders', 'orientatie', { label: 'Verder', href: '/school/bezoeken/' }),
      page('school/bezoeken', 'ouders', 'overweging', { label: 'Verder', href: '/school/aanmelden/' }),
      page('school/aanmelden', 'ouders', 'beslissing', { label: 'Gids', download: 'gids' }),
      page('school/daarna', 'ouders', 'gedrag', { label: 'Home', href: '/' }),
    ],
    downloads: [download('gids')],
    publicFiles: new Set(['/brochures/gids.pdf']),
    routes: ['/'],
    pagesDir: 'content/pages',
  };
}
