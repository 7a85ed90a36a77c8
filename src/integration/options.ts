/**
 * Options of the `wegwijzer()` integration. The schema is the single source of their types,
 * defaults and documentation; a wrong option stops with a message naming it and the fix.
 */
import { z } from 'zod';
import { DEFAULT_PHASES, phaseSchema } from '../journey/phases.ts';
import { leadsSchema } from '../forms/options.ts';

export const optionsSchema = z.strictObject({
  organisation: z
    .strictObject({
      name: z.string().trim().min(1).describe('Name of the organisation, e.g. `Gemeente Voorbeeldstad`.'),
    })
    .describe('The organisation that publishes the site.'),
  phases: z
    .array(phaseSchema)
    .min(1, 'needs at least one phase')
    .default(() => [...DEFAULT_PHASES])
    .superRefine((phases, ctx) => {
      const seen = new Set<string>();
      for (const [index, phase] of phases.entries()) {
        if (seen.has(phase.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate phase id \`${phase.id}\`: every phase needs its own id` });
        }
        seen.add(phase.id);
      }
    })
    .describe('The ordered phases of every journey, each `{ id, label, need }`.'),
  leads: leadsSchema,
});

export type WegwijzerUserOptions = z.input<typeof optionsSchema>;
export type WegwijzerOptions = z.output<typeof optionsSchema>;

export class WegwijzerOptionsError extends Error {
  override name = 'WegwijzerOptionsError';
}

/** Validates user options; throws a readable error listing every wrong option. */
export function parseOptions(input: unknown): WegwijzerOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) => {
    const where = issue.path.length > 0 ? issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') : '';
    if (issue.code === 'unrecognized_keys') {
      const parent = nodeAt(issue.path, input);
      const object = parent?.oneOf !== undefined || parent?.anyOf !== undefined ? chooseVariant(parent, valueAt(input, issue.path)) : parent;
      const allowed = Object.keys(object?.properties ?? {}).join(', ') || 'see README';
      return issue.keys.map((key) => `- unknown option \`${where ? `${where}.` : ''}${key}\`: remove it or check its spelling (allowed: ${allowed})`);
    }
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    const description = describeOption(issue.path, input);
    return [`- option \`${where}\` ${message}${description ? `. Expected: ${description}` : ''}`];
  });
  return failWith(`Invalid wegwijzer() options in astro.config.mjs:\n${lines.join('\n')}`);
}

function failWith(message: string): never {
  throw new WegwijzerOptionsError(message);
}

function describeOption(path: readonly PropertyKey[], input: unknown): string | undefined {
  return nodeAt(path, input)?.description;
}

/** The JSON-schema node of an option; in a union (like `leads`) the variant the user chose. */
function nodeAt(path: readonly PropertyKey[], input: unknown): JsonNode | undefined {
  let node: JsonNode | undefined = z.toJSONSchema(optionsSchema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  let value: unknown = input;
  for (const key of path) {
    if (node?.oneOf !== undefined || node?.anyOf !== undefined) node = chooseVariant(node, value);
    node = typeof key === 'number' ? node?.items : node?.properties?.[String(key)];
    value = valueAt(value, [key]);
  }
  return node;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function chooseVariant(union: JsonNode, value: unknown): JsonNode {
  const variants = union.oneOf ?? union.anyOf ?? [];
  const provider = typeof value === 'object' && value !== null ? (value as { provider?: unknown }).provider : undefined;
  return variants.find((variant) => variant.properties?.provider?.const === provider) ?? { ...union, properties: { provider: { description: union.description } } };
}

type JsonNode = { description?: string; const?: unknown; properties?: Record<string, JsonNode>; items?: JsonNode; oneOf?: JsonNode[]; anyOf?: JsonNode[] };
