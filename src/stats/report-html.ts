/**
 * `wegwijzer stats --html <file>`: one self-contained HTML file a strategist can open or mail.
 * Inline CSS and inline SVG bar charts, no script, no font, no image, no request anywhere. Each
 * chart is a picture of the table under it; the table is what screen readers get.
 */
import { largestDropOff, leadColumns, leadsLabel, percent, rangeLabel, type StatsReport } from './report.ts';
import { countOf } from '../journey/report.ts';
import type { FunnelPhase, PersonaFunnel } from './funnel.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin-block: 0 .5rem; }
h2 { font-size: 1.35rem; margin-block: 2.5rem .5rem; }
table { border-collapse: collapse; width: 100%; margin-block: 1rem; }
caption { text-align: start; font-weight: 700; padding-block-end: .25rem; }
th, td { text-align: end; padding: .35rem .5rem; border-block-end: 1px solid #8a8a8a; }
th:first-child, td:first-child { text-align: start; }
thead th { vertical-align: bottom; }
.drop { font-weight: 700; }
.drop-mark { color: #8b0000; }
.summary { font-size: 1.1rem; }
svg { display: block; max-width: 100%; height: auto; }
.bar-views { fill: #005a9c; }
.bar-next { fill: #b35900; }
svg text { font: 14px system-ui, sans-serif; fill: #1a1a1a; }
footer { margin-block-start: 3rem; color: #4a4a4a; font-size: .9rem; }
`;

export function htmlReport(report: StatsReport, siteName: string): string {
  const title = `Journey funnel — ${siteName}`;
  const { totals } = report;
  // The hand-off column only for a site with hand-offs, as in the text report.
  const handoffs = report.personas.some((persona) => persona.phases.some((phase) => phase.handsOff));
  const personas = report.personas.map((persona, index) => personaSection(persona, index, handoffs)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p class="summary">Period: ${escape(rangeLabel(report.range))}. ${countOf(totals.views, 'page view')}, ${countOf(totals.steps, 'step')} between pages, ${countOf(totals.downloads, 'download')}, ${leadsLabel(totals)}.</p>
<p>Per persona, each phase of the journey: how often its pages were viewed, how many steps went on to a page of the next phase
(and how many of those followed the call to action), and the downloads and leads per kind (${leadColumns.map((column) => column.heading).join(', ')}). The phase that keeps the smallest share of its
views is marked as the largest drop-off.</p>
${personas}
</main>
<footer><p>Counted by the website itself, per day, without cookies, scripts or personal data. Views and steps of known bots, prefetches and HEAD requests are not counted.</p></footer>
</body>
</html>
`;
}

function personaSection(persona: PersonaFunnel, index: number, handoffs: boolean): string {
  const id = `persona-${index + 1}`;
  const drop = largestDropOff(persona.phases);
  const summary = drop?.next === undefined
    ? 'No drop-off between phases in this period.'
    : `Largest drop-off: after ${drop.label}, ${percent(drop.next.share)} of views went on to ${drop.next.label}.`;
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escape(persona.name)} <span lang="nl">(${escape(persona.persona)})</span></h2>
<p>${escape(summary)}</p>
${chart(persona, id)}
${table(persona, handoffs)}
</section>`;
}

/** Bars per phase: views, and steps to the next phase, on one scale. */
function chart(persona: PersonaFunnel, id: string): string {
  const rowHeight = 56;
  const labelWidth = 150;
  const barWidth = 420;
  const max = Math.max(1, ...persona.phases.flatMap((phase) => [phase.views, phase.next?.steps ?? 0]));
  const scale = (value: number) => Math.round((value / max) * barWidth);
  const rows = persona.phases
    .map((phase, index) => {
      const y = index * rowHeight + 8;
      const next = phase.next;
      return `<text x="0" y="${y + 16}">${escape(phase.label)}</text>
<rect class="bar-views" x="${labelWidth}" y="${y}" width="${scale(phase.views)}" height="20"/>
<text x="${labelWidth + scale(phase.views) + 6}" y="${y + 16}">${phase.views} views</text>
${next === undefined ? '' : `<rect class="bar-next" x="${labelWidth}" y="${y + 24}" width="${scale(next.steps)}" height="20"/>
<text x="${labelWidth + scale(next.steps) + 6}" y="${y + 40}">${next.steps} to ${escape(next.label)} (${percent(next.share)})${phase.largestDropOff ? ' — largest drop-off' : ''}</text>`}`;
    })
    .join('\n');
  const height = persona.phases.length * rowHeight + 8;
  return `<svg role="img" aria-labelledby="${id}-chart-title" viewBox="0 0 ${labelWidth + barWidth + 260} ${height}" width="${labelWidth + barWidth + 260}" height="${height}">
<title id="${id}-chart-title">Chart of views and steps to the next phase per phase of ${escape(persona.name)}; the table below has the same figures.</title>
${rows}
</svg>`;
}

function table(persona: PersonaFunnel, handoffs: boolean): string {
  const row = (phase: FunnelPhase) => `<tr${phase.largestDropOff ? ' class="drop"' : ''}>
<th scope="row">${escape(phase.label)}${phase.largestDropOff ? ' <span class="drop-mark">(largest drop-off)</span>' : ''}</th>
<td>${phase.views}</td>
<td>${phase.next === undefined ? '–' : phase.next.steps}</td>
<td>${percent(phase.next?.share)}</td>
<td>${phase.next === undefined ? '–' : phase.next.viaCta}</td>
${handoffs ? `<td>${phase.next === undefined ? '–' : phase.next.handoffs}</td>\n` : ''}<td>${phase.downloads}</td>
${leadColumns.map((column) => `<td>${phase.leadsByKind[column.kind]}</td>`).join('\n')}
</tr>`;
  return `<table>
<caption>Funnel of ${escape(persona.name)}</caption>
<thead><tr><th scope="col">Phase</th><th scope="col">Views</th><th scope="col">Steps to next phase</th><th scope="col">Share</th><th scope="col">Via the CTA</th>${handoffs ? '<th scope="col">Hand-off to another site</th>' : ''}<th scope="col">Downloads</th>${leadColumns.map((column) => `<th scope="col">${column.heading.charAt(0).toUpperCase()}${column.heading.slice(1)}</th>`).join('')}</tr></thead>
<tbody>
${persona.phases.map(row).join('\n')}
</tbody>
</table>`;
}
