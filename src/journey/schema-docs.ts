/**
 * Error messages quote a field's own documentation: its zod `describe()` text, found through the
 * schema's JSON Schema. Shared by the content contract and the integration options, so both
 * explain a wrong field the same way.
 */
import { z } from 'zod';

export interface SchemaNode {
  description?: string;
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

const cache = new WeakMap<z.ZodType, SchemaNode>();

/** The JSON Schema of a zod schema (as the user writes it: input side), computed once. */
export function schemaDocs(schema: z.ZodType): SchemaNode {
  let docs = cache.get(schema);
  if (docs === undefined) {
    docs = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
    cache.set(schema, docs);
  }
  return docs;
}

/** The value at a path of plain data, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/**
 * The node documenting `path`. In a union the variant is the one the input chose through a
 * discriminator (like `provider: 'hubspot'`), else the first that has the next key.
 */
export function nodeAt(root: SchemaNode, path: readonly PropertyKey[], input?: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  let value = input;
  for (const key of path) {
    if (node === undefined) return undefined;
    const object: SchemaNode = variantOf(node, value, key);
    node = typeof key === 'number' ? object.items : object.properties?.[String(key)];
    value = valueAt(value, [key]);
  }
  return node === undefined ? undefined : variantOf(node, value);
}

/** The object variant of a union node for this value; a non-union node as it is. */
export function variantOf(node: SchemaNode, value: unknown, nextKey?: PropertyKey): SchemaNode {
  const variants = node.oneOf ?? node.anyOf;
  if (variants === undefined) return node;
  const chosen = variants.find((variant) =>
    Object.entries(variant.properties ?? {}).some(([key, property]) => property.const !== undefined && valueAt(value, [key]) === property.const),
  );
  if (chosen !== undefined) return chosen;
  if (nextKey === undefined) return node;
  const fitting = variants.find((variant) => (typeof nextKey === 'number' ? variant.items : variant.properties?.[String(nextKey)]));
  // No variant chosen (e.g. an unknown `provider`): the union's own description documents the key.
  return fitting !== undefined && !hasDiscriminator(fitting, nextKey) ? fitting : { properties: { [String(nextKey)]: { description: node.description } } };
}

function hasDiscriminator(variant: SchemaNode, key: PropertyKey): boolean {
  return variant.properties?.[String(key)]?.const !== undefined;
}

/** One zod issue in plain words, with the documentation of the field it is about. */
export interface IssueExplanation {
  path: PropertyKey[];
  message: string;
  /** The field's `describe()` text. */
  description?: string;
  /** For an unknown field: the fields allowed at that place, and the likely intended one. */
  allowed?: string[];
}

/** Explains every issue of a failed parse; an unknown-keys issue becomes one explanation per key. */
export function explainIssues(schema: z.ZodType, input: unknown, issues: readonly z.core.$ZodIssue[]): IssueExplanation[] {
  const root = schemaDocs(schema);
  return issues.flatMap((issue): IssueExplanation[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(nodeAt(root, issue.path, input)?.properties ?? {});
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown field \`${key}\``, allowed }));
    }
    const value = valueAt(input, issue.path);
    return [{ path: [...issue.path], message: plainMessage(issue, value), description: nodeAt(root, issue.path, input)?.description }];
  });
}

function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is required but missing';
  // `28-11-2026` or `28 november`: show what was written next to the one form that works.
  if (issue.code === 'invalid_type' && issue.expected === 'date') return `must be a date written year-month-day (YYYY-MM-DD), but is \`${value instanceof Date ? 'not a real date' : String(value)}\``;
  if (issue.code === 'invalid_type') return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but is ${describeValue(value)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}, but is \`${String(value)}\``;
  // A union's own message (like the providers' list) says more than zod's default.
  if (issue.code === 'invalid_union' && issue.message === 'Invalid input') return `has the wrong shape (${describeValue(value)})`;
  return issue.message;
}

const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', boolean: '`true` or `false`', number: 'a number', int: 'a whole number', date: 'a date' };

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return `a ${typeof value}`;
}
