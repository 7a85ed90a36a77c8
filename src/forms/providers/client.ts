/** At build time: the provider details one form's browser code needs (never secrets). */
import type { LeadsOptions } from '../options.ts';
import { INBOX_ENDPOINT } from '../../journey/urls.ts';
import { hubspotEndpoint } from './hubspot.ts';
import type { FormMessages } from '../fields.ts';
import type { ClientProvider } from './types.ts';

export function clientProvider(leads: LeadsOptions, downloadId: string, messages: FormMessages): ClientProvider {
  switch (leads.provider) {
    case 'inbox':
      return { provider: 'inbox', endpoint: INBOX_ENDPOINT };
    case 'hubspot':
      return {
        provider: 'hubspot',
        endpoint: hubspotEndpoint(leads.portalId, leads.forms[downloadId] ?? ''),
        fieldNames: leads.fieldNames,
        messages: { required: messages.required, emailInvalid: messages.emailInvalid, emailBlocked: messages.emailBlocked, tooLarge: messages.tooLarge, numberInvalid: messages.numberInvalid },
        ...(leads.subscriptionTypeId === undefined ? {} : { subscriptionTypeId: leads.subscriptionTypeId }),
      };
    case 'mautic':
      return { provider: 'mautic', endpoint: leads.url, formId: leads.forms[downloadId] ?? 0, fieldNames: leads.fieldNames };
    case 'webhook':
      return { provider: 'webhook', endpoint: leads.url };
  }
}
