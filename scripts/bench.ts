/**
 * `npm run bench -- [--pages N] [--runs R] [--keep]`: the cost of the theme, side by side. Generates a
 * valid content tree of N MDX pages (about 250 words each, headings, lists, a link, editor components
 * and CTAs) over about N/50 personas and the four phases, plus downloads, in a temp folder; builds it
 * with Wegwijzer (every feature on) and the same MDX bodies with a bare Astro project of the same Astro
 * version (one plain layout, MDX, sitemap), cold and alternating; prints per system the median wall time,
 * pages/s and peak memory, Wegwijzer's split, and the ratio Wegwijzer/bare. Then it starts `astro dev` on
 * the Wegwijzer site and measures how long after saving a file its journey problem is reported.
 * A benchmark: it asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PHASES } from '../src/journey/phases.ts';
import { childEnv, linkNodeModules, projectRoot } from '../tests/support/site.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: true },
    previews: { type: 'boolean', default: true },
  },
});
const pageCount = Number(values.pages);
const runs = Number(values.runs);
if (!Number.isInteger(pageCount) || pageCount < 8 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench -- [--pages N (≥ 8, default 1000)] [--runs R (default 3)] [--keep] [--no-dev] [--no-previews]');
  process.exit(2);
}

const WORDS = ('de bus rijdt vaker in de spits en u reist sneller naar uw werk zonder file of parkeerkosten ' +
  'ouders kiezen samen met hun kind een school die past bij wat zij belangrijk vinden in de buurt').split(' ');

function prose(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 12) {
    const sentence = out.slice(i, i + 12).join(' ');
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return sentences.join(' ');
}

interface Generated {
  pages: { path: string; frontmatter: string; body: string }[];
  personas: { id: string; yaml: string }[];
  downloads: { id: string; yaml: string }[];
}

/** A valid journey per persona: pages of each phase lead to the next page, the decision phase to a download. */
function generate(count: number): Generated {
  const personaCount = Math.max(1, Math.round(count / 50));
  const personas = Array.from({ length: personaCount }, (_, i) => ({
    id: `persona-${i}`,
    yaml: `name: Persona ${i}\nsummary: Inwoner ${i}.\nquestion: Wat kan ik doen?\ninfluences: [buren]\nchannels: [website]\ngoal: De inwoner zet de stap.\n`,
  }));
  const downloadCount = Math.max(1, Math.round(count / 200));
  const downloads = Array.from({ length: downloadCount }, (_, i) => ({
    id: `gids-${i}`,
    yaml: `title: Gids ${i}\ndescription: Alles over de regeling.\nfile: /brochures/gids.pdf\nformat: PDF\ngate: ${i % 2 === 0 ? 'form' : 'none'}\nretention: P12M\npurpose: We sturen u de gids.\n`,
  }));
  const phases = DEFAULT_PHASES.map((phase) => phase.id);
  const pages: Generated['pages'] = [];
  for (let i = 0; i < count; i++) {
    const persona = i % personaCount;
    const slot = Math.floor(i / personaCount);
    const perPersona = Math.ceil((count - persona) / personaCount);
    const phaseIndex = Math.min(phases.length - 1, Math.floor((slot * phases.length) / perPersona));
    const phase = phases[phaseIndex]!;
    const next = i + personaCount;
    const last = phaseIndex === phases.length - 1;
    const cta = last || next >= count
      ? phaseIndex === 2 || (!last && next >= count)
        ? `  label: Download de gids\n  download: gids-${i % downloadCount}`
        : '  label: Terug naar het begin\n  href: /'
      : `  label: Naar de volgende stap\n  href: /p/${next}/`;
    const frontmatter = `title: Pagina ${i} over de regeling\ndescription: Wat pagina ${i} uitlegt over de regeling voor inwoners.\npersona: persona-${persona}\nphase: ${phase}\ncta:\n${cta}\n`;
    const body = [
      prose(i, 60),
      `## Wat verandert er voor u?`,
      `- ${prose(i + 1, 8)}\n- ${prose(i + 2, 8)}\n- ${prose(i + 3, 8)}`,
      prose(i + 4, 70),
      `<Callout type="tip">\n\n${prose(i + 5, 20)}\n\n</Callout>`,
      `## Meer weten`,
      `${prose(i + 6, 60)} Lees ook [de eerste pagina](/p/${i % personaCount}/).`,
      `<Faq items={[{ question: 'Kost het geld?', answer: '${prose(i + 7, 12)}' }]} />`,
    ].join('\n\n');
    pages.push({ path: `p/${i}`, frontmatter, body });
  }
  return { pages, personas, downloads };
}

function writeContent(root: string, content: Generated): void {
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  for (const persona of content.personas) write(`content/personas/${persona.id}.yaml`, persona.yaml);
  for (const download of content.downloads) write(`content/downloads/${download.id}.yaml`, download.yaml);
  for (const page of content.pages) write(`content/pages/${page.path}.mdx`, `---\n${page.frontmatter}---\n\n${page.body}\n`);
  cpSync(join(projectRoot, 'templates/new-site/public'), join(root, 'public'), { recursive: true });
  mkdirSync(join(root, 'public/brochures'), { recursive: true });
  cpSync(join(projectRoot, 'templates/new-site/public/downloads/brochure.pdf'), join(root, 'public/brochures/gids.pdf'));
}

function wegwijzerSite(root: string, content: Generated, previews: boolean): void {
  writeContent(root, content);
  // Without generated previews: one shared image for every page (`seo.defaultImage`).
  if (!previews) cpSync(join(projectRoot, 'tests/fixtures/voorbeeldstad/public/images/veiligebuurt-video.png'), join(root, 'public/deel.png'));
  linkNodeModules(root);
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'src/content.config.ts'), "import { wegwijzerCollections } from 'wegwijzer/content';\n\nexport const collections = wegwijzerCollections();\n");
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import wegwijzer from 'wegwijzer';
export default defineConfig({
  site: 'https://www.voorbeeld.nl',
  integrations: [wegwijzer({
    organisation: { name: 'Gemeente Voorbeeld' },${previews ? '' : "\n    seo: { defaultImage: '/deel.png' },"}
    privacy: { email: 'privacy@voorbeeld.nl', updated: '2026-11-01' },
    accessibility: { status: 'voldoet', date: '2026-11-01', email: 'toegankelijkheid@voorbeeld.nl' },
    security: { contact: ['mailto:security@voorbeeld.nl'] },
  })],
});
`,
  );
}

/** Bare Astro: the same MDX bodies through one plain layout, with MDX and the sitemap. */
function bareSite(root: string, content: Generated): void {
  writeContent(root, content);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('astro.config.mjs', `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
export default defineConfig({ site: 'https://www.voorbeeld.nl', integrations: [mdx(), sitemap()] });
`);
  write('src/content.config.ts', `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/pages' }), schema: z.object({ title: z.string(), description: z.string() }).passthrough() }),
};
`);
  write('src/components/Box.astro', '<div class="box"><slot /></div>\n');
  write('src/components/Faq.astro', `---
const { items = [] } = Astro.props;
---
<section>{items.map((item: { question: string; answer: string }) => <details><summary>{item.question}</summary><p>{item.answer}</p></details>)}</section>
`);
  write('src/layouts/Plain.astro', `---
const { title, description } = Astro.props;
---
<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title><meta name="description" content={description} /></head>
<body><main><h1>{title}</h1><slot /></main></body></html>
`);
  write('src/pages/[...slug].astro', `---
import { getCollection, render } from 'astro:content';
import Plain from '../layouts/Plain.astro';
import Box from '../components/Box.astro';
import Faq from '../components/Faq.astro';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<Plain title={page.data.title} description={page.data.description}><Content components={{ Callout: Box, Faq }} /></Plain>
`);
}

interface Measurement {
  seconds: number;
  peakMb: number;
  log: string;
}

/**
 * One cold build: no dist/, no .astro cache; wall time and peak resident memory of the build process.
 * With `keepPreviews`, Wegwijzer's cache of link-preview images stays (a rebuild), nothing else.
 */
function build(root: string, keepPreviews = false): Promise<Measurement> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const cache = join(root, 'node_modules/.astro');
  if (keepPreviews) {
    for (const entry of existsSync(cache) ? readdirSync(cache) : []) if (entry !== 'wegwijzer') rmSync(join(cache, entry), { recursive: true, force: true });
  } else rmSync(cache, { recursive: true, force: true });
  const node = join(projectRoot, 'node_modules/.bin/node');
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb=%M', node, astro, 'build', '--root', root], { cwd: root, env: childEnv() });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) return reject(new Error(`astro build in ${root} failed (exit ${code}):\n${log.slice(-4000)}`));
      const peak = Number(/peak-kb=(\d+)/.exec(log)?.[1] ?? 0);
      resolve({ seconds, peakMb: peak / 1024, log });
    });
  });
}

/** Wegwijzer's own timings, as its integration logs them: `[wegwijzer] <step> … in N ms`. */
function split(log: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const match of log.matchAll(/\[wegwijzer\] ([^\n]*?) in (\d+(?:\.\d+)?) ?ms/g)) {
    const step = match[1]!.replace(/[:(].*$/, '').trim();
    steps.set(step, (steps.get(step) ?? 0) + Number(match[2]));
  }
  return steps;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when `output()` matches `pattern`, polling every 5 ms; rejects after `timeoutMs`. */
async function waitFor(output: () => string, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!pattern.test(output())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${pattern}; last output:\n${output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * In \`astro dev\`: the time from saving a page with a dangling CTA to the journey problem in the
 * server's report (the dev toolbar and the page notice get the same report at the same moment),
 * and from saving the fix to "no problems". Each edit counts; the median is printed.
 */
async function devLatency(root: string, edits: number): Promise<number[]> {
  const node = join(projectRoot, 'node_modules/.bin/node');
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const port = await freePort();
  const child: ChildProcess = spawn(node, [astro, 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const file = join(root, 'content/pages/p/1.mdx');
  const original = readFileSync(file, 'utf8');
  const broken = original.replace(/href: \/p\/\d+\//, 'href: /bestaat-niet/');
  const latencies: number[] = [];
  try {
    await waitFor(() => log, new RegExp(`127\\.0\\.0\\.1:${port}`), 120_000);
    // The first request compiles the page routes; the watcher is ready well before.
    await fetch(`http://127.0.0.1:${port}/p/1/`).then((response) => response.arrayBuffer());
    for (let edit = 0; edit < edits; edit++) {
      const fix = edit % 2 === 1;
      const mark = log.length;
      const start = performance.now();
      writeFileSync(file, fix ? original : broken);
      const since = () => log.slice(mark);
      await waitFor(since, fix ? /journey check: no problems/ : /content\/pages\/p\/1\.mdx[\s\S]{0,600}bestaat-niet/, 30_000);
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    writeFileSync(file, original);
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  return latencies;
}

const work = mkdtempSync(join(tmpdir(), 'wegwijzer-bench-'));
try {
  const content = generate(pageCount);
  const wegwijzerRoot = join(work, 'wegwijzer');
  const bareRoot = join(work, 'bare');
  wegwijzerSite(wegwijzerRoot, content, values.previews);
  bareSite(bareRoot, content);
  const astroVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  console.log(`Build benchmark: ${pageCount} pages, ${content.personas.length} personas, ${content.downloads.length} downloads; ${runs} cold runs each, alternating${values.previews ? '' : '; Wegwijzer without generated link previews (seo.defaultImage)'}.`);
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Astro ${astroVersion}.\n`);
  const results = { wegwijzer: [] as Measurement[], bare: [] as Measurement[] };
  for (let run = 0; run < runs; run++) {
    const order: ('wegwijzer' | 'bare')[] = run % 2 === 0 ? ['wegwijzer', 'bare'] : ['bare', 'wegwijzer'];
    for (const system of order) {
      const measurement = await build(system === 'wegwijzer' ? wegwijzerRoot : bareRoot);
      results[system].push(measurement);
      console.log(`  run ${run + 1} ${system.padEnd(9)} ${measurement.seconds.toFixed(1)} s, peak ${measurement.peakMb.toFixed(0)} MB`);
    }
  }
  console.log('');
  console.log('system     median wall  pages/s  peak memory');
  const rows = (['wegwijzer', 'bare'] as const).map((system) => {
    const seconds = median(results[system].map((result) => result.seconds));
    const peak = median(results[system].map((result) => result.peakMb));
    console.log(`${system.padEnd(11)}${`${seconds.toFixed(1)} s`.padEnd(13)}${(pageCount / seconds).toFixed(0).padEnd(9)}${peak.toFixed(0)} MB`);
    return { seconds, peak };
  });
  const last = results.wegwijzer.at(-1)!;
  const steps = split(last.log);
  if (steps.size > 0) {
    console.log('\nWegwijzer split (last run, as its integration logs it):');
    const own = [...steps.values()].reduce((sum, ms) => sum + ms, 0);
    for (const [step, ms] of steps) console.log(`  ${step.padEnd(36)}${(ms / 1000).toFixed(2)} s`);
    console.log(`  ${'Astro build and the rest'.padEnd(36)}${(last.seconds - own / 1000).toFixed(2)} s`);
  }
  // A rebuild after an edit: the previews of unchanged titles come from the cache of the last run.
  const rebuild = await build(wegwijzerRoot, true);
  const rebuildPreviews = split(rebuild.log).get('link-preview images') ?? 0;
  console.log(`\nWegwijzer rebuild with the link previews of the last run cached: ${rebuild.seconds.toFixed(1)} s (${(rebuild.seconds / rows[1]!.seconds).toFixed(2)}× bare), of which previews ${(rebuildPreviews / 1000).toFixed(2)} s`);
  const search = /search index: (\d+) pages[^\n]* in (\d+) ms/.exec(last.log);
  if (search) console.log(`search index: ${Math.round(Number(search[1]) / (Number(search[2]) / 1000))} pages/s (${search[1]} pages in ${search[2]} ms)`);
  if (values.dev) {
    const latencies = await devLatency(wegwijzerRoot, 6);
    console.log(`\nastro dev, from saving a page to its journey problem (or to "no problems"): median ${median(latencies).toFixed(0)} ms (${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
  }
  console.log(`\nratio Wegwijzer/bare: ${(rows[0]!.seconds / rows[1]!.seconds).toFixed(2)}× wall time, ${(rows[0]!.peak / rows[1]!.peak).toFixed(2)}× peak memory`);
} finally {
  if (values.keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
