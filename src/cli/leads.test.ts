/** `wegwijzer leads export --output`: the CSV in a file, with nothing else in it (npm's banner goes to stdout). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consentTexts } from '../forms/consent.ts';
import { LeadStore } from '../inbox/store.ts';
import { run } from './leads.ts';

let folder: string;
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

const consent = consentTexts({ purpose: 'We sturen u de gids', retention: 'P12M' }, 'Gemeente Voorbeeldstad');
const lead = { kind: 'download' as const, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { email: 'jan@voorbeeld.nl' }, contact: false, utm: {} };

function storeWithOneLead(): string {
  folder = mkdtempSync(join(tmpdir(), 'wegwijzer-leads-'));
  const path = join(folder, 'leads.db');
  const store = LeadStore.open(path, '--db');
  store.insert(lead, consent, 'P12M');
  store.close();
  return path;
}

/** Runs the command and collects what it writes to stdout (CSV or messages) and stderr. */
async function leads(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(console, 'log').mockImplementation((...parts) => void (stdout += `${parts.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...parts) => void (stderr += `${parts.join(' ')}\n`));
  const code = await run(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('wegwijzer leads export --output', () => {
  it('writes the same CSV as stdout into the file, and only a confirmation on stdout', async () => {
    const db = storeWithOneLead();
    const onStdout = await leads('export', '--db', db, '--delimiter', ';', '--bom');
    expect(onStdout.code, onStdout.stderr).toBe(0);
    const file = join(folder, 'leads.csv');
    const written = await leads('export', '--db', db, '--delimiter', ';', '--bom', '--output', file);
    expect(written.code, written.stderr).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toBe(onStdout.stdout);
    expect(csv.startsWith('\ufeff"id";"received_at";')).toBe(true);
    expect(csv).toContain('"jan@voorbeeld.nl"');
    expect(written.stdout).toBe(`Wrote 1 lead to ${file}.\n`);
  });

  it('refuses --output with another command than export', async () => {
    const db = storeWithOneLead();
    const result = await leads('stats', '--db', db, '--output', join(folder, 'stats.txt'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--output is for `export` and `attendees` only.');
  });
});
