/**
 * The lead form's HTML, rendered with Astro's Container API (no build): what the form asks depends on
 * the provider's options. `virtual:wegwijzer/config` is the unit project's stub (vitest.config.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config, { resetConfig } from '../integration/virtual-config.fixtures.ts';
import { downloadSchema } from '../journey/schemas.ts';
import LeadForm from './LeadForm.astro';

// The content pages the form looks up when a page leaves out its persona and phase; here they are given.
vi.mock('../content/site.ts', () => ({ getPages: async () => [] }));

afterEach(resetConfig);

const download = downloadSchema.parse({
  title: 'Schoolgids basisonderwijs Voorbeeldstad 2027',
  description: 'Alle basisscholen in Voorbeeldstad op een rij.',
  file: '/brochures/schoolgids-2027.pdf',
  format: 'PDF',
  gate: 'form',
  retention: 'P12M',
  purpose: 'We sturen u de schoolgids.',
});

async function renderForm(): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(LeadForm, { props: { downloadId: 'schoolgids', download, page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing' } });
}

const hubspot = { provider: 'hubspot', portalId: '1234567', forms: { schoolgids: '78c2891f-ebdd-44c0-bd94-15c012bbbfbf' } };

describe('the lead form with HubSpot', () => {
  it('asks for further contact when a subscription type records the answer, unchecked', async () => {
    Object.assign(config, { leads: { ...hubspot, subscriptionTypeId: 42 } });
    const html = await renderForm();
    expect(html).toMatch(/<input id="lead-schoolgids-contact" name="contact" type="checkbox" value="ja"(?![^>]*checked)[^>]*>/);
    expect(html).toContain('&quot;subscriptionTypeId&quot;:42');
  });

  it('has no box for further contact without a subscription type, which HubSpot needs to record it', async () => {
    Object.assign(config, { leads: hubspot });
    const html = await renderForm();
    expect(html).toContain('https://api.hsforms.com/submissions/v3/integration/submit/1234567/78c2891f-ebdd-44c0-bd94-15c012bbbfbf');
    expect(html).not.toContain('name="contact"');
  });
});
