/**
 * One task of the link-preview pool: draw a card and write it to each page's file and, when the
 * build keeps a cache, to the cache (whole or not at all, so a stopped build leaves no half card).
 */
import { rename, writeFile } from 'node:fs/promises';
import { cardPixels, renderOgImage, type OgCard } from './og-image.ts';

export interface DrawTask {
  card: OgCard;
  /** The files to write: one per page that shows this card. */
  targets: string[];
  /** The cache file, if the build keeps one. */
  cached?: string;
}

// One pixel buffer per thread, reused: a new 3 MB buffer per card would keep the garbage collector busy.
let pixels: Buffer | undefined;

export async function drawCard({ card, targets, cached }: DrawTask): Promise<void> {
  pixels ??= cardPixels();
  const png = await renderOgImage(card, pixels);
  await Promise.all([...targets.map((target) => writeFile(target, png)), ...(cached === undefined ? [] : [writeAtomically(cached, png)])]);
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}
