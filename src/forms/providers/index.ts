/** All provider adapters by name. The browser bundle gets only the configured one (see the integration). */
import { hubspotAdapter } from './hubspot.ts';
import { inboxAdapter } from './inbox.ts';
import { mauticAdapter } from './mautic.ts';
import { webhookAdapter } from './webhook.ts';
import type { ClientProvider, ProviderAdapter } from './types.ts';

export const ADAPTER_MODULES = { inbox: 'inbox.ts', hubspot: 'hubspot.ts', mautic: 'mautic.ts', webhook: 'webhook.ts' } as const;
export const ADAPTER_EXPORTS = { inbox: 'inboxAdapter', hubspot: 'hubspotAdapter', mautic: 'mauticAdapter', webhook: 'webhookAdapter' } as const;

export function adapterFor(provider: ClientProvider): ProviderAdapter {
  const adapters = { inbox: inboxAdapter, hubspot: hubspotAdapter, mautic: mauticAdapter, webhook: webhookAdapter };
  return adapters[provider.provider] as ProviderAdapter;
}
