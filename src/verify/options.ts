/**
 * The `verify` option of `wegwijzer()`: the byte budgets that `wegwijzer verify` holds every built
 * page to. Bytes, not timings: a size measured twice is the same, so a regression always shows.
 */
import { z } from 'zod';

const KB = 1024;
const bytes = z.int('must be a whole number of bytes').min(0, 'must be 0 or more bytes');

export const budgetsSchema = z
  .strictObject({
    javascript: bytes
      .default(0)
      .describe('Gzipped JavaScript allowed on a page without a form, video or search, in bytes; default 0.'),
    formJavaScript: bytes
      .default(3 * KB)
      .describe('Gzipped JavaScript allowed on a page with a form or a video, in bytes; default 3072 (3 KB).'),
    css: bytes.default(15 * KB).describe('Gzipped CSS allowed per page, in bytes; default 15360 (15 KB).'),
    firstRender: bytes
      .default(14 * KB)
      .describe('Gzipped HTML plus CSS a page needs before it can render, in bytes; default 14336 (14 KB, the first round trip).'),
  })
  .prefault({})
  .describe('Byte budgets per page, checked by `wegwijzer verify` on the built site.');

export const verifySchema = z
  .strictObject({ budgets: budgetsSchema })
  .prefault({})
  .describe('Settings of `wegwijzer verify`: `{ budgets: { javascript, formJavaScript, css, firstRender } }`.');

export type Budgets = z.output<typeof budgetsSchema>;
