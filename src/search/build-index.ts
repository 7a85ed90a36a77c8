/**
 * Builds the Pagefind index at the end of `astro build`, with Pagefind's Node API, into
 * `<static output>/pagefind/`: the pages whose `<main>` carries `data-pagefind-body` (indexable
 * pages only; chrome and forms left out) and the downloads as documents. The search page loads
 * it from the site's own origin.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { NOT_INDEXED } from './filters.ts';
import type { SearchRecord } from './records.ts';

/** Where the index lives under the static output, and so its URL: `/pagefind/pagefind.js`. */
export const INDEX_FOLDER = 'pagefind';

export interface IndexSummary {
  pages: number;
  records: number;
}

/**
 * One index in the site's language (`locale`), so the search page, whose `lang` it is, finds it and
 * stems words the way the site writes them.
 */
export async function buildSearchIndex(staticDir: string, records: readonly SearchRecord[], language: string): Promise<IndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: [...NOT_INDEXED] });
    if (index === undefined) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: staticDir });
    failOn(added.errors);
    for (const record of records) failOn((await index.addCustomRecord({ ...record, meta: { ...record.meta } })).errors);
    failOn((await index.writeFiles({ outputPath: join(staticDir, INDEX_FOLDER) })).errors);
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

function failOn(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('\n')}`);
}
