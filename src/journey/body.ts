/**
 * Checks the MDX bodies like the frontmatter: every Markdown link and image, every `<a href>` and
 * `<img src>`, and every prop of a Wegwijzer component that names a page, a download, a file or a
 * content image must resolve; a component must exist. Pure: the loader has already turned each body into data.
 */
import type { BodyElement, ComponentRegistry, ContentSnapshot, PageBody, Problem, ReferenceKind } from './model.ts';
import { referenceProblem, type SiteIndex } from './site-index.ts';
import { suggestion } from './suggest.ts';
import { GENERATED_PAGES } from './urls.ts';

/** Plain HTML elements whose attributes name something on the site. */
const HTML_REFERENCES: ComponentRegistry = {
  a: { references: { href: 'page' } },
  img: { references: { src: 'file' } },
};

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
    const path = sitePath(link.url, url);
    if (path === undefined) continue;
    const wrong = referenceProblem(link.kind === 'image' ? 'file' : 'page', path, content, index);
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
  const references = (isComponent ? components?.[element.name] : HTML_REFERENCES[element.name])?.references ?? {};
  const problems: Problem[] = [];
  for (const prop of element.props) {
    const kind: ReferenceKind | undefined = references[prop.name];
    if (kind === undefined) continue;
    const value = kind === 'page' ? sitePath(prop.value, pageUrl) : prop.value;
    if (value === undefined) continue;
    const wrong = referenceProblem(kind, value, content, index);
    if (wrong) {
      problems.push({
        file,
        line: prop.line,
        column: prop.column,
        message: `\`<${element.name} ${prop.name}="${prop.value}">\` ${wrong.reason}`,
        fix: wrong.fix,
      });
    }
  }
  return problems;
}

/**
 * The site path a link names, resolved against the page's URL when relative; undefined for a link
 * that leaves the site (`https:`, `mailto:`, `//host`) or stays on the page (`#kop`).
 */
export function sitePath(href: string, pageUrl: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?') || trimmed.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return undefined;
  if (trimmed.startsWith('/')) return trimmed;
  const base = new URL(pageUrl, 'https://site.invalid');
  const resolved = new URL(trimmed, base);
  return decodeURI(resolved.pathname) + resolved.search + resolved.hash;
}
