/**
 * Reads an MDX body into plain data for the journey checks: its Markdown links and images, its
 * JSX elements with the props that can be known without running code, and its prose. It parses
 * with Sätteri, the MDX parser @astrojs/mdx builds with, so a syntax error here is the error the
 * build would stop on, at the same line and column.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import type { BodyElement, BodyLink, ElementProp, PageBody, Place, ProseBlock } from '../journey/model.ts';

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
export function readBody(source: string): BodyReading {
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
  // Headings are titles, not prose; links and components inside them are still read.
  const visit = (node: Node, inHeading: boolean): void => {
    const start = node.position?.start;
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && typeof node.url === 'string' && start) {
      links.push({ kind: node.type === 'image' ? 'image' : 'link', url: node.url, line: start.line, column: start.column });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && start && !declared.has(node.name)) {
      elements.push({ name: node.name, line: start.line, column: start.column, props: propsOf(node, source) });
    }
    if (!inHeading && (node.type === 'paragraph' || node.type === 'tableCell')) {
      const block = proseOf(node);
      if (block.text.trim() !== '') prose.push(block);
    }
    for (const child of node.children ?? []) visit(child, inHeading || node.type === 'heading');
  };
  visit(tree, false);
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

/** Props with a value known from the source: a string, or `{'…'}` / `{"…"}` (one string literal). */
function propsOf(node: Node, source: string): ElementProp[] {
  const start = node.position?.start;
  if (start === undefined) return [];
  const tagStart = start.offset ?? 0;
  const props: ElementProp[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const value = typeof attribute.value === 'string' ? attribute.value : stringLiteral(attribute.value);
    if (value === undefined) continue;
    props.push({ name: attribute.name, value, ...placeOfProp(source, tagStart, attribute.name, start) });
  }
  return props;
}

function stringLiteral(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('value' in value) || typeof value.value !== 'string') return undefined;
  const expression = value.value.trim();
  const quote = expression[0];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || expression.at(-1) !== quote || expression.length < 2) return undefined;
  const inner = expression.slice(1, -1);
  if (inner.includes(quote) || inner.includes('\\') || (quote === '`' && inner.includes('${'))) return undefined;
  return inner;
}

/**
 * The parser gives attributes no position of their own; the prop `name=` is found in the element's
 * opening tag, which starts at the element's offset. Falls back to the element's place.
 */
function placeOfProp(source: string, tagStart: number, name: string, element: Place): Place {
  const tagEnd = source.indexOf('>', tagStart);
  const tag = source.slice(tagStart, tagEnd === -1 ? undefined : tagEnd);
  let at = -1;
  for (let from = 0; (at = tag.indexOf(`${name}=`, from)) !== -1; from = at + 1) {
    const before = tag[at - 1];
    if (before === undefined || /\s/.test(before)) break;
  }
  if (at === -1) return element;
  const offset = tagStart + at;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const line = source.slice(0, offset).split('\n').length;
  return { line, column: offset - lineStart + 1 };
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
