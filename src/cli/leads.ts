/**
 * `wegwijzer leads <command>`: the inbox's leads, for the people who follow them up.
 *   export   all leads with their context as CSV on stdout
 *   purge    delete leads past their download's retention (the server also does this)
 *   stats    leads per download × persona × phase
 * There is deliberately no HTTP route for any of this: leads leave the server only by hand.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { LeadStore, type StoredLead } from '../inbox/store.ts';
import { gateOptions } from '../content/gate.ts';
import { loadContent } from '../content/load.ts';
import { loadProject, type Project } from './project.ts';
import { formatTable } from '../journey/report.ts';

const usage = `Usage: wegwijzer leads <export|purge|stats> [--root <project folder>] [--db <sqlite file>] [--json]
  export   all leads as CSV on stdout (redirect it: npm run -s leads -- export > leads.csv)
  purge    delete leads whose retention has passed (also when a download's retention was shortened; not with --db)
  stats    number of leads per download × persona × phase`;

const COLUMNS: { key: keyof StoredLead; header: string }[] = [
  { key: 'id', header: 'id' },
  { key: 'receivedAt', header: 'received_at' },
  { key: 'expiresAt', header: 'expires_at' },
  { key: 'download', header: 'download' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'organisation', header: 'organisation' },
  { key: 'phone', header: 'phone' },
  { key: 'contact', header: 'further_contact' },
  { key: 'page', header: 'page' },
  { key: 'persona', header: 'persona' },
  { key: 'phase', header: 'phase' },
  { key: 'utmSource', header: 'utm_source' },
  { key: 'utmMedium', header: 'utm_medium' },
  { key: 'utmCampaign', header: 'utm_campaign' },
  { key: 'utmTerm', header: 'utm_term' },
  { key: 'utmContent', header: 'utm_content' },
  { key: 'consentText', header: 'consent_text' },
  { key: 'contactText', header: 'contact_text' },
];

/**
 * RFC 4180 quoting is csv-stringify's job. On top of that, a value that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a leading apostrophe: visitors
 * type these values, and whoever opens the export must not execute them.
 */
function toCsv(leads: readonly StoredLead[]): string {
  const rows = leads.map((lead) => COLUMNS.map(({ key }) => neutralise(lead[key])));
  return stringify(rows, { header: true, columns: COLUMNS.map(({ header }) => header), record_delimiter: 'windows' });
}

function neutralise(value: StoredLead[keyof StoredLead]): string {
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function formatStats(leads: LeadStoreStats): string {
  if (leads.length === 0) return 'No leads.';
  const header = ['download', 'persona', 'phase', 'leads'];
  const rows = leads.map((row) => [row.download, row.persona, row.phase, String(row.leads)]);
  const total = leads.reduce((sum, row) => sum + row.leads, 0);
  return [formatTable(header, rows), '', `${total} lead${total === 1 ? '' : 's'} in total`].join('\n');
}

type LeadStoreStats = ReturnType<LeadStore['stats']>;

function inboxPath(project: Project): string {
  if (project.options.leads.provider !== 'inbox') {
    throw new Error(`leads.provider is \`${project.options.leads.provider}\`: leads are kept by that provider, not in the inbox.`);
  }
  return resolve(project.root, project.options.leads.path);
}

/** Each download's current `retention` from the project's content: a shortened one purges sooner. */
function currentRetentions(project: Project): Map<string, string> {
  const { snapshot } = loadContent(gateOptions(project.root, project.publicDir, project.options));
  return new Map(snapshot.downloads.map((download) => [download.id, download.data.retention]));
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string', default: '.' }, db: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  if (command === undefined || !['export', 'purge', 'stats'].includes(command) || rest.length > 0) {
    console.error(`${command === undefined ? 'Missing command.' : `Unknown command: ${[command, ...rest].join(' ')}`}\n${usage}`);
    return 2;
  }
  const project = args.values.db === undefined ? await loadProject(args.values.root) : undefined;
  const path = project === undefined ? resolve(args.values.db ?? '') : inboxPath(project);
  if (!existsSync(path)) {
    // Creating an empty store here would make a wrong folder or path look like "no leads".
    console.error(`No lead store at ${path}: the server has stored no lead there yet. Is this the folder the server starts in, and the same \`leads.path\`?`);
    return 1;
  }
  const store = LeadStore.open(path, project === undefined ? '--db' : '`leads.path` in wegwijzer() options');
  const retentions = project !== undefined && command === 'purge' ? currentRetentions(project) : new Map<string, string>();
  try {
    if (command === 'export') process.stdout.write(toCsv(store.all()));
    if (command === 'purge') console.log(`Purged ${store.purge(new Date(), retentions)} lead(s) past their retention; ${store.count()} left.`);
    if (command === 'stats') console.log(args.values.json ? JSON.stringify(store.stats(), null, 2) : formatStats(store.stats()));
  } finally {
    store.close();
  }
  return 0;
}

