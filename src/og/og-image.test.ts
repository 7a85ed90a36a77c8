import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogImagePath, renderOgImage, textColourOn, themeColour } from './og-image.ts';

const card = { title: 'Open dagen van de basisscholen', organisation: 'Gemeente Voorbeeldstad', colour: '#005a5b', host: 'www.voorbeeldstad.nl' };

describe('ogImagePath', () => {
  it('mirrors the page path under /og/', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/bus/')).toBe('/og/bus.png');
    expect(ogImagePath('/bus/proefreis/')).toBe('/og/bus/proefreis.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
  });
});

describe('renderOgImage', () => {
  const decode = async (png: Buffer) => sharp(png).raw().toBuffer({ resolveWithObject: true });
  /** The pixels in the card's text colour (white on this dark card). */
  const ink = async (title: string) => {
    const { data } = await decode(await renderOgImage({ ...card, title }));
    let count = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index] === 255 && data[index + 1] === 255 && data[index + 2] === 255) count++;
    return count;
  };

  it('draws a 1200×630 PNG on the theme colour', async () => {
    const png = await renderOgImage(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const { data, info } = await decode(png);
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect([...data.subarray(0, 3)]).toEqual([0x00, 0x5a, 0x5b]);
    // Inside the title box, away from the text: still the theme colour, so box and card are seamless.
    const inBox = (600 * 1200 + 1100) * info.channels;
    expect([...data.subarray(inBox - 1200 * 4 * 90, inBox - 1200 * 4 * 90 + 3)]).toEqual([0x00, 0x5a, 0x5b]);
  });

  it('draws the title with the bundled font: a longer title covers more of the card', async () => {
    expect(await ink('Een heel lange titel over de open dagen van alle basisscholen')).toBeGreaterThan((await ink('Kort')) + 10_000);
  });

  it('draws the organisation and host once per card, the same under every title', async () => {
    const [first, second] = await Promise.all([renderOgImage({ ...card, title: 'Eerste' }), renderOgImage({ ...card, title: 'Tweede pagina' })]);
    const top = async (png: Buffer) => (await decode(png)).data.subarray(0, 140 * 1200 * 4);
    expect(Buffer.compare(await top(first), await top(second))).toBe(0);
    expect(Buffer.compare(await top(first), await top(await renderOgImage({ ...card, title: 'Eerste', organisation: 'Provincie Voorbeeld' })))).not.toBe(0);
  });
});

describe('theme colour and text colour', () => {
  it('takes the last primary colour of the theme files, else the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-'));
    try {
      writeFileSync(join(dir, 'tokens.css'), ':root { --wegwijzer-color-primary: #00436E; --wegwijzer-color-primary-hover: #000000; }');
      writeFileSync(join(dir, 'theme.css'), '/* --wegwijzer-color-primary: #ff0000; */ :root { --wegwijzer-color-primary: #005a5b; }');
      expect(themeColour([join(dir, 'tokens.css')])).toBe('#00436e');
      expect(themeColour([join(dir, 'tokens.css'), join(dir, 'theme.css')])).toBe('#005a5b');
      expect(themeColour([join(dir, 'missing.css')])).toBe('#00436e');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('writes white on a dark colour and near-black on a light one', () => {
    expect(textColourOn('#005a5b')).toBe('#ffffff');
    expect(textColourOn('#ffe28a')).toBe('#1a1a1a');
  });
});
