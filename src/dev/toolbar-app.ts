/**
 * The Wegwijzer app in Astro's dev toolbar: every current problem of the journey gate, the SEO lint
 * and the B1 check, with file, line and fix. The integration sends the report when the app starts
 * and again after every save; the toolbar button shows a badge while there are problems.
 */
import { defineToolbarApp } from 'astro/toolbar';
import type { Problem } from '../journey/model.ts';
import { formatPlace } from '../journey/place.ts';
import { REPORT_EVENT, type DevReport } from './report.ts';
import { codeSpans } from './code-spans.ts';

const SECTIONS: readonly { key: keyof Omit<DevReport, 'checkedAt'>; title: string; empty: string }[] = [
  { key: 'problems', title: 'Problems (these stop the build)', empty: 'No journey problems.' },
  { key: 'seo', title: 'SEO', empty: 'No SEO warnings.' },
  { key: 'readability', title: 'Plain Dutch (B1)', empty: 'No B1 warnings.' },
];

export default defineToolbarApp({
  init(canvas, app, server) {
    const window = document.createElement('astro-dev-toolbar-window');
    window.dataset.wegwijzer = 'report';
    window.append(element('p', 'Waiting for the journey check…'));
    canvas.append(style(), window);

    server.on<DevReport>(REPORT_EVENT, (report) => {
      window.replaceChildren(...render(report));
      const level = report.problems.length > 0 ? 'error' : report.seo.length + report.readability.length > 0 ? 'warning' : undefined;
      app.toggleNotification(level === undefined ? { state: false } : { state: true, level });
    });
  },
});

function render(report: DevReport): HTMLElement[] {
  const total = report.problems.length;
  const warnings = report.seo.length + report.readability.length;
  const header = element('header');
  header.append(
    element('h1', 'Wegwijzer'),
    element('p', `${total} problem${total === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} · checked ${new Date(report.checkedAt).toLocaleTimeString()}`),
  );
  const sections = SECTIONS.map(({ key, title, empty }) => {
    const section = element('section');
    section.dataset.kind = key;
    section.append(element('h2', `${title}: ${report[key].length}`));
    if (report[key].length === 0) section.append(element('p', empty));
    else {
      const list = element('ul');
      list.append(...report[key].map(item));
      section.append(list);
    }
    return section;
  });
  return [header, ...sections];
}

function item(problem: Problem): HTMLElement {
  const li = element('li');
  li.append(element('code', formatPlace(problem)), withCode(element('p'), problem.message));
  const fix = element('details');
  fix.append(element('summary', 'How to fix'), element('pre', problem.fix));
  li.append(fix);
  return li;
}

/** The text into `parent`, its backticked names as `<code>`. */
function withCode<T extends HTMLElement>(parent: T, text: string): T {
  parent.append(...codeSpans(text).map((part) => (part.code ? element('code', part.text) : document.createTextNode(part.text))));
  return parent;
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  return node;
}

function style(): HTMLStyleElement {
  const css = document.createElement('style');
  css.textContent = `
    astro-dev-toolbar-window { max-height: 70vh; overflow: auto; }
    h1 { font-size: 1.2em; margin: 0 0 .25em; }
    h2 { font-size: 1em; margin: 1em 0 .5em; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: .5em 0; border-top: 1px solid rgba(255,255,255,.15); }
    code { font-size: .85em; color: #ffd479; }
    p { margin: .25em 0; }
    pre { white-space: pre-wrap; margin: .25em 0 0; font-size: .85em; }
  `;
  return css;
}
