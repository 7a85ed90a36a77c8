import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ogImagePath, renderOgImage, renderOgSvg, textColourOn, themeColour } from './og-image.ts';

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
  it('draws a 1200×630 PNG on the theme colour', async () => {
    const png = await renderOgImage(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const pixels = new Resvg(await renderOgSvg(card)).render().pixels;
    expect([...pixels.subarray(0, 3)]).toEqual([0x00, 0x5a, 0x5b]);
  });

  it('draws the title with the bundled font: a longer title covers more of the card', async () => {
    const ink = async (title: string) => {
      const { pixels } = new Resvg(await renderOgSvg({ ...card, title })).render();
      let count = 0;
      for (let index = 0; index < pixels.length; index += 4) if (pixels[index] === 255 && pixels[index + 1] === 255 && pixels[index + 2] === 255) count++;
      return count;
    };
    expect(await ink('Een heel lange titel over de open dagen van alle basisscholen')).toBeGreaterThan((await ink('Kort')) + 10_000);
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
