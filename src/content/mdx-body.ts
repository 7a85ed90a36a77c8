/**
 * Reads an MDX body into plain data for the journey checks: its Markdown links and images, its
 * JSX elements with the props that can be known without running code, and its prose. It parses
 * with Sätteri, the MDX parser @astrojs/mdx builds with, so a syntax error here is the error the
 * build would stop on, at the same line and column.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import type { BodyElement, BodyLink, ElementProp, PageBody, Place, ProseBlock, StaticValue } from '../journey/model.ts';

/** The parts of an mdast/MDX node this reader looks at. */
interface Node {
  type: string;
  position?: { start: Place & { offset?: number }; end?: Place & { offset?: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** What readBody reads beyond links, elements with their literal props, and prose. */
export interface BodyReadingOptions {
  /**
   * The props whose expressions are worth parsing (those the checks follow); any other expression
   * that is not a plain literal stays `computed`, unparsed. Default: every prop.
   */
  values?: (element: string, prop: string) => boolean;
  /** The elements whose content is read as plain text (an `<Event>`'s description). Default: none. */
  texts?: (element: string) => boolean;
}

export type BodyReading = { ok: true; body: PageBody } | { ok: false; error: MdxSyntaxError };

export interface MdxSyntaxError extends Place {
  message: string;
  fix: string;
}

/**
 * `source` is the whole file with its frontmatter blanked out (as `astro/markdown`'s
 * `parseFrontmatter(…, { frontmatter: 'empty-with-spaces' })` and @astrojs/mdx do), so lines and
 * columns are the file's own.
 */
export function readBody(source: string, { values = () => true, texts = () => false }: BodyReadingOptions = {}): BodyReading {
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    return { ok: false, error: syntaxError(error) };
  }
  const declared = hasEsm(tree) ? declaredNames(source) : new Set<string>();
  const links: BodyLink[] = [];
  const elements: BodyElement[] = [];
  const prose: ProseBlock[] = [];
  const pending: PendingExpression[] = [];
  // Headings are titles, not prose; links and components inside them are still read.
  const visit = (node: Node, inHeading: boolean): void => {
    const start = node.position?.start;
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && typeof node.url === 'string' && start) {
      links.push({ kind: node.type === 'image' ? 'image' : 'link', url: node.url, line: start.line, column: start.column });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && start && !declared.has(node.name)) {
      const name = node.name;
      elements.push({
        name,
        line: start.line,
        column: start.column,
        ...propsOf(node, source, (prop) => (values(name, prop) ? pending : undefined)),
        ...(texts(name) ? { text: plainText(node) } : {}),
      });
    }
    if (!inHeading && (node.type === 'paragraph' || node.type === 'tableCell')) {
      const block = proseOf(node);
      if (block.text.trim() !== '') prose.push(block);
    }
    for (const child of node.children ?? []) visit(child, inHeading || node.type === 'heading');
  };
  visit(tree, false);
  parseExpressions(pending, source);
  return { ok: true, body: { links, elements, prose } };
}

function hasEsm(node: Node): boolean {
  return node.type === 'mdxjsEsm' || (node.children ?? []).some(hasEsm);
}

/**
 * Names the page binds itself with `import` or `export` (a component it imports): those are not
 * Wegwijzer components. The compiler's own ESM parser reads them; only pages with ESM pay for it.
 */
function declaredNames(source: string): Set<string> {
  const names = new Set<string>();
  interface Statement {
    type: string;
    specifiers?: { local?: { name?: string } }[];
    declaration?: { id?: { name?: string } | null; declarations?: { id?: { name?: string } }[] } | null;
  }
  mdxToJs(source, {
    hastPlugins: [
      {
        name: 'wegwijzer:declared-names',
        mdxjsEsm(node) {
          const program = node.parseExpression() as { body: Statement[] } | null;
          for (const statement of program?.body ?? []) {
            for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) names.add(specifier.local.name);
            const declaration = statement.declaration;
            if (declaration?.id?.name) names.add(declaration.id.name);
            for (const declarator of declaration?.declarations ?? []) if (declarator.id?.name) names.add(declarator.id.name);
          }
        },
      },
    ],
  });
  return names;
}

/** An attribute expression whose value needs the parser (not one string, number or keyword). */
interface PendingExpression {
  /** The expression as the parser gives it (without its braces). */
  text: string;
  /** Where it starts in the file (after the `{`); the element's place when the prop was not found. */
  start: Place;
  /** Called with the value once every expression of the page is parsed. */
  settle(value: StaticValue): void;
}

/** The props of an element, each value as far as the source tells it (see StaticValue). */
function propsOf(node: Node, source: string, pendingFor: (prop: string) => PendingExpression[] | undefined): { props: ElementProp[]; spread?: Place & { source: string } } {
  const start = node.position?.start;
  if (start === undefined) return { props: [] };
  const tagStart = start.offset ?? 0;
  const props: ElementProp[] = [];
  let spread: (Place & { source: string }) | undefined;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      spread ??= { line: start.line, column: start.column, source: typeof attribute.value === 'string' ? attribute.value : '' };
      continue;
    }
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const name = attribute.name;
    const at = propOffset(source, tagStart, name);
    const place = at === undefined ? { line: start.line, column: start.column } : placeAt(source, at);
    if (attribute.value === null || attribute.value === undefined) {
      props.push({ name, ...place, value: { kind: 'literal', ...place } });
      continue;
    }
    if (typeof attribute.value === 'string') {
      props.push({ name, ...place, value: { kind: 'text', value: attribute.value, ...place } });
      continue;
    }
    const text = expressionText(attribute.value);
    if (text === undefined) continue;
    const brace = at === undefined ? -1 : source.indexOf('{', at + name.length);
    const exprStart = brace === -1 ? place : placeAt(source, brace + 1);
    const known = simpleValue(text.trim());
    const prop: ElementProp = { name, ...place, value: known === undefined ? { kind: 'computed', source: text.trim(), ...exprStart } : { ...known, ...exprStart } };
    props.push(prop);
    if (known === undefined) pendingFor(name)?.push({ text, start: exprStart, settle: (value) => Object.assign(prop, { value }) });
  }
  return spread === undefined ? { props } : { props, spread };
}

function expressionText(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string' ? value.value : undefined;
}

/** `{'…'}`, `{"…"}`, `{3}`, `{true}`: known without the parser (most props are). */
function simpleValue(expression: string): { kind: 'text'; value: string } | { kind: 'literal' } | undefined {
  if (/^-?\d+(\.\d+)?$/.test(expression) || expression === 'true' || expression === 'false' || expression === 'null') return { kind: 'literal' };
  const quote = expression[0];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || expression.at(-1) !== quote || expression.length < 2) return undefined;
  const inner = expression.slice(1, -1);
  if (inner.includes(quote) || inner.includes('\\') || (quote === '`' && inner.includes('${'))) return undefined;
  return { kind: 'text', value: inner };
}

/**
 * The other expressions of a page, parsed by the MDX compiler's own expression parser in one pass:
 * each becomes a flow expression of a small document, whose ESTree the compiler hands to a plugin.
 * An expression it cannot parse stays `computed` (the build reports a syntax error itself).
 */
function parseExpressions(pending: readonly PendingExpression[], source: string): void {
  if (pending.length === 0) return;
  const starts: number[] = [];
  let document = '';
  for (const expression of pending) {
    starts.push(document.length);
    document += `{${expression.text}}\n\n`;
  }
  // The parser gives each expression's text again (continuation lines may lose indentation): offsets are into that text.
  const programs = new Map<number, { program: EstreeProgram | null; text: string }>();
  try {
    mdxToJs(document, {
      hastPlugins: [
        {
          name: 'wegwijzer:attribute-values',
          options: { position: true },
          mdxFlowExpression(node) {
            const offset = node.position?.start.offset;
            if (offset !== undefined) programs.set(offset, { program: node.parseExpression(), text: typeof node.value === 'string' ? node.value : '' });
          },
        },
      ],
    });
  } catch {
    return;
  }
  const lines = source.split('\n');
  pending.forEach((expression, index) => {
    const parsed = programs.get(starts[index] ?? -1);
    const statement = parsed?.program?.body.length === 1 ? parsed.program.body[0] : undefined;
    if (parsed === undefined || statement?.type !== 'ExpressionStatement') return;
    const bytes = Buffer.from(parsed.text, 'utf8');
    const placeOf = (node: Estree): Place => placeInExpression(lines, expression.start, parsed.text, bytes.subarray(0, node.start ?? 0).toString('utf8').length);
    expression.settle(staticValue(statement.expression as Estree, bytes, placeOf));
  });
}

/** The parts of an ESTree node this reader looks at (offsets are UTF-8 bytes into the expression). */
interface Estree {
  type: string;
  start?: number;
  end?: number;
  value?: unknown;
  regex?: unknown;
  operator?: string;
  argument?: Estree;
  elements?: (Estree | null)[];
  properties?: Estree[];
  key?: Estree & { name?: string };
  computed?: boolean;
  kind?: string;
  expressions?: Estree[];
  quasis?: { value: { cooked?: string | null; raw: string } }[];
}

type EstreeProgram = { body: { type: string; expression?: unknown }[] };

/** An ESTree expression as a StaticValue: literals, arrays and objects of them; anything else is computed. */
function staticValue(node: Estree, bytes: Buffer, placeOf: (node: Estree) => Place): StaticValue {
  const place = placeOf(node);
  const computed = (): StaticValue => ({ kind: 'computed', source: bytes.subarray(node.start ?? 0, node.end ?? bytes.length).toString('utf8'), ...place });
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? { kind: 'text', value: node.value, ...place } : { kind: 'literal', ...place };
    case 'TemplateLiteral': {
      const cooked = node.quasis?.[0]?.value.cooked;
      return node.expressions?.length === 0 && typeof cooked === 'string' ? { kind: 'text', value: cooked, ...place } : computed();
    }
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && node.argument?.type === 'Literal' && typeof node.argument.value === 'number' ? { kind: 'literal', ...place } : computed();
    case 'ArrayExpression':
      return {
        kind: 'array',
        items: (node.elements ?? []).map((item) => (item === null ? { kind: 'literal', ...place } : staticValue(item, bytes, placeOf))),
        ...place,
      };
    case 'ObjectExpression':
      return {
        kind: 'object',
        entries: (node.properties ?? []).map((property) => {
          const key = property.type === 'Property' && property.computed !== true ? propertyKey(property.key) : undefined;
          // A spread or a computed key may set any key; a getter or method is code.
          if (key === undefined) return { key: null, value: staticValue(property.type === 'SpreadElement' && property.argument ? property.argument : property, bytes, placeOf) };
          const value = property.kind === 'init' && property.value !== undefined && typeof property.value === 'object' ? staticValue(property.value as Estree, bytes, placeOf) : { kind: 'computed' as const, source: key, ...placeOf(property) };
          // The place of an entry is its key, as a prop's place is its name.
          return { key, value: { ...value, ...placeOf(property) } };
        }),
        ...place,
      };
    default:
      return computed();
  }
}

function propertyKey(key: (Estree & { name?: string }) | undefined): string | undefined {
  if (key?.type === 'Identifier' && typeof key.name === 'string') return key.name;
  if (key?.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/**
 * Where a character of an expression is in the file. The parser gives an attribute's expression
 * without the indentation of its lines inside a list or quote; each line is found back at the end
 * of its line in the file.
 */
function placeInExpression(lines: readonly string[], start: Place, text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const lineDelta = before.split('\n').length - 1;
  const column = offset - (before.lastIndexOf('\n') + 1);
  if (lineDelta === 0) return { line: start.line, column: start.column + column };
  const inExpression = (text.split('\n')[lineDelta] ?? '').replace(/\r$/, '');
  const inFile = (lines[start.line - 1 + lineDelta] ?? '').replace(/\r$/, '');
  const indent = inFile.endsWith(inExpression) ? inFile.length - inExpression.length : 0;
  return { line: start.line + lineDelta, column: indent + column + 1 };
}

/**
 * The parser gives attributes no position of their own; the prop `name=` is found in the element's
 * opening tag, which starts at the element's offset. Undefined when it is not found.
 */
function propOffset(source: string, tagStart: number, name: string): number | undefined {
  const tagEnd = source.indexOf('>', tagStart);
  const tag = source.slice(tagStart, tagEnd === -1 ? undefined : tagEnd);
  let at = -1;
  for (let from = 0; (at = tag.indexOf(`${name}=`, from)) !== -1; from = at + 1) {
    const before = tag[at - 1];
    if (before === undefined || /\s/.test(before)) break;
  }
  return at === -1 ? undefined : tagStart + at;
}

/** Line and column of an offset in the file. */
function placeAt(source: string, offset: number): Place {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** An element's content as plain text: its words, blocks separated by a space, without markup or expressions. */
function plainText(element: Node): string {
  const words: string[] = [];
  const add = (node: Node): void => {
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') words.push(node.value);
    else if (node.type === 'break') words.push(' ');
    else if (!node.type.startsWith('mdx') || node.type.startsWith('mdxJsx')) {
      for (const child of node.children ?? []) add(child);
      if (!INLINE.has(node.type)) words.push(' ');
    }
  };
  for (const child of element.children ?? []) add(child);
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** The prose of a paragraph or table cell: its text, links' text and emphasis, without code, expressions or images. */
function proseOf(block: Node): ProseBlock {
  let text = '';
  const parts: (Place & { offset: number })[] = [];
  const add = (node: Node): void => {
    if (node.type === 'text' && typeof node.value === 'string') {
      const start = node.position?.start;
      if (start) parts.push({ offset: text.length, line: start.line, column: start.column });
      text += node.value;
    } else if (node.type === 'break') {
      text += ' ';
    } else if (node.type === 'inlineCode' || node.type === 'image' || node.type.startsWith('mdx') && node.type.endsWith('Expression')) {
      text += ' ';
    } else {
      for (const child of node.children ?? []) add(child);
    }
  };
  for (const child of block.children ?? []) add(child);
  return { text, parts };
}

/** Sätteri's message, `8:3: Expected a closing tag for \`<Callout>\` (8:3) (mdx-jsx:…)`, in plain words. */
function syntaxError(error: unknown): MdxSyntaxError {
  const raw = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(raw);
  const line = place ? Number(place[1]) : 1;
  const column = place ? Number(place[2]) : 1;
  const message = raw
    .slice(place?.[0].length ?? 0)
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    // The place the problem names anyway is not repeated; another place (an opening tag) is said in words.
    .replace(/\s*\((\d+):(\d+)\)/g, (_, l: string, c: string) => (Number(l) === line && Number(c) === column ? '' : ` (opened at line ${l}, column ${c})`))
    .trim();
  return { line, column, message: `MDX syntax error: ${message}`, fix: syntaxFix(message) };
}

/** A plain fix for the MDX syntax errors editors make most; the parser's message names the place. */
function syntaxFix(message: string): string {
  const unclosed = /^Expected a closing tag for `<([^>\s]+)>`/.exec(message);
  if (unclosed) {
    const name = unclosed[1];
    return `Close the tag with \`</${name}>\` after its content, or write \`<${name} … />\` when it has none. Leave an empty line between the tags and Markdown inside them.`;
  }
  const mismatched = /^Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>\s]+)>`/.exec(message);
  if (mismatched) return `Close \`<${mismatched[2]}>\` with \`</${mismatched[2]}>\`, or correct the name \`${mismatched[1]}\` in the closing tag.`;
  if (/expression|brace/.test(message)) return 'Close the `{` with `}`; to write a brace as text, write `\\{`.';
  if (/after `<`|in tag|attribute/.test(message)) return 'Finish the tag: `<Name prop="value" />` or `<Name prop="value">…</Name>`, with quotes around each text value. To write `<` as text, write `&lt;`.';
  return 'Correct the MDX at that place. A component is written `<Name />` or `<Name>…</Name>`; write `<` and `{` as text as `&lt;` and `\\{`.';
}
