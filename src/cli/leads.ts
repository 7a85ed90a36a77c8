/**
 * `wegwijzer leads <command>`: the inbox's leads, for the people who follow them up.
 *   export   all leads (or, with --quarantine, the submissions judged as spam) as CSV, into --output <file> or on stdout
 *   release  move one quarantined submission to the leads
 *   purge    delete leads past their download's retention (the server also does this)
 *   stats    leads per download × persona × phase, and how many wait in quarantine
 *   outbox   deliveries (e-mail, forwards) not yet sent: pending, failed and waiting, dead
 *   retry    send a delivery again now (by id), or every dead one (--dead)
 *   attendees the sign-ups of one event, with their status (confirmed, waiting, cancelled)
 * There is deliberately no HTTP route for any of this: leads leave the server only by hand.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LeadStore, type QuarantinedLead, type SeatedEvent, type StoredLead } from '../inbox/store.ts';
import { gateOptions } from '../content/gate.ts';
import { loadContent } from '../content/load.ts';
import { loadProject, type Project } from './project.ts';
import { formatTable } from '../journey/report.ts';
import { commandArgs } from './args.ts';
import { Outbox, type Delivery } from '../delivery/outbox.ts';
import { destinationsFor } from '../delivery/channels.ts';
import { suggestion } from '../journey/suggest.ts';

const usage = `Usage: wegwijzer leads <export|release <id>|purge|stats|attendees <event>|outbox|retry <id>|retry --dead> [--root <project folder>] [--db <sqlite file>] [options]
  export        all leads as CSV on stdout, with their kind (download, event, contact) and, for event
                sign-ups, their status (confirmed, waiting, cancelled)
    --output <file>  into this file instead (npm run leads -- export --output leads.csv: npm's own lines stay out of it)
    --quarantine  the submissions judged as spam instead, with the reason
    --delimiter ;  separate fields with ; (what Excel expects with Dutch settings); default ,
    --bom         start with a UTF-8 byte order mark, so Excel reads é and ë correctly
  release <id>  move a quarantined submission (its id from export --quarantine) to the leads
  purge         delete leads whose retention has passed (also when a download's retention was shortened; not with --db)
  stats         number of leads per download × persona × phase, and in quarantine (--json for scripts)
  attendees <event>  the sign-ups of one event (its id in content/events/) as CSV, oldest first, with
                their status and number of people (--output <file> as for export)
  outbox        deliveries not yet sent (pending, failed and waiting, dead), with their last error (--json for scripts)
  retry <id>    send that delivery again now, with a fresh count of attempts (the running server picks it up)
  retry --dead  the same for every dead delivery`;

/** How often and how long purge tries to empty the write-ahead log while another connection reads. */
const CHECKPOINT_ATTEMPTS = 3;
const CHECKPOINT_PAUSE_MS = 500;

const COLUMNS: { key: keyof QuarantinedLead; header: string }[] = [
  { key: 'id', header: 'id' },
  { key: 'receivedAt', header: 'received_at' },
  { key: 'expiresAt', header: 'expires_at' },
  { key: 'kind', header: 'kind' },
  // The id of the download or event (see `kind`); named `download` since the first export.
  { key: 'download', header: 'download' },
  { key: 'status', header: 'status' },
  { key: 'seats', header: 'people' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'organisation', header: 'organisation' },
  { key: 'phone', header: 'phone' },
  { key: 'channel', header: 'channel' },
  { key: 'dayPart', header: 'day_part' },
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

interface CsvOptions {
  delimiter: ',' | ';';
  bom: boolean;
  /** Add the quarantine's `reason` column. */
  reason: boolean;
  /** Default: every column of a lead. */
  columns?: readonly { key: keyof QuarantinedLead; header: string }[];
}

/** What the organiser of an event needs on the list: who, how many, and where they stand. */
const ATTENDEE_COLUMNS = COLUMNS.filter(({ key }) => ['id', 'receivedAt', 'status', 'seats', 'name', 'email', 'organisation', 'phone', 'page'].includes(key));

/**
 * RFC 4180 CSV by csv-stringify, with every field quoted: a spreadsheet that splits on another
 * separator than the file's (Dutch Excel uses `;`) still keeps each value in one cell. On top
 * of that, a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
 * start) gets a leading apostrophe: visitors type these values, and whoever opens the export
 * must not execute them.
 */
function toCsv(leads: readonly (StoredLead | QuarantinedLead)[], options: CsvOptions): string {
  const base = options.columns ?? COLUMNS;
  const columns = options.reason ? [{ key: 'reason' as const, header: 'reason' }, ...base] : base;
  const rows = leads.map((lead) => columns.map(({ key }) => neutralise((lead as QuarantinedLead)[key])));
  return stringify(rows, {
    header: true,
    columns: columns.map(({ header }) => header),
    record_delimiter: 'windows',
    delimiter: options.delimiter,
    bom: options.bom,
    quoted: true,
    quoted_empty: true,
  });
}

function neutralise(value: QuarantinedLead[keyof QuarantinedLead]): string {
  // No number of people for a download.
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : value === 0 ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function formatStats(leads: LeadStoreStats, quarantined: number): string {
  const waiting = `${quarantined} submission${quarantined === 1 ? '' : 's'} in quarantine (judged as spam; see \`leads export --quarantine\`)`;
  if (leads.length === 0) return ['No leads.', waiting].join('\n');
  const header = ['download', 'persona', 'phase', 'leads'];
  const rows = leads.map((row) => [row.download, row.persona, row.phase, String(row.leads)]);
  const total = leads.reduce((sum, row) => sum + row.leads, 0);
  return [formatTable(header, rows), '', `${total} lead${total === 1 ? '' : 's'} in total`, waiting].join('\n');
}

type LeadStoreStats = ReturnType<LeadStore['stats']>;

function inboxPath(project: Project): string {
  if (project.options.leads.provider !== 'inbox') {
    throw new Error(`leads.provider is \`${project.options.leads.provider}\`: leads are kept by that provider, not in the inbox.`);
  }
  return resolve(project.root, project.options.leads.path);
}

/** Each event's seats from the project's content: a released sign-up gets one when it is free. */
function currentEvents(project: Project): Map<string, SeatedEvent> {
  const { snapshot } = loadContent(gateOptions(project.root, project.publicDir, project.options));
  return new Map((snapshot.events ?? []).map((event) => [event.id, { capacity: event.data.capacity }]));
}

/** Each download's current `retention` from the project's content: a shortened one purges sooner. */
function currentRetentions(project: Project): Map<string, string> {
  const { snapshot } = loadContent(gateOptions(project.root, project.publicDir, project.options));
  return new Map(snapshot.downloads.map((download) => [download.id, download.data.retention]));
}

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    usage,
    {
      root: { type: 'string', default: '.' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      quarantine: { type: 'boolean', default: false },
      delimiter: { type: 'string', default: ',' },
      bom: { type: 'boolean', default: false },
      output: { type: 'string' },
      dead: { type: 'boolean', default: false },
    },
    true,
  );
  if (typeof args === 'number') return args;
  const [command, ...rest] = args.positionals;
  const releaseId = command === 'release' && rest.length === 1 && /^[1-9]\d*$/.test(rest[0] ?? '') ? Number(rest[0]) : undefined;
  const attendeesOf = command === 'attendees' && rest.length === 1 ? rest[0] : undefined;
  if (command === 'attendees' && attendeesOf === undefined) {
    console.error(`\`attendees\` takes the id of one event (its file name in content/events/, without .yaml).\n${usage}`);
    return 2;
  }
  if (command === 'release' && releaseId === undefined) {
    console.error(`\`release\` takes the id of one quarantined submission, a whole number (see \`leads export --quarantine\`).\n${usage}`);
    return 2;
  }
  const retry = command === 'retry' ? retryTarget(rest, args.values.dead) : undefined;
  if (command === 'retry' && retry === undefined) {
    console.error(`\`retry\` takes the id of one delivery (see \`leads outbox\`) or --dead, not both.\n${usage}`);
    return 2;
  }
  if (command === undefined || !['export', 'release', 'purge', 'stats', 'attendees', 'outbox', 'retry'].includes(command) || (command !== 'release' && command !== 'retry' && command !== 'attendees' && rest.length > 0)) {
    console.error(`${command === undefined ? 'Missing command.' : `Unknown command: ${[command, ...rest].join(' ')}`}\n${usage}`);
    return 2;
  }
  if (args.values.output !== undefined && command !== 'export' && command !== 'attendees') {
    console.error(`--output is for \`export\` and \`attendees\` only.\n${usage}`);
    return 2;
  }
  const delimiter = args.values.delimiter;
  if (delimiter !== ',' && delimiter !== ';') {
    console.error(`--delimiter must be , or ; (got ${JSON.stringify(delimiter)}).\n${usage}`);
    return 2;
  }
  const project = args.values.db === undefined ? await loadProject(args.values.root) : undefined;
  const path = project === undefined ? resolve(args.values.db ?? '') : inboxPath(project);
  if (!existsSync(path)) {
    // Creating an empty store here would make a wrong folder or path look like "no leads".
    console.error(`No lead store at ${path}: the server has stored no lead there yet. Is this the folder the server starts in, and the same \`leads.path\`?`);
    return 1;
  }
  // A lead released from quarantine gets its deliveries as on the server; with --db the options are unknown, so none.
  const leadsOptions = project?.options.leads;
  const outbox = new Outbox((lead) => (leadsOptions?.provider === 'inbox' ? destinationsFor(leadsOptions, lead) : []));
  const store = LeadStore.open(path, project === undefined ? '--db' : '`leads.path` in wegwijzer() options', { busyTimeoutMs: 2000, onCommit: outbox });
  try {
    switch (command) {
      case 'export': {
        const rows = args.values.quarantine ? store.quarantined() : store.all();
        const csv = toCsv(rows, { delimiter, bom: args.values.bom, reason: args.values.quarantine });
        if (args.values.output === undefined) {
          process.stdout.write(csv);
          return 0;
        }
        const file = resolve(args.values.output);
        writeFileSync(file, csv);
        console.log(`Wrote ${rows.length} ${args.values.quarantine ? 'quarantined submission' : 'lead'}${rows.length === 1 ? '' : 's'} to ${file}.`);
        return 0;
      }
      case 'attendees': {
        const signUps = store.attendees(attendeesOf ?? '');
        const known = project === undefined ? undefined : currentEvents(project);
        if (known !== undefined && !known.has(attendeesOf ?? '')) {
          console.error(`No event \`${attendeesOf}\` in content/events/. ${suggestion(attendeesOf ?? '', [...known.keys()], 'event')}`);
          return 1;
        }
        const csv = toCsv(signUps, { delimiter, bom: args.values.bom, reason: false, columns: ATTENDEE_COLUMNS });
        if (args.values.output === undefined) process.stdout.write(csv);
        else {
          writeFileSync(resolve(args.values.output), csv, { mode: 0o600 });
          const count = (status: string) => signUps.filter((row) => row.status === status).length;
          console.log(`Wrote ${signUps.length} sign-up(s) of ${attendeesOf} to ${args.values.output}: ${count('confirmed')} confirmed, ${count('waiting')} waiting, ${count('cancelled')} cancelled.`);
        }
        return 0;
      }
      case 'release': {
        const id = store.release(releaseId ?? 0, project === undefined ? new Map() : currentEvents(project));
        if (id === undefined) {
          console.error(`No quarantined submission with id ${releaseId}: \`leads export --quarantine\` lists them.`);
          return 1;
        }
        console.log(`Released quarantined submission ${releaseId}: it is lead ${id} now.`);
        return 0;
      }
      case 'outbox': {
        const unsent = outbox.unsent();
        console.log(args.values.json ? JSON.stringify(unsent, null, 2) : formatOutbox(unsent));
        return 0;
      }
      case 'retry': {
        const count = outbox.retry(retry ?? 'dead');
        if (count === 0) {
          console.error(retry === 'dead' ? 'No dead deliveries.' : `No delivery ${rest[0]} waiting or dead: \`leads outbox\` lists them (a sent one is not sent again).`);
          return retry === 'dead' ? 0 : 1;
        }
        console.log(`${count} delivery(ies) due now; the running server sends them within a second.`);
        return 0;
      }
      case 'purge':
        return await purge(store, path, project === undefined ? new Map() : currentRetentions(project));
      default:
        console.log(args.values.json ? JSON.stringify({ leads: store.stats(), quarantined: store.quarantineCount() }, null, 2) : formatStats(store.stats(), store.quarantineCount()));
        return 0;
    }
  } finally {
    store.close();
  }
}

/** `retry <id>` or `retry --dead`: what to retry, or undefined when the arguments say neither or both. */
function retryTarget(rest: readonly string[], dead: boolean): { id: number } | 'dead' | undefined {
  if (dead) return rest.length === 0 ? 'dead' : undefined;
  return rest.length === 1 && /^[1-9]\d*$/.test(rest[0] ?? '') ? { id: Number(rest[0]) } : undefined;
}

/** The unsent deliveries as a table: no personal data, only ids, destinations and states. */
function formatOutbox(deliveries: readonly Delivery[]): string {
  if (deliveries.length === 0) return 'Nothing waiting: every delivery has been sent.';
  const state = (delivery: Delivery) => (delivery.state === 'pending' && delivery.attempts > 0 ? 'failed' : delivery.state);
  const rows = deliveries.map((delivery) => [
    String(delivery.id),
    String(delivery.leadId),
    delivery.destination,
    state(delivery),
    String(delivery.attempts),
    delivery.state === 'pending' ? delivery.nextAttemptAt.toISOString() : '',
    delivery.lastError ?? '',
  ]);
  const dead = deliveries.filter((delivery) => delivery.state === 'dead').length;
  return [
    formatTable(['id', 'lead', 'destination', 'state', 'attempts', 'next attempt', 'last error'], rows),
    '',
    `${deliveries.length} delivery(ies) not sent${dead > 0 ? `, ${dead} dead: \`leads retry --dead\` sends them again` : ''}.`,
  ].join('\n');
}

/**
 * Deletes what is past its retention, then makes sure it is gone from the database files too:
 * the write-ahead log can only be emptied when no other connection reads from an older state.
 * Retried a few times; when it still cannot, says so and exits 1 instead of claiming success.
 */
async function purge(store: LeadStore, path: string, retentions: ReadonlyMap<string, string>): Promise<number> {
  let { purged, removedFromFiles } = store.purge(new Date(), retentions);
  for (let attempt = 1; !removedFromFiles && attempt < CHECKPOINT_ATTEMPTS; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_PAUSE_MS));
    removedFromFiles = store.checkpoint();
  }
  if (!removedFromFiles) {
    console.error(
      `Purged ${purged} lead(s) from the table, but could not remove old data from ${path}-wal and ${path}: another program holds a read transaction on the database ` +
        '(a database browser, a backup, or a long export). Close it and run `leads purge` again; it finishes the removal.',
    );
    return 1;
  }
  console.log(`Purged ${purged} lead(s) past their retention; ${store.count()} left. The database files hold no purged data.`);
  return 0;
}
