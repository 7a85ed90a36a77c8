/** A small site model for the stats unit tests: two personas, one open and one gated download. */
import { download, page, persona, validSite } from '../journey/fixtures.ts';
import { statsSite, type StatsSite } from './site.ts';

export const SITE_URL = 'https://www.voorbeeldstad.nl';
export const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

/**
 * `ouders`: /school/kiezen/ → /school/bezoeken/ → /school/aanmelden/ (CTA: gated `gids`) → /school/daarna/.
 * `reizigers` (three phases): /bus/ → /bus/proef/ → /bus/planner/ (CTA: open `planner`).
 */
export function testSite(): StatsSite {
  const base = validSite();
  const open = download('planner');
  return statsSite(
    {
      ...base,
      personas: [...base.personas, persona('reizigers', { name: 'Reizigers', phases: ['orientatie', 'overweging', 'beslissing'] })],
      pages: [
        ...base.pages,
        page('bus/index', 'reizigers', 'orientatie', { label: 'Probeer', href: '/bus/proef/' }),
        page('bus/proef', 'reizigers', 'overweging', { label: 'Plan', href: '/bus/planner/' }),
        page('bus/planner', 'reizigers', 'beslissing', { label: 'Download', download: 'planner' }),
      ],
      downloads: [...base.downloads, { ...open, data: { ...open.data, gate: 'none' } }],
      routes: ['/', '/privacy/', '/404/', '/aanvraag/'],
    },
    SITE_URL,
  );
}

/** `ouders` of testSite, whose decision page /school/aanmelden/ hands off to a portal. */
export const PORTAL = 'https://aanvragen.example.org/school/';

export function handoffSite(): StatsSite {
  const base = validSite();
  return statsSite(
    {
      ...base,
      pages: base.pages.map((entry) => (entry.url === '/school/aanmelden/' ? page('school/aanmelden', 'ouders', 'beslissing', { label: 'Meld aan', href: PORTAL, handoff: true }) : entry)),
      routes: ['/', '/privacy/', '/404/', '/aanvraag/'],
    },
    SITE_URL,
  );
}
