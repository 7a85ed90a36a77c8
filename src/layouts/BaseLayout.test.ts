/**
 * The landing layout's head, rendered with Astro's Container API (no build): every page declares an
 * icon, so no browser asks for a `/favicon.ico` the site does not have.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config, { resetConfig } from '../integration/virtual-config.fixtures.ts';
import BaseLayout from './BaseLayout.astro';

// The integration makes these stylesheets from the site's options; the head does not depend on them.
vi.mock('virtual:wegwijzer/tokens.css', () => ({}));
vi.mock('virtual:wegwijzer/theme.css', () => ({}));
// The header and footer list the journeys; none are needed for the head.
vi.mock('../content/site.ts', () => ({ getPersonas: async () => [] }));

afterEach(resetConfig);

async function renderHead(): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(BaseLayout, { props: { title: 'Uw kind aanmelden', description: 'Zo meldt u uw kind aan.' }, request: new Request('https://www.voorbeeldstad.nl/basisschool/') });
  return html.slice(0, html.indexOf('</head>'));
}

describe('the icon of every page', () => {
  it('is the organisation logo when there is one', async () => {
    Object.assign(config, { organisation: { ...config.organisation, logo: '/images/logo.svg' } });
    expect(await renderHead()).toContain('<link rel="icon" href="/images/logo.svg">');
  });

  it('is an empty data URL without a logo, so nothing is requested', async () => {
    Object.assign(config, { organisation: { ...config.organisation, logo: undefined } });
    expect(await renderHead()).toContain('<link rel="icon" href="data:,">');
  });
});
