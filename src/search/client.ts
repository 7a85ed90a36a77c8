/**
 * The search page's script: reads the term and the checked filters from the form (and so from the
 * URL), searches the Pagefind index from this site's own origin, lists the results and says how
 * many there are in the status region, which screen readers announce. The form stays a plain GET
 * form; the script only saves the round trip and keeps the URL in step with the form.
 * Result text is written with textContent: nothing from the index is parsed as HTML but `<mark>`.
 */
import { FILTERS, QUERY_PARAM } from './filters.ts';
import { resultsTitle, resultSummary, resultTags, type SearchTexts } from './texts.ts';

/** The index written by the build (src/search/build-index.ts), on this site's own origin. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
/** More results than a visitor reads; the count says how many there are in all. */
const MAX_SHOWN = 50;

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindFragment> }[] }>;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (form === null || status === null || list === null) return;
  const term = form.elements.namedItem(QUERY_PARAM) as HTMLInputElement;
  // The site's own words, from its strings (src/search/texts.ts), written into the page at build time.
  const texts = JSON.parse(form.dataset.search ?? '{}') as SearchTexts;
  const pageTitle = document.title;
  let engine: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    // A variable, so the bundler leaves the import of the build's own index file alone.
    const url = PAGEFIND_SCRIPT;
    engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // On the page itself, not in a web worker: a worker's script gets its own response's policy, and
      // the site serves files with `default-src 'none'` (src/security/headers.ts); the page's policy allows the index.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      return pagefind;
    });
    return engine;
  };

  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]:checked`)];

  const fillFrom = (params: URLSearchParams) => {
    term.value = params.get(QUERY_PARAM) ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
  };

  const run = async () => {
    const request = ++latest;
    const words = term.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const name of FILTERS) {
      const values = checked(name).map((box) => box.value);
      if (values.length > 0) filters[name] = { any: values };
    }
    const filtered = Object.keys(filters).length > 0;
    if (words === '' && !filtered) {
      list.replaceChildren();
      status.textContent = '';
      document.title = pageTitle;
      return;
    }
    try {
      const pagefind = await load();
      const search = await pagefind.search(words === '' ? null : words, { filters });
      const shown = await Promise.all(search.results.slice(0, MAX_SHOWN).map((result) => result.data()));
      if (request !== latest) return;
      list.replaceChildren(...shown.map((result) => resultItem(result, texts)));
      const count = search.results.length;
      status.textContent = resultSummary(texts, { count, term: words, filtered, shown: shown.length });
      document.title = resultsTitle(texts, { count, term: words }, pageTitle);
    } catch {
      if (request !== latest) return;
      list.replaceChildren();
      status.textContent = texts.failed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.pushState(null, '', addressOf(form));
    void run();
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    history.replaceState(null, '', addressOf(form));
    void run();
  });
  window.addEventListener('popstate', () => {
    fillFrom(new URLSearchParams(location.search));
    void run();
  });

  fillFrom(new URLSearchParams(location.search));
  void run();
}

/** The URL the form would GET: the same address with or without this script. */
function addressOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return `${form.action}?${params.toString()}`;
}

function resultItem(result: PagefindFragment, texts: SearchTexts): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = resultTags(texts, result.filters);
  const excerpt = document.createElement('p');
  excerpt.append(...highlighted(result.excerpt));
  item.append(heading, kind, excerpt);
  return item;
}

/** Pagefind's excerpt is text with `<mark>` around the matches; only those become elements. */
function highlighted(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/s).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/s.exec(part);
    if (match === null) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1] ?? '');
    return mark;
  });
}

/** Entities such as `&amp;` back to text, spaces kept; a template's content is inert (nothing runs or loads). */
function decode(text: string): string {
  const template = document.createElement('template');
  template.innerHTML = text;
  return template.content.textContent ?? '';
}
