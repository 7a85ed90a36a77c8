/**
 * `wegwijzer new page|persona|download|event|contact`: writes a new content file derived from the content schemas,
 * refuses unknown persona and phase ids with a "did you mean", never overwrites a file, and prints
 * the path it wrote and the gate's verdict on the site with the new file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runGate, siteGateOptions } from '../content/gate.ts';
import { CONTENT_DIR, contentPageUrl } from '../content/paths.ts';
import { journeyPhases, nextJourneyPage, personaFolder } from '../journey/check.ts';
import type { ContentSnapshot, Problem } from '../journey/model.ts';
import { buildIndex, type SiteIndex } from '../journey/site-index.ts';
import { formatReport } from '../journey/report.ts';
import { LEAD_KINDS } from '../forms/kinds.ts';
import { contactYaml, downloadYaml, eventYaml, pageMdx, personaYaml, slugify, TODO } from '../journey/scaffold.ts';
import { CONTACT_CHANNELS, contentSchemas, downloadSchema, ID_PATTERN, type CollectionName, type ContentSchemas } from '../journey/schemas.ts';
import { suggestion } from '../journey/suggest.ts';
import { validateEntry } from '../journey/validate.ts';
import { loadProject, type Project } from './project.ts';
import { commandArgs } from './args.ts';

const USAGE = `Usage:
  wegwijzer new page --persona <id> --phase <id> --title "<titel>" [--description "<zin>"] [--name <file name>]
  wegwijzer new persona <id> [--name "<naam>"]
  wegwijzer new download <id> --file </path/under/public.pdf> [--title "<titel>"] [--gate ${downloadSchema.shape.gate.options.join('|')}]
  wegwijzer new event <id> [--title "<titel>"] [--start 2027-01-20T19:00] [--end 2027-01-20T20:30] [--capacity <seats>]
  wegwijzer new contact <id> [--title "<titel>"] [--channels ${CONTACT_CHANNELS.join(',')}]
Options for all: --root <project folder> (default: this folder)`;

/** Where the placeholder CTA of a page without a next page points: the gate reports it until it is set. */
export const CTA_PLACEHOLDER = '/todo-volgende-stap/';

class Refusal extends Error {}

/** What `new` writes; the help line in commands.ts names the same. */
const NEW_KINDS = ['page', 'persona', 'download', 'event', 'contact'];

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    USAGE,
    {
      persona: { type: 'string' },
      phase: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      name: { type: 'string' },
      file: { type: 'string' },
      gate: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      capacity: { type: 'string' },
      channels: { type: 'string' },
      root: { type: 'string', default: '.' },
    },
    true,
  );
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const [kind, id, ...extra] = positionals;
  const project = await loadProject(values.root);
  // The site's own content contract (its extra page fields) included, as in `wegwijzer check` and the build.
  const options = await siteGateOptions(project.root, project.publicDir, { ...project.options, site: project.site }, project.srcDir);
  const { snapshot } = runGate(options);
  const index = buildIndex(snapshot);
  const site: Site = { root: project.root, snapshot, index, schemas: options.schemas ?? contentSchemas, phases: project.options.phases, timeZone: project.options.timeZone };
  try {
    if (extra.length > 0) throw new Refusal(`Unexpected \`${extra.join(' ')}\`: put a title or name in quotes.`);
    let written: { file: string; todo: string };
    if (kind === 'page') written = newPage(site, values);
    else if (kind === 'persona') written = newPersona(site, id, values.name);
    else if (kind === 'download') written = newDownload(site, id, values);
    else if (kind === 'event') written = newEvent(site, id, values);
    else if (kind === 'contact') written = newContact(site, id, values);
    else throw new Refusal(kind === undefined ? 'What should be created?' : `Unknown kind \`${kind}\`. ${suggestion(kind, NEW_KINDS, 'kind')}`);
    console.log(`Wrote ${written.file}\n${written.todo}\n`);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A usage mistake gets the usage; a refused id or file only the reason.
    const usage = error.message.startsWith('Missing') || kind === undefined;
    console.error(`${error.message}\nNothing was written.${usage ? `\n\n${USAGE}` : ''}`);
    return usage ? 2 : 1;
  }
  const gate = runGate(options);
  console.log(verdict(gate.problems));
  if (gate.seoWarnings.length > 0) console.log(`\n${formatReport(gate.seoWarnings, { title: 'SEO check', noun: 'warning' })}`);
  return 0;
}

function verdict(problems: readonly Problem[]): string {
  return problems.length === 0 ? 'Journey check: no problems. The site builds.' : `${formatReport(problems)}\n\nThe build refuses these until they are fixed.`;
}

/** What the kinds of `new` need to know of the project. */
interface Site {
  root: string;
  /** The content as it was before this command. */
  snapshot: ContentSnapshot;
  index: SiteIndex;
  schemas: ContentSchemas;
  phases: Project['options']['phases'];
  timeZone: Project['options']['timeZone'];
}

interface PageValues {
  persona?: string;
  phase?: string;
  title?: string;
  description?: string;
  name?: string;
}

function newPage(site: Site, values: PageValues): { file: string; todo: string } {
  const { persona: personaId, phase: phaseId, title } = values;
  if (personaId === undefined || phaseId === undefined || title === undefined) {
    throw new Refusal(`Missing ${[['--persona', personaId], ['--phase', phaseId], ['--title', title]].filter(([, value]) => value === undefined).map(([name]) => name).join(', ')}.`);
  }
  const { snapshot, index } = site;
  const persona = snapshot.personas.find((candidate) => candidate.id === personaId);
  if (persona === undefined) {
    throw new Refusal(`Unknown persona \`${personaId}\`. ${suggestion(personaId, snapshot.personas.map((candidate) => candidate.id), 'persona')} A new one: wegwijzer new persona ${ID_PATTERN.test(personaId) ? personaId : '<id>'}`);
  }
  const phase = snapshot.phases.find((candidate) => candidate.id === phaseId);
  if (phase === undefined) throw new Refusal(`Unknown phase \`${phaseId}\`. ${suggestion(phaseId, snapshot.phases.map((candidate) => candidate.id), 'phase')}`);
  const journey = journeyPhases(persona, snapshot.phases).map((candidate) => candidate.id);
  if (!journey.includes(phaseId)) {
    throw new Refusal(`Phase \`${phaseId}\` is not part of the journey of \`${personaId}\` (${journey.join(', ')}). Choose one of those, or add it to \`phases\` in ${persona.file}.`);
  }
  const name = slugify(values.name ?? title);
  if (name === '') throw new Refusal(`\`${values.name ?? title}\` gives no file name: use letters or digits, or pass --name.`);
  const file = `${personaFolder(personaId, snapshot, index)}/${name}.mdx`;
  const next = nextJourneyPage(persona, phaseId, snapshot, index);
  const downloads = snapshot.downloads.map((download) => download.id);
  const cta = next === undefined ? { label: TODO, href: CTA_PLACEHOLDER } : { label: next.data.title, href: next.url };
  const notes = next === undefined
    ? [`No page of a later phase of \`${personaId}\` yet: point \`href\` to one when it exists, or offer a document with \`download: <id>\`${downloads.length > 0 ? ` (known: ${downloads.join(', ')})` : ''}.`, `Until then the journey check reports ${CTA_PLACEHOLDER}.`]
    : [`Leads to the next step of \`${personaId}\`: ${next.url} (${next.data.phase}). Change the label to the action, e.g. "Zo meldt u uw kind aan".`];
  const text = pageMdx(
    site.schemas.pages,
    { values: { title, description: values.description ?? TODO, persona: personaId, phase: phaseId, cta }, notes: { cta: notes }, site: index.examples },
    `Fase ${phase.label}: ${phase.need}. Voor ${persona.data.name}: ${persona.data.question}`,
  );
  const url = contentPageUrl(file);
  writeNew(site, file, text, 'pages');
  return { file, todo: `URL ${url}. Replace every ${TODO} (description, text${next === undefined ? ', CTA' : ''}).` };
}

function newPersona(site: Site, id: string | undefined, name: string | undefined): { file: string; todo: string } {
  const file = `${CONTENT_DIR}/personas/${checkedId(id, 'persona')}.yaml`;
  const phases = site.phases.map((phase) => phase.id);
  const text = personaYaml({ values: name === undefined ? {} : { name }, examples: { phases }, site: site.index.examples });
  writeNew(site, file, text, 'personas');
  return { file, todo: `Replace every ${TODO}. Then a page for each phase: wegwijzer new page --persona ${id} --phase ${phases[0]} --title "…"` };
}

interface DownloadValues {
  file?: string;
  title?: string;
  gate?: string;
}

function newDownload(site: Site, id: string | undefined, values: DownloadValues): { file: string; todo: string } {
  const checked = checkedId(id, 'download');
  if (values.file === undefined) throw new Refusal('Missing --file: the path of the document under public/, like /brochures/gids.pdf.');
  const gates: readonly string[] = downloadSchema.shape.gate.options;
  if (values.gate !== undefined && !gates.includes(values.gate)) throw new Refusal(`Unknown --gate \`${values.gate}\`. ${suggestion(values.gate, gates, 'gate')}`);
  const format = /\.([a-z0-9]+)$/i.exec(values.file)?.[1]?.toUpperCase() ?? TODO;
  const given = { file: values.file, format, ...(values.title === undefined ? {} : { title: values.title }), ...(values.gate === undefined ? {} : { gate: values.gate }) };
  const file = `${CONTENT_DIR}/downloads/${checked}.yaml`;
  writeNew(site, file, downloadYaml({ values: given, site: site.index.examples }), 'downloads');
  return { file, todo: `Replace every ${TODO}, and check \`retention\` and \`gate\`. A page offers it with \`cta: { label: …, download: ${checked} }\`.` };
}

interface EventValues {
  title?: string;
  start?: string;
  end?: string;
  capacity?: string;
}

function newEvent(site: Site, id: string | undefined, values: EventValues): { file: string; todo: string } {
  const checked = checkedId(id, 'event');
  if (values.capacity !== undefined && !/^\d+$/.test(values.capacity)) throw new Refusal(`--capacity \`${values.capacity}\` is not a number of seats: write a whole number, like 60.`);
  const given = Object.fromEntries(
    Object.entries({ title: values.title, start: values.start, end: values.end, capacity: values.capacity === undefined ? undefined : Number(values.capacity) }).filter(([, value]) => value !== undefined),
  );
  const file = `${CONTENT_DIR}/events/${checked}.yaml`;
  writeNew(site, file, eventYaml({ values: given, examples: { timeZone: site.timeZone }, site: site.index.examples }), 'events');
  return { file, todo: `Replace every ${TODO}, and check \`start\`, \`end\`, \`capacity\` and \`retention\`. ${offeredBy('event', checked)}` };
}

interface ContactValues {
  title?: string;
  channels?: string;
}

function newContact(site: Site, id: string | undefined, values: ContactValues): { file: string; todo: string } {
  const checked = checkedId(id, 'contact', 'contact request');
  const known: readonly string[] = CONTACT_CHANNELS;
  // By default only e-mail: the one channel that needs no phone number, so the file passes the gate as written.
  const channels = values.channels === undefined ? ['email'] : values.channels.split(',').map((channel) => channel.trim()).filter((channel) => channel !== '');
  for (const channel of channels) if (!known.includes(channel)) throw new Refusal(`Unknown channel \`${channel}\` in --channels. ${suggestion(channel, known, 'channel')}`);
  // Calling someone needs their number: ask for it, as the contact schema demands.
  const needsPhone = channels.includes('phone') || channels.includes('video');
  const given = { ...(values.title === undefined ? {} : { title: values.title }), channels, ...(needsPhone ? { fields: { required: ['name', 'email', 'phone'] } } : {}) };
  const file = `${CONTENT_DIR}/contact/${checked}.yaml`;
  writeNew(site, file, contactYaml({ values: given, site: site.index.examples }), 'contact');
  return { file, todo: `Replace every ${TODO}, and check \`channels\` and \`retention\`. ${offeredBy('contact', checked)}` };
}

/** How a page offers a lead kind: its CTA field or its MDX component, from the lead-kind registry. */
function offeredBy(kind: 'event' | 'contact', id: string): string {
  const { cta, component } = LEAD_KINDS[kind];
  return `A page offers it with \`cta: { label: …, ${cta}: ${id} }\` or \`<${component} id="${id}" />\`.`;
}

function checkedId(id: string | undefined, kind: string, noun = kind): string {
  if (id === undefined) throw new Refusal(`Missing the ${noun} id: wegwijzer new ${kind} <id>.`);
  if (!ID_PATTERN.test(id)) throw new Refusal(`\`${id}\` is not a valid ${noun} id: use lowercase letters, digits and hyphens, like \`${slugify(id) || 'ouders'}\`.`);
  return id;
}

/** Writes a file that must not exist yet, after checking it against its schema as the gate would. */
function writeNew(site: Site, file: string, text: string, collection: Exclude<CollectionName, 'home'>): void {
  const path = join(site.root, file);
  if (existsSync(path)) throw new Refusal(`${file} already exists; wegwijzer new never overwrites a file.${collection === 'pages' ? ' Choose another --title or --name.' : ' Choose another id.'}`);
  const data = collection === 'pages' ? parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : parseYaml(text);
  const result = validateEntry(collection, file, data, site.index.examples, site.schemas);
  if (!result.ok) throw new Refusal(result.problems.map((problem) => `${problem.field ?? file}: ${problem.message}. ${problem.fix}`).join('\n'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
