/**
 * Turns zod's verdict on one content file into readable problems: the field, what is wrong in
 * plain words, and the fix (taken from the field's own description in the schema).
 */
import { z } from 'zod';
import type { Problem } from './model.ts';
import { contentSchemas, type CollectionName } from './schemas.ts';
import { closest } from './suggest.ts';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[]; items?: JsonSchema };

const jsonSchemas = new Map<CollectionName, JsonSchema>();
function jsonSchemaOf(collection: CollectionName): JsonSchema {
  let schema = jsonSchemas.get(collection);
  if (schema === undefined) {
    schema = z.toJSONSchema(contentSchemas[collection], { unrepresentable: 'any', io: 'input' }) as JsonSchema;
    jsonSchemas.set(collection, schema);
  }
  return schema;
}

function nodeAt(schema: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (node === undefined) return undefined;
    if (typeof key === 'number') node = node.items ?? node.anyOf?.find((option) => option.items)?.items;
    else node = node.properties?.[String(key)] ?? node.anyOf?.find((option) => option.properties)?.properties?.[String(key)];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return `a ${typeof value}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
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
      problems: [{ file, message: 'has no fields', fix: `Add the fields ${Object.keys(jsonSchemaOf(collection).properties ?? {}).join(', ')}.` }],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data as z.infer<(typeof contentSchemas)[C]> };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parentPath = issue.path;
      const allowed = Object.keys(nodeAt(jsonSchemaOf(collection), parentPath)?.properties ?? {});
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
    const description = nodeAt(jsonSchemaOf(collection), issue.path)?.description;
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
