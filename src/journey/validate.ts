/**
 * Turns zod's verdict on one content file into readable problems: the field, what is wrong in
 * plain words, and the fix (taken from the field's own description in the schema).
 */
import type { z } from 'zod';
import type { Problem } from './model.ts';
import { contentSchemas, type CollectionName } from './schemas.ts';
import { explainIssues, schemaDocs, type SchemaNode } from './schema-docs.ts';
import { closest } from './suggest.ts';
import { withExamples, type SiteExamples } from './examples.ts';

const docsOf = (collection: CollectionName): SchemaNode => schemaDocs(contentSchemas[collection]);



export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** `examples` fills the placeholders of the schema's messages with the site's own pages and ids. */
export function validateEntry<C extends CollectionName>(
  collection: C,
  file: string,
  raw: unknown,
  examples?: SiteExamples,
): Validation<z.infer<(typeof contentSchemas)[C]>> {
  const schema = contentSchemas[collection];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ file, message: 'has no fields', fix: `Add the fields ${Object.keys(docsOf(collection).properties ?? {}).join(', ')}.` }],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data as z.infer<(typeof contentSchemas)[C]> };
  const fill = (text: string) => (examples ? withExamples(text, examples) : text);
  const problems = explainIssues(schema, raw, result.error.issues).map(({ path, message: rawMessage, description: rawDescription, allowed }): Problem => {
    const message = fill(rawMessage);
    const description = rawDescription === undefined ? undefined : fill(rawDescription);
    const field = path.join('.');
    if (allowed !== undefined) {
      const near = closest(String(path.at(-1)), allowed);
      return { file, field, message, fix: `${near ? `Did you mean \`${near}\`? ` : ''}Allowed fields here: ${allowed.join(', ')}.` };
    }
    return { file, field: field === '' ? undefined : field, message, fix: description ? `Expected: ${description}` : 'See the content contract in README.md.' };
  });
  return { ok: false, problems };
}
