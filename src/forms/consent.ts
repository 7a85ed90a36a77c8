/**
 * The consent texts a visitor sees next to the form. The same strings go to a provider that
 * records consent (HubSpot's `legalConsentOptions`) and into the inbox row, so what was stored
 * is provably what was shown.
 */
import type { DownloadData } from '../journey/schemas.ts';
import { describeDuration } from './retention.ts';
import { dutchTexts, type Translate } from '../strings/strings.ts';

export interface ConsentTexts {
  /** Why the data is processed and how long it is kept; the basis of the download itself. */
  processing: string;
  /** What the separate, unchecked, optional box for further contact says: its label and its hint. */
  contact: string;
  contactLabel: string;
  contactHint: string;
}

export function consentTexts(download: Pick<DownloadData, 'purpose' | 'retention'>, organisation: string, t: Translate = dutchTexts): ConsentTexts {
  return {
    processing: t('consent.processing', { purpose: download.purpose.replace(/\.?$/, '.'), organisation, duration: describeDuration(download.retention, t) }),
    contact: `${t('consent.contact', { organisation })} ${t('consent.contactHint')}`,
    contactLabel: t('consent.contact', { organisation }),
    contactHint: t('consent.contactHint'),
  };
}
