import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOgImages } from './write.ts';

const site = 'https://www.voorbeeldstad.nl';
const card = { organisation: 'Gemeente Voorbeeldstad', colour: '#005a5b' };

function page(dir: string, file: string, title: string, image = `${site}/og/${file.replace(/\/?index\.html$/, '') || 'index'}.png`): void {
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `<!doctype html><html><head><meta property="og:image" content="${image}"><meta property="og:image:alt" content="${title}"></head><body></body></html>`);
}

describe('writeOgImages', () => {
  let dist: string;
  let cache: string;
  beforeEach(() => {
    const root = mkdtempSync(join(tmpdir(), 'og-write-'));
    dist = join(root, 'dist');
    cache = join(root, 'cache');
    page(dist, 'index.html', 'Welkom');
    page(dist, 'bus/index.html', 'Met de bus naar school &amp; werk');
    page(dist, 'trein/index.html', 'Met de bus naar school &amp; werk');
    page(dist, 'eigen/index.html', 'Eigen beeld', `${site}/images/eigen.png`);
    page(dist, 'elders/index.html', 'Ander domein', 'https://cdn.example.nl/og/elders.png');
  });
  afterEach(() => rmSync(dirname(dist), { recursive: true, force: true }));

  it('writes a card for each page that shows its generated one, and no other', async () => {
    const result = await writeOgImages(dist, card, site);
    expect(result.written.sort()).toEqual(['/og/bus.png', '/og/index.png', '/og/trein.png']);
    expect(existsSync(join(dist, 'og/eigen.png'))).toBe(false);
    expect(existsSync(join(dist, 'og/elders.png'))).toBe(false);
    // Two pages with one title share one drawing.
    expect(result.drawn).toBe(2);
    expect(readFileSync(join(dist, 'og/bus.png')).equals(readFileSync(join(dist, 'og/trein.png')))).toBe(true);
  });

  it('reuses the cards of an earlier build, draws only changed titles and drops cards no page uses', async () => {
    expect(await writeOgImages(dist, card, site, cache)).toMatchObject({ drawn: 2, reused: 0 });
    const first = readFileSync(join(dist, 'og/index.png'));
    expect(readdirSync(cache)).toHaveLength(2);

    rmSync(join(dist, 'og'), { recursive: true });
    expect(await writeOgImages(dist, card, site, cache)).toMatchObject({ drawn: 0, reused: 2 });
    expect(readFileSync(join(dist, 'og/index.png')).equals(first)).toBe(true);

    page(dist, 'index.html', 'Welkom in Voorbeeldstad');
    const changed = await writeOgImages(dist, card, site, cache);
    expect(changed).toMatchObject({ drawn: 1, reused: 1 });
    expect(readFileSync(join(dist, 'og/index.png')).equals(first)).toBe(false);
    // The card of the old title is no longer used: it left the cache.
    expect(readdirSync(cache)).toHaveLength(2);

    // Another theme colour is another card, though the titles are the same.
    expect(await writeOgImages(dist, { ...card, colour: '#00436e' }, site, cache)).toMatchObject({ drawn: 2, reused: 0 });
  });
});
