/**
 * `wegwijzer new page|persona|download` on a copy of the example: the files it writes pass the gate
 * (a page once its CTA is set), unknown ids are refused with a "did you mean", nothing is ever
 * overwritten, and it prints the path and the gate's verdict. (That a page it writes also builds
 * is checked in tests/journey-map.test.ts, which builds one.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CTA_PLACEHOLDER } from '../src/cli/new.ts';
import { loadProject, type Project } from '../src/cli/project.ts';
import { gateOptions, runGate } from '../src/content/gate.ts';
import { eventSchema, personaSchema } from '../src/journey/schemas.ts';
import { copyFixtureSite, wegwijzer, type TempSite } from './support/site.ts';

let site: TempSite;
let project: Project;

beforeAll(async () => {
  site = copyFixtureSite();
  project = await loadProject(site.root);
});

afterAll(() => site?.dispose());

const gate = () => runGate(gateOptions(site.root, 'public', project.options));
const contentFiles = () => readdirSync(join(site.root, 'content'), { recursive: true }).map(String).sort();

describe('wegwijzer new page', () => {
  it('writes a page beside the persona’s pages whose CTA leads to its next phase, and the gate passes', async () => {
    const result = await wegwijzer(['new', 'page', '--persona', 'ouders', '--phase', 'overweging', '--title', 'Scholen vergelijken', '--description', 'Zo vergelijkt u scholen.'], site.root);
    expect(result.code, result.output).toBe(0);
    const file = 'content/pages/basisschool/scholen-vergelijken.mdx';
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toContain('Journey check: no problems');
    const page = gate().snapshot.pages.find((candidate) => candidate.file === file);
    expect(page?.data).toMatchObject({ title: 'Scholen vergelijken', persona: 'ouders', phase: 'overweging', cta: { href: '/basisschool/aanmelden/' } });
    expect(gate().problems).toEqual([]);
  });

  it('gives a page without a next page a placeholder CTA, which the gate reports until it is set', async () => {
    const result = await wegwijzer(['new', 'page', '--persona', 'reizigers', '--phase', 'gedrag', '--title', 'Reizen in de zomer'], site.root);
    expect(result.code, result.output).toBe(0);
    const file = 'content/pages/bus/reizen-in-de-zomer.mdx';
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toMatch(new RegExp(`${file}, line \\d+, column \\d+ › cta\\.href`));
    expect(gate().problems).toEqual([expect.objectContaining({ file, field: 'cta.href', message: expect.stringContaining(CTA_PLACEHOLDER) })]);
    site.edit(file, `href: ${CTA_PLACEHOLDER}`, 'href: /bus/');
    expect(gate().problems).toEqual([]);
  });

  it('refuses unknown persona and phase ids with the known ones and a "did you mean", writing nothing', async () => {
    const before = contentFiles();
    const persona = await wegwijzer(['new', 'page', '--persona', 'oudrs', '--phase', 'overweging', '--title', 'X'], site.root);
    expect(persona.code).toBe(1);
    expect(persona.stderr).toContain('Unknown persona `oudrs`. Did you mean `ouders`? Known personas: buurtbewoners, ouders, reizigers.');
    const phase = await wegwijzer(['new', 'page', '--persona', 'ouders', '--phase', 'overweeging', '--title', 'X'], site.root);
    expect(phase.code).toBe(1);
    expect(phase.stderr).toContain('Unknown phase `overweeging`. Did you mean `overweging`? Known phases: orientatie, overweging, beslissing, gedrag.');
    expect(phase.stderr).toContain('Nothing was written.');
    const missing = await wegwijzer(['new', 'page', '--persona', 'ouders'], site.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --phase, --title.');
    expect(contentFiles()).toEqual(before);
  });

  it("fills in the site's own page fields too (wegwijzerCollections({ pages: { extend } }))", async () => {
    const config = site.read('src/content.config.ts');
    site.write(
      'src/content.config.ts',
      "import { z } from 'astro/zod';\nimport { wegwijzerCollections } from 'wegwijzer/content';\n\n" +
        "export const collections = wegwijzerCollections({\n  pages: { extend: z.object({ budget: z.number().int().min(0).describe('Budget in euro.') }) },\n});\n",
    );
    const pages = gate().snapshot.pages.map((page) => page.file);
    for (const file of pages) site.edit(file, /^phase: /m, 'budget: 100\nphase: ');
    try {
      const result = await wegwijzer(['new', 'page', '--persona', 'buurtbewoners', '--phase', 'overweging', '--title', 'Wat het kost'], site.root);
      expect(result.code, result.output).toBe(0);
      expect(site.read('content/pages/veilige-buurt/wat-het-kost.mdx')).toContain('# Budget in euro.\nbudget: 0\n');
      expect(result.stdout).toContain('Journey check: no problems');
    } finally {
      site.write('src/content.config.ts', config);
      for (const file of pages) site.edit(file, 'budget: 100\n', '');
      site.remove('content/pages/veilige-buurt/wat-het-kost.mdx');
    }
  });

  it('never overwrites a file', async () => {
    const file = 'content/pages/basisschool/scholen-vergelijken.mdx';
    site.edit(file, 'Zo vergelijkt u scholen.', 'Zo vergelijkt u scholen. Door de redactie aangepast.');
    const result = await wegwijzer(['new', 'page', '--persona', 'ouders', '--phase', 'overweging', '--title', 'Scholen vergelijken'], site.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} already exists; wegwijzer new never overwrites a file.`);
    expect(site.read(file)).toContain('Door de redactie aangepast.');
  });
});

describe('wegwijzer new persona, download, event and contact', () => {
  it('writes a persona with every required field and comments; the gate then asks for its pages', async () => {
    const result = await wegwijzer(['new', 'persona', 'grootouders', '--name', 'Opa’s en oma’s'], site.root);
    expect(result.code, result.output).toBe(0);
    const file = 'content/personas/grootouders.yaml';
    expect(result.stdout).toContain(`Wrote ${file}`);
    const text = site.read(file);
    expect(personaSchema.parse(parse(text)).name).toBe('Opa’s en oma’s');
    expect(text).toContain(`# ${personaSchema.shape.question.description}`);
    const problems = gate().problems;
    expect(problems.length).toBe(4);
    for (const problem of problems) expect(problem).toMatchObject({ file, field: 'phases', message: expect.stringContaining('has no page for phase') });

    const again = await wegwijzer(['new', 'persona', 'grootouders'], site.root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    site.remove(file);
  });

  it('writes a download for a file under public/ that passes the gate, and refuses a bad path or id', async () => {
    const result = await wegwijzer(['new', 'download', 'gids-kort', '--file', '/brochures/schoolgids-2027.pdf', '--title', 'Korte schoolgids', '--gate', 'none'], site.root);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('Wrote content/downloads/gids-kort.yaml');
    expect(gate().snapshot.downloads.find((download) => download.id === 'gids-kort')?.data).toMatchObject({ title: 'Korte schoolgids', format: 'PDF', gate: 'none', file: '/brochures/schoolgids-2027.pdf' });
    expect(gate().problems).toEqual([]);

    const before = contentFiles();
    const path = await wegwijzer(['new', 'download', 'gids-lang', '--file', 'brochures/lang.pdf'], site.root);
    expect(path.code).toBe(1);
    expect(path.stderr).toContain('file: must be a path under public/ starting with /');
    const id = await wegwijzer(['new', 'download', 'Gids Lang', '--file', '/brochures/lang.pdf'], site.root);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('`Gids Lang` is not a valid download id: use lowercase letters, digits and hyphens, like `gids-lang`.');
    expect(contentFiles()).toEqual(before);
    expect(readFileSync(join(site.root, 'content/downloads/gids-kort.yaml'), 'utf8')).toContain('# How long leads are kept');
  });

  it('writes an event with the given title, times and seats that passes the gate, and refuses an existing id', async () => {
    const result = await wegwijzer(['new', 'event', 'open-dag', '--title', 'Open dag', '--start', '2027-03-06T10:00', '--end', '2027-03-06T13:00', '--capacity', '40'], site.root);
    expect(result.code, result.output).toBe(0);
    const file = 'content/events/open-dag.yaml';
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toContain('cta: { label: …, event: open-dag }');
    expect(result.stdout).toContain('Journey check: no problems');
    expect(parse(site.read(file))).toMatchObject({ title: 'Open dag', start: '2027-03-06T10:00', end: '2027-03-06T13:00', capacity: 40, retention: 'P3M' });
    expect(site.read(file)).toContain(`# ${eventSchema.shape.capacity.description}`);
    // The site's own time zone option as the example of the optional field.
    expect(site.read(file)).toContain('# timeZone: Europe/Amsterdam\n');

    const again = await wegwijzer(['new', 'event', 'informatieavond'], site.root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('content/events/informatieavond.yaml already exists; wegwijzer new never overwrites a file. Choose another id.');
    site.remove(file);
  });

  it('writes a contact request that asks for a phone number when it offers calls, and refuses a bad id or channel', async () => {
    const before = contentFiles();
    const result = await wegwijzer(['new', 'contact', 'spreekuur', '--title', 'Spreek de wijkagent', '--channels', 'phone,visit'], site.root);
    expect(result.code, result.output).toBe(0);
    const file = 'content/contact/spreekuur.yaml';
    expect(result.stdout).toContain('Journey check: no problems');
    expect(parse(site.read(file))).toMatchObject({ title: 'Spreek de wijkagent', channels: ['phone', 'visit'], fields: { required: ['name', 'email', 'phone'] } });
    site.remove(file);

    const id = await wegwijzer(['new', 'contact', 'Bel Mij'], site.root);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('`Bel Mij` is not a valid contact request id: use lowercase letters, digits and hyphens, like `bel-mij`.');
    const channel = await wegwijzer(['new', 'contact', 'bel-mij', '--channels', 'fone'], site.root);
    expect(channel.code).toBe(1);
    expect(channel.stderr).toContain('Unknown channel `fone` in --channels. Did you mean `phone`?');
    expect(contentFiles()).toEqual(before);
  });

  it('is listed in the command line’s help and as an npm script', async () => {
    const help = await wegwijzer(['--help'], site.root);
    expect(help.stdout).toMatch(/^ {2}new {2,}a new page, persona, download, event or contact request/m);
    const scripts = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.new).toBe('node bin/wegwijzer.js new');
  });
});
