import { describe, expect, it } from 'vitest';
import { minimalOptions } from '../../integration/options.fixtures.ts';
import { parseOptions } from '../../integration/options.ts';
import type { DownloadEntry } from '../../journey/model.ts';
import { checkLeadProvider } from './registry.ts';


const errorOf = (leads: unknown) => {
  try {
    parseOptions({ ...minimalOptions, leads });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the options to be rejected');
};

describe('leads option', () => {
  it('defaults to the embedded inbox at data/leads.db', () => {
    expect(parseOptions(minimalOptions).leads).toEqual({ provider: 'inbox', path: 'data/leads.db', rateLimitPerMinute: 10, trustProxy: false, privacyStatement: '/privacy/' });
  });

  it('names a missing HubSpot portalId and says what it should be', () => {
    expect(errorOf({ provider: 'hubspot', forms: {} })).toContain('option `leads.portalId` is required but missing. Expected: HubSpot portal (account) id');
  });

  it('refuses a non-https URL for Mautic and for a webhook', () => {
    expect(errorOf({ provider: 'webhook', url: 'http://n8n.voorbeeldstad.nl/webhook/leads' })).toMatch(/option `leads\.url` must be an https:\/\/ URL.*Expected: Endpoint that receives the JSON/);
    expect(errorOf({ provider: 'mautic', url: 'ftp://mautic.example/form/submit', forms: { schoolgids: 3 } })).toMatch(/option `leads\.url` must be an https:\/\/ URL.*Expected: Mautic form submit URL/);
  });

  it('names an unknown provider and an unknown option with the allowed ones', () => {
    expect(errorOf({ provider: 'salesforce' })).toContain('option `leads.provider` must be one of `inbox`, `hubspot`, `mautic`, `webhook`');
    expect(errorOf({ provider: 'inbox', pad: 'x.db' })).toContain('unknown option `leads.pad`: remove it or check its spelling (allowed: provider, path, rateLimitPerMinute, trustProxy, notify, forward, privacyStatement)');
  });

  it('takes trusted proxies as addresses, ranges or a hop count, and names each wrong entry', () => {
    const trustProxy = (value: unknown) => parseOptions({ ...minimalOptions, leads: { provider: 'inbox', trustProxy: value } }).leads;
    expect(trustProxy(['127.0.0.1', '10.0.0.0/8', 'loopback'])).toMatchObject({ trustProxy: ['127.0.0.1', '10.0.0.0/8', 'loopback'] });
    expect(trustProxy(1)).toMatchObject({ trustProxy: 1 });
    expect(errorOf({ provider: 'inbox', trustProxy: ['127.0.0.1', 'proxy.lan'] })).toContain(
      'option `leads.trustProxy[1]` `proxy.lan` is not an IP address, a CIDR range like `10.0.0.0/8`, or one of `loopback`, `linklocal`, `uniquelocal`',
    );
    expect(errorOf({ provider: 'inbox', trustProxy: true })).toContain('option `leads.trustProxy` must be `false`, a number of proxy hops like `1`, or a list of proxy addresses');
    expect(errorOf({ provider: 'inbox', trustProxy: 0 })).toContain('option `leads.trustProxy`');
  });

  it('refuses a HubSpot form GUID that is not one', () => {
    expect(errorOf({ provider: 'hubspot', portalId: '123', forms: { schoolgids: 'abc' } })).toContain('option `leads.forms.schoolgids` must be a HubSpot form GUID');
  });
});

describe('checkLeadProvider', () => {
  const download = (id: string, gate: 'form' | 'none'): DownloadEntry => ({
    id,
    file: `content/downloads/${id}.yaml`,
    data: { title: id, description: 'd', file: `/${id}.pdf`, format: 'PDF', gate, retention: 'P6M', purpose: 'p' },
  });
  const downloads = [download('schoolgids', 'form'), download('busplanner', 'none')];

  it('needs a HubSpot form for every gated download and spots typos', () => {
    const leads = parseOptions({ ...minimalOptions, leads: { provider: 'hubspot', portalId: '123', forms: { schoolgid: '78c2891f-ebdd-44c0-bd94-15c012bbbfbf' } } }).leads;
    const problems = checkLeadProvider(leads, downloads);
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['leads.forms.schoolgids', 'download `schoolgids` (content/downloads/schoolgids.yaml) has `gate: form` but no HubSpot form GUID'],
      ['leads.forms.schoolgid', 'unknown download `schoolgid`'],
    ]);
    expect(problems[1]?.fix).toContain('Did you mean `schoolgids`?');
  });

  it('has nothing to check for the inbox and the webhook', () => {
    expect(checkLeadProvider(parseOptions(minimalOptions).leads, downloads)).toEqual([]);
  });

  it('names an unknown download in the inbox e-mail recipients per download', () => {
    const notify = { to: ['team@voorbeeldstad.nl'], from: 'noreply@voorbeeldstad.nl', perDownload: { schoolgid: ['onderwijs@voorbeeldstad.nl'] } };
    const problems = checkLeadProvider(parseOptions({ ...minimalOptions, leads: { provider: 'inbox', notify } }).leads, downloads);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'leads.notify.perDownload.schoolgid', message: 'unknown download `schoolgid`' });
  });
});
