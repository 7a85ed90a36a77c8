/**
 * Turns zod's verdict on one content file into readable problems: the field, what is wrong in
 * plain words, and the fix (taken from the field's own description in the schema).
 */
import type { z } from 'zod';
import type { Problem } from './model.ts';
import { contentSchemas, type CollectionName } from './schemas.ts';
import { nodeAt, schemaDocs, valueAt, type SchemaNode } from './schema-docs.ts';
import { closest } from './suggest.ts';

const docsOf = (collection: CollectionName): SchemaNode => schemaDocs(contentSchemas[collection]);

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return `a ${typeof value}`;
}


export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validateEntry<C extends CollectionName>(
  collection: C,
  file: string,
  raw: unknown,
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
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parentPath = issue.path;
      const allowed = Object.keys(nodeAt(docsOf(collection), parentPath, raw)?.properties ?? {});
      for (const key of issue.keys) {
        const near = closest(key, allowed);
        problems.push({
          file,
          field: [...parentPath, key].join('.'),
          message: `unknown field \`${key}\``,
          fix: `${near ? `Did you mean \`${near}\`? ` : ''}Allowed fields here: ${allowed.join(', ')}.`,
        });
      }
      continue;
    }
    const field = issue.path.join('.');
    const value = valueAt(raw, issue.path);
    const description = nodeAt(docsOf(collection), issue.path, raw)?.description;
    let message: string;
    if (issue.code === 'invalid_type' && value === undefined) message = 'is required but missing';
    else if (issue.code === 'invalid_type') message = `must be ${article(issue.expected)}, but is ${describeValue(value)}`;
    else if (issue.code === 'invalid_value') message = `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}, but is \`${String(value)}\``;
    else if (issue.code === 'invalid_union') message = `has the wrong shape (${describeValue(value)})`;
    else message = issue.message;
    problems.push({
      file,
      field: field === '' ? undefined : field,
      message,
      fix: description ? `Expected: ${description}` : 'See the content contract in README.md.',
    });
  }
  return { ok: false, problems };
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', boolean: '`true` or `false`', number: 'a number', date: 'a date' };
  return words[expected] ?? expected;
}
