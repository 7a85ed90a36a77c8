/**
 * Build-time check of the `leads` option against the content: a HubSpot or Mautic form must
 * exist for every `gate: form` download, and forms configured for unknown downloads are typos.
 */
import type { DownloadEntry, Problem } from '../journey/model.ts';
import { suggestion } from '../journey/suggest.ts';
import type { LeadsOptions } from './options.ts';

const CONFIG_FILE = 'astro.config.mjs';

export function checkLeadProvider(leads: LeadsOptions, downloads: readonly DownloadEntry[]): Problem[] {
  if (leads.provider !== 'hubspot' && leads.provider !== 'mautic') return [];
  const what = leads.provider === 'hubspot' ? 'HubSpot form GUID' : 'Mautic form id';
  const example = leads.provider === 'hubspot' ? '"78c2891f-ebdd-44c0-bd94-15c012bbbfbf"' : '3';
  const ids = downloads.map((download) => download.id);
  const problems: Problem[] = [];
  for (const download of downloads) {
    if (download.data.gate === 'form' && leads.forms[download.id] === undefined) {
      problems.push({
        file: CONFIG_FILE,
        field: `leads.forms.${download.id}`,
        message: `download \`${download.id}\` (${download.file}) has \`gate: form\` but no ${what}`,
        fix: `Add \`${download.id}: ${example}\` under \`leads.forms\` in wegwijzer() options, or set \`gate: none\` in ${download.file}.`,
      });
    }
  }
  for (const id of Object.keys(leads.forms)) {
    if (!ids.includes(id)) {
      problems.push({ file: CONFIG_FILE, field: `leads.forms.${id}`, message: `unknown download \`${id}\``, fix: suggestion(id, ids, 'download') });
    }
  }
  return problems;
}
