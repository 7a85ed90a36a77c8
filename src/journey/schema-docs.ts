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
