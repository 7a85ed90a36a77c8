/**
 * Turns zod's verdict on one content file into readable problems: the field, what is wrong in
 * plain words, and the fix (taken from the field's own description in the schema).
 */
import type { z } from 'zod';
import type { Problem } from './model.ts';
import { contentSchemas, type CollectionName, type ContentSchemas } from './schemas.ts';
import { explainIssues, schemaDocs } from './schema-docs.ts';
import { closest } from './suggest.ts';
import { withExamples, type SiteExamples } from './examples.ts';

export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** `examples` fills the placeholders of the schema's messages with the site's own pages and ids. */
export function validateEntry<C extends CollectionName>(
  collection: C,
  file: string,
  raw: unknown,
  examples?: SiteExamples,
  schemas: ContentSchemas = contentSchemas,
): Validation<z.infer<ContentSchemas[C]>> {
  const schema: z.ZodType = schemas[collection];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ file, message: 'has no fields', fix: `Add the fields ${Object.keys(schemaDocs(schema).properties ?? {}).join(', ')}.` }],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data as z.infer<ContentSchemas[C]> };
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
