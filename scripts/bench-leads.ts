/**
 * `npm run bench:leads`: how many leads a second the inbox's SQLite store accepts, each committed
 * (WAL, synchronous=FULL) with its outbox deliveries (team e-mail and confirmation) in one
 * transaction, as the endpoint does before it answers the visitor. Measures the store on this
 * machine's disk, in a temporary folder, without HTTP or validation in front; one writer, as in the
 * server. Prints figures; asserts nothing.
 *   --leads N   how many leads per run (default 2000)
 *   --runs N    how many runs (default 3)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LeadStore } from '../src/inbox/store.ts';
import { Outbox } from '../src/delivery/outbox.ts';
import { destinationsFor } from '../src/delivery/channels.ts';

const { values } = parseArgs({ options: { leads: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.leads);
const runs = Number(values.runs);
const notify = { to: ['team@voorbeeldstad.nl'], from: 'noreply@voorbeeldstad.nl', perDownload: {}, confirm: true };
const consent = { processing: 'Wij bewaren uw gegevens 12 maanden.', contact: 'Ik wil later een vraag krijgen.', contactLabel: '', contactHint: '' };

function run(withOutbox: boolean): number {
  const folder = mkdtempSync(join(tmpdir(), 'wegwijzer-bench-leads-'));
  const store = new LeadStore(join(folder, 'leads.db'), withOutbox ? { onCommit: new Outbox((lead) => destinationsFor({ notify }, lead)) } : {});
  try {
    const started = performance.now();
    for (let index = 0; index < count; index++) {
      const fields = { name: `Bezoeker ${index}`, email: `bezoeker${index}@voorbeeld.nl` };
      store.insert({ kind: 'download', download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields, contact: index % 2 === 0, utm: {} }, consent, 'P12M');
    }
    return count / ((performance.now() - started) / 1000);
  } finally {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

console.log(`${count} leads per run, ${runs} runs, in ${tmpdir()} (WAL, synchronous=FULL: one fsync per lead)`);
// Alternated, so a busy moment of the machine does not fall on one kind only.
const rates = { 'lead only': [] as number[], 'lead + 2 outbox rows': [] as number[] };
for (let index = 0; index < runs; index++) {
  rates['lead only'].push(run(false));
  rates['lead + 2 outbox rows'].push(run(true));
}
for (const [label, measured] of Object.entries(rates)) {
  const sorted = [...measured].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`${label.padEnd(22)} median ${Math.round(median)} leads/s  (runs: ${measured.map((rate) => Math.round(rate)).join(', ')})`);
}
