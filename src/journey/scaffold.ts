/**
 * New content files, derived from the content schemas: every field in the schema's order with its
 * own documentation as a comment above it, the given values, a placeholder for every other required
 * field (an enum's first value, a pattern's documented example, else `TODO`) and the optional
 * fields as comments. Pure: `wegwijzer new` writes what this returns.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { withExamples, type SiteExamples } from './examples.ts';
import { schemaDocs, type SchemaNode } from './schema-docs.ts';
import { contactSchema, downloadSchema, eventSchema, personaSchema } from './schemas.ts';

/** The parts of a JSON Schema node the placeholders need. */
interface FieldNode extends SchemaNode {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  items?: FieldNode;
  properties?: Record<string, FieldNode>;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
}

/** Marks what the editor still has to write; the commands tell them to replace it. */
export const TODO = 'TODO';

export interface ScaffoldOptions {
  /** Values for fields, used as they are. */
  values?: Record<string, unknown>;
  /** Values shown in the comment of an optional field, instead of a documented example. */
  examples?: Record<string, unknown>;
  /** Extra comment lines above a field. */
  notes?: Record<string, string[]>;
  /** The site's own examples for the documentation's placeholders (`{page}`, `{persona}`, …). */
  site?: SiteExamples;
}

/** A YAML document of every field of `schema`, documented; see the module comment. */
export function scaffoldYaml(schema: z.ZodType, { values = {}, examples = {}, notes = {}, site }: ScaffoldOptions = {}): string {
  const root = schemaDocs(schema) as FieldNode;
  const required = new Set(root.required ?? []);
  const blocks = Object.entries(root.properties ?? {}).map(([key, documented]) => {
    const node = site === undefined || documented.description === undefined ? documented : { ...documented, description: withExamples(documented.description, site) };
    const comments = [...(node.description ? [node.description] : []), ...(notes[key] ?? [])].map((line) => `# ${line}`);
    if (key in values) return [...comments, yamlLine(key, values[key])].join('\n');
    if (required.has(key)) return [...comments, yamlLine(key, placeholder(node))].join('\n');
    const example = key in examples ? examples[key] : node.type === 'string' || node.type === undefined ? (documentedExample(node) ?? placeholder(node)) : placeholder(node);
    return [...comments, ...yamlLine(key, example).split('\n').map((line) => `# ${line}`)].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function yamlLine(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

/** A value the schema accepts: an enum's first value, a pattern's documented example, a number's minimum (or the first integer above an exclusive one), else TODO. */
function placeholder(node: FieldNode): unknown {
  if (node.enum !== undefined && node.enum.length > 0) return node.enum[0];
  if (node.type === 'array') return [placeholder(node.items ?? {})];
  if (node.type === 'boolean') return true;
  if (node.type === 'number' || node.type === 'integer') return node.minimum ?? (node.exclusiveMinimum === undefined ? 0 : node.exclusiveMinimum + 1);
  if (node.type === 'object') {
    const required = new Set(node.required ?? []);
    return Object.fromEntries(
      Object.entries(node.properties ?? {}).flatMap(([key, child]) => (required.has(key) ? [[key, placeholder(child)]] : child.default !== undefined ? [[key, child.default]] : [])),
    );
  }
  if (node.pattern !== undefined) return documentedExample(node) ?? TODO;
  return TODO;
}

/**
 * A `code` example from a field's description that fits its pattern, e.g. `P12M` in "…, ISO 8601
 * duration like `P12M`."; the last one, as descriptions name the folder before the example.
 */
function documentedExample(node: FieldNode): string | undefined {
  const candidates = [...(node.description ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '').reverse();
  return candidates.find((candidate) => node.pattern === undefined || new RegExp(node.pattern).test(candidate));
}

export function personaYaml(options: ScaffoldOptions): string {
  return scaffoldYaml(personaSchema, options);
}

export function downloadYaml(options: ScaffoldOptions): string {
  return scaffoldYaml(downloadSchema, options);
}

export function eventYaml(options: ScaffoldOptions): string {
  return scaffoldYaml(eventSchema, options);
}

export function contactYaml(options: ScaffoldOptions): string {
  return scaffoldYaml(contactSchema, options);
}

/** An MDX page of `schema` (Wegwijzer's page schema or a site's extension of it): the documented frontmatter and a body that says what the phase needs. */
export function pageMdx(schema: z.ZodType, options: ScaffoldOptions, bodyNote: string): string {
  return `---\n${scaffoldYaml(schema, options)}---\n\n{/* ${bodyNote.replace(/\*\//g, '* /')} */}\n\n${TODO}: de tekst van deze pagina.\n`;
}

/** A file name for a title: `Open dagen in de wijk` → `open-dagen-in-de-wijk`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
