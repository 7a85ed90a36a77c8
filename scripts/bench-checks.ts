/**
 * `npm run bench:checks`: how fast the journey checks are as content grows. Prints figures; asserts nothing.
 * Content is generated in memory: N pages spread over personas with complete journeys.
 */
import { parseArgs } from 'node:util';
import { checkJourneys } from '../src/journey/check.ts';
import { download, page, persona } from '../src/journey/fixtures.ts';
import { buildMatrix } from '../src/journey/matrix.ts';
import type { ContentSnapshot } from '../src/journey/model.ts';
import { DEFAULT_PHASES } from '../src/journey/phases.ts';

function generate(pageCount: number, personaCount: number, broken: boolean): ContentSnapshot {
  const personas = Array.from({ length: personaCount }, (_, i) => persona(`persona-${i}`));
  const pages = Array.from({ length: pageCount }, (_, i) => {
    const personaId = `persona-${i % personaCount}`;
    const phaseIndex = Math.floor(i / personaCount) % DEFAULT_PHASES.length;
    const phase = DEFAULT_PHASES[phaseIndex]!.id;
    const last = phaseIndex === DEFAULT_PHASES.length - 1;
    // Each page links to the page of the next phase for its persona; every 50th is broken on request.
    const nextIndex = i + personaCount;
    if (broken && i % 50 === 0) return page(`p/${i}`, personaId, phase, { label: 'x', href: 'https://example.org/' });
    if (phaseIndex === 2 || (!last && nextIndex >= pageCount)) return page(`p/${i}`, personaId, phase, { label: 'x', download: 'gids' });
    return page(`p/${i}`, personaId, phase, { label: 'x', href: last ? '/' : `/p/${nextIndex}/` });
  });
  return {
    phases: DEFAULT_PHASES,
    personas,
    pages,
    downloads: [download('gids')],
    publicFiles: new Set(['/brochures/gids.pdf']),
    routes: ['/'],
    pagesDir: 'content/pages',
  };
}

function time(run: () => unknown, repeat: number): { median: number; result: unknown } {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, result };
}

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '7' } } });
const repeat = Number(values.repeat);
console.log('pages    personas  state    checkJourneys (median ms)  problems  buildMatrix (ms)');
for (const pageCount of [100, 1_000, 10_000, 50_000]) {
  for (const broken of [false, true]) {
    const content = generate(pageCount, 20, broken);
    const check = time(() => checkJourneys(content), repeat);
    const matrix = time(() => buildMatrix(content), repeat);
    console.log(
      `${String(pageCount).padEnd(9)}${'20'.padEnd(10)}${(broken ? 'broken' : 'valid').padEnd(9)}` +
        `${check.median.toFixed(1).padEnd(27)}${String((check.result as unknown[]).length).padEnd(10)}${matrix.median.toFixed(1)}`,
    );
  }
}
