/**
 * Checks the MDX bodies like the frontmatter: every Markdown link and image, every `<a href>` and
 * `<img src>`, and every prop of a Wegwijzer component that names a page, a download, a file or a
 * content image must resolve; a component must exist. Pure: the loader has already turned each body into data.
 */
import type { BodyElement, ComponentRegistry, ContentSnapshot, PageBody, Problem, ReferenceKind, ReferencePath, StaticValue } from './model.ts';
import { linkProblem, referenceProblem, type SiteIndex } from './site-index.ts';
import { suggestion } from './suggest.ts';
import { GENERATED_PAGES } from './urls.ts';

/** Plain HTML elements whose attributes name something on the site. */
const HTML_REFERENCES: ComponentRegistry = {
  a: { references: { href: 'page' } },
  img: { references: { src: 'file' } },
};

/** The props whose values the checks follow, by element: what the body reader parses in full. */
export function checkedProps(components: ComponentRegistry): (element: string, prop: string) => boolean {
  const props = new Map<string, Set<string>>();
  for (const [name, spec] of Object.entries({ ...HTML_REFERENCES, ...components })) {
    props.set(name, new Set([...Object.keys(spec.references ?? {}).map((path) => pathSteps(path)[0] ?? ''), ...(spec.literal ?? [])]));
  }
  return (element, prop) => props.get(element)?.has(prop) ?? false;
}

export function checkBodies(content: ContentSnapshot, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const pages = [...content.pages, ...(content.invalidPages ?? [])];
  for (const page of pages) {
    if (page.body === undefined) continue;
    problems.push(...checkBody(page.file, page.url, page.body, content, index));
  }
  // The home page's extra sections (content/home.mdx) are checked like a page's body.
  if (content.home?.body !== undefined) problems.push(...checkBody(content.home.file, GENERATED_PAGES.home, content.home.body, content, index));
  return problems;
}

function checkBody(file: string, url: string, body: PageBody, content: ContentSnapshot, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const link of body.links) {
    const wrong = linkProblem(link.kind === 'image' ? 'file' : 'page', link.url, url, content, index);
    if (wrong) {
      problems.push({ file, line: link.line, column: link.column, message: `${link.kind} \`${link.url}\` ${wrong.reason}`, fix: wrong.fix });
    }
  }
  for (const element of body.elements) {
    problems.push(...checkElement(file, url, element, content, index));
  }
  return problems;
}

function checkElement(file: string, pageUrl: string, element: BodyElement, content: ContentSnapshot, index: SiteIndex): Problem[] {
  const components = content.components;
  const isComponent = /^[A-Z]/.test(element.name) || element.name.includes('.');
  if (isComponent && components !== undefined && components[element.name] === undefined) {
    const known = Object.keys(components).sort();
    return [
      {
        file,
        line: element.line,
        column: element.column,
        message: `unknown component \`<${element.name}>\``,
        fix: suggestion(element.name, known, 'component').replace('Known components:', 'Components you can use:'),
      },
    ];
  }
  const spec = isComponent ? components?.[element.name] : HTML_REFERENCES[element.name];
  const references = spec?.references ?? {};
  const problems: Problem[] = [];
  // A computed value is one mistake however many references it holds (`items` with hrefs and images).
  const computed = new Map<string, { found: Found; kinds: Set<ReferenceKind>; paths: ReferencePath[] }>();
  for (const [path, kind] of Object.entries(references)) {
    for (const found of referencesAt(element, path)) {
      if (found.value.kind === 'computed') {
        const key = `${found.value.line}:${found.value.column}`;
        const seen = computed.get(key) ?? { found, kinds: new Set(), paths: [] };
        seen.kinds.add(kind);
        seen.paths.push(path);
        computed.set(key, seen);
        continue;
      }
      if (found.value.kind !== 'text') continue;
      const written = found.value.value;
      const wrong = kind === 'page' ? linkProblem('page', written, pageUrl, content, index) : referenceProblem(kind, written, content, index);
      if (wrong) {
        problems.push({ file, line: found.value.line, column: found.value.column, message: `\`<${element.name} ${found.shown}="${written}">\` ${wrong.reason}`, fix: wrong.fix });
      }
    }
  }
  const reported = new Set(computed.keys());
  for (const name of spec?.literal ?? []) {
    const [found] = referencesAt(element, name);
    if (found?.value.kind !== 'computed') continue;
    const key = `${found.value.line}:${found.value.column}`;
    if (reported.has(key)) continue;
    reported.add(key);
    problems.push({
      file,
      line: found.value.line,
      column: found.value.column,
      message: `\`<${element.name} ${found.shown}>\` is computed (${asCode(found.value.source)}), but the build reads it from the page's MDX`,
      fix: `Write the value out as text, in quotes: ${name}="…". The build reads it from the MDX itself, where a variable or calculation has no value yet.`,
    });
  }
  for (const { found, kinds, paths } of computed.values()) {
    if (found.value.kind !== 'computed') continue;
    const what = [...kinds].map((kind) => KIND_NAMES[kind]).join(' or ');
    problems.push({
      file,
      line: found.value.line,
      column: found.value.column,
      message: `\`<${element.name} ${found.shown}>\` is computed (${asCode(found.value.source)}), so the check cannot see which ${what} it names`,
      fix: `Write the value out, in quotes: ${paths.map((path) => writtenOut(path, references[path] ?? 'page', content, index)).join(', ')}. No variables, calculations or \`\${…}\` in a value that names a page, a download, a file or an image. (A value that must be computed belongs in a component the page imports itself.)`,
    });
  }
  return problems;
}

/** `items[].href` → `items`, `[]`, `href`. */
function pathSteps(path: ReferencePath): string[] {
  return path.match(/[^.[\]]+|\[\]/g) ?? [];
}

/** What a reference kind names, in a message. */
const KIND_NAMES: Readonly<Record<ReferenceKind, string>> = { page: 'page', download: 'download', event: 'event', contact: 'contact request', file: 'file', image: 'image' };

/** A value found at a reference path, with the path as written for this element (`items[1].href`). */
interface Found {
  shown: string;
  value: StaticValue;
}

/**
 * The values at a reference path of an element: `href` is the prop itself, `items[].href` the
 * `href` of each item of `items`. Stops at a computed value (the rest of the path is inside it);
 * a value of another shape (no array where `[]` expects one, a key not given) names nothing to check.
 */
function referencesAt(element: BodyElement, path: ReferencePath): Found[] {
  const [name = '', ...steps] = pathSteps(path);
  const prop = element.props.findLast((candidate) => candidate.name === name);
  if (prop === undefined) {
    const spread = element.spread;
    return spread === undefined ? [] : [{ shown: `{${spread.source}}`, value: { kind: 'computed', source: spread.source.replace(/^\s*\.\.\./, ''), line: spread.line, column: spread.column } }];
  }
  // A prop's own place is its name, as for a string prop (`href=`).
  let found: Found[] = [{ shown: name, value: { ...prop.value, line: prop.line, column: prop.column } }];
  for (const step of steps) {
    found = found.flatMap(({ shown, value }): Found[] => {
      if (value.kind === 'computed') return [{ shown, value }];
      if (step === '[]') return value.kind === 'array' ? value.items.map((item, at) => ({ shown: `${shown}[${at}]`, value: item })) : [];
      if (value.kind !== 'object') return [];
      const entry = entryValue(value, step);
      return entry === undefined ? [] : [{ shown: `${shown}.${step}`, value: entry }];
    });
  }
  return found;
}

/**
 * The value an object literal gives a key: the last entry that sets it wins, as in JavaScript; a
 * spread of something computed (or a computed key) after the last such entry may set it too.
 */
function entryValue(value: Extract<StaticValue, { kind: 'object' }>, key: string): StaticValue | undefined {
  for (let at = value.entries.length - 1; at >= 0; at--) {
    const entry = value.entries[at];
    if (entry === undefined) continue;
    if (entry.key === key) return entry.value;
    if (entry.key !== null) continue;
    if (entry.value.kind !== 'object') return entry.value;
    const spread = entryValue(entry.value, key);
    if (spread !== undefined) return spread;
  }
  return undefined;
}

/** A reference path written out with an example of this site: `href="/bus/"`, `items={[{ href: '/bus/' }]}`. */
function writtenOut(path: ReferencePath, kind: ReferenceKind, content: ContentSnapshot, index: SiteIndex): string {
  const [name = '', ...steps] = pathSteps(path);
  const example = {
    page: index.examples.page,
    download: index.examples.download,
    event: [...index.eventIds].sort()[0] ?? 'informatieavond',
    contact: [...index.contactIds].sort()[0] ?? 'terugbellen',
    file: index.examples.image,
    image: [...(content.images ?? [])].sort()[0] ?? index.examples.image,
  }[kind];
  if (steps.length === 0) return `${name}="${example}"`;
  const value = steps.reduceRight((inner, step) => (step === '[]' ? `[${inner}]` : `{ ${step}: ${inner} }`), `'${example}'`);
  return `${name}={${value}}`;
}

/** An expression in a message, as code: one line of at most 40 characters. */
function asCode(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  const short = line.length > 40 ? `${line.slice(0, 39)}…` : line;
  return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
}
