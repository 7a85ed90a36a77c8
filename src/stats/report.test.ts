import { describe, expect, it } from 'vitest';
import { handoffSite, testSite } from './fixtures.ts';
import { htmlReport } from './report-html.ts';
import { DROP_OFF_MARK, formatFunnel, percent, statsReport } from './report.ts';

const report = statsReport(
  testSite(),
  {
    views: [{ page: '/school/kiezen/', views: 4 }, { page: '/school/bezoeken/', views: 1 }, { page: '/bus/', views: 2 }],
    steps: [{ from: '/school/kiezen/', to: '/school/bezoeken/', steps: 1 }, { from: '/bus/', to: '/bus/proef/', steps: 1 }],
    downloads: [{ download: 'planner', from: '/bus/planner/', downloads: 1 }],
    leads: [{ kind: 'event', download: 'informatieavond', page: '/school/bezoeken/', persona: 'ouders', phase: 'overweging', leads: 2 }],
  },
  { from: '2027-03-01' },
);

describe('formatFunnel', () => {
  it('prints a table per persona with the largest drop-off marked', () => {
    const text = formatFunnel(report);
    expect(text).toMatch(/^Journey funnel, 2027-03-01 to last day: 7 page views, 2 steps, 1 download, 2 leads \(0 download requests, 2 sign-ups, 0 contact requests\)/);
    expect(text).toContain('ouders — ouders');
    const row = (phase: string, persona: string) => text.split(`${persona} — `)[1]?.split('\n').find((line) => line.startsWith(phase)) ?? '';
    expect(row('orientatie', 'ouders').split(/\s{2,}/)).toEqual(['orientatie', '4', '1', '25%', '1', '0', '0', '0', '0']);
    expect(row('overweging', 'ouders').split(/\s{2,}/)).toEqual(['overweging', '1', '0', '0%', '0', '0', '0', '2', '0', DROP_OFF_MARK]);
    expect(row('gedrag', 'ouders').split(/\s{2,}/)).toEqual(['gedrag', '0', '–', '–', '–', '0', '0', '0', '0']);
    // Each lead kind is a column of its own, named from the lead-kind registry.
    expect(text.split('\n').find((line) => line.startsWith('phase'))?.split(/\s{2,}/)).toEqual(['phase', 'views', 'to next', 'share', 'via CTA', 'downloads', 'download requests', 'sign-ups', 'contact requests']);
    expect(text.match(new RegExp(DROP_OFF_MARK, 'g'))).toHaveLength(2);
  });

  it('adds a hand-off column only for a site with hand-offs', () => {
    expect(formatFunnel(report)).not.toContain('hand-off');
    const text = formatFunnel(statsReport(handoffSite(), { views: [{ page: '/school/aanmelden/', views: 2 }], steps: [{ from: '/school/aanmelden/', to: '/_wegwijzer/naar/school/aanmelden/', steps: 1 }], downloads: [], leads: [] }));
    expect(text.split('\n').find((line) => line.startsWith('phase'))?.split(/\s{2,}/)).toEqual(['phase', 'views', 'to next', 'share', 'via CTA', 'hand-off', 'downloads', 'download requests', 'sign-ups', 'contact requests']);
    expect(text.split('\n').find((line) => line.startsWith('beslissing'))?.split(/\s{2,}/)).toEqual(['beslissing', '2', '1', '50%', '1', '1', '0', '0', '0', '0', DROP_OFF_MARK]);
    expect(text).toContain('hand-off = of those, clicks on a CTA that hands off to another site');
  });

  it('rounds shares to whole percents', () => {
    expect([percent(0.3333), percent(1), percent(null), percent(undefined), percent(1.5)]).toEqual(['33%', '100%', '–', '–', '150%']);
  });
});

describe('statsReport', () => {
  it('adds the figures per page and step to the funnel, marking steps that follow the CTA', () => {
    expect(report.figures.steps).toEqual([
      { from: '/school/kiezen/', to: '/school/bezoeken/', steps: 1, cta: true },
      { from: '/bus/', to: '/bus/proef/', steps: 1, cta: true },
    ]);
    expect(report.figures.pages).toContainEqual({ page: '/bus/planner/', views: 0, downloads: 1, leads: 0 });
  });
});

describe('htmlReport', () => {
  const html = htmlReport(report, 'Gemeente <Voorbeeldstad>');

  it('is one self-contained file: inline SVG charts, no script, no link, no request to anywhere', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html.match(/<svg role="img"/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|\shref=/i);
  });

  it('escapes names and gives every chart a table with the same figures', () => {
    expect(html).toContain('<title>Journey funnel — Gemeente &lt;Voorbeeldstad&gt;</title>');
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">Overweging <span class="drop-mark">(largest drop-off)</span></th>');
  });

  it('reports leads per kind: in the summary, as a column each, and in the JSON document', () => {
    expect(html).toContain('2 leads (0 download requests, 2 sign-ups, 0 contact requests).');
    expect(html).toContain('<th scope="col">Download requests</th><th scope="col">Sign-ups</th><th scope="col">Contact requests</th></tr>');
    expect(html).toMatch(/<th scope="row">Overweging[^\n]*<\/th>\n<td>1<\/td>\n<td>0<\/td>\n<td>0%<\/td>\n<td>0<\/td>\n<td>0<\/td>\n<td>0<\/td>\n<td>2<\/td>\n<td>0<\/td>\n<\/tr>/);
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(json.totals.leadsByKind).toEqual({ download: 0, event: 2, contact: 0 });
    expect(json.personas[0]?.phases[1]?.leadsByKind).toEqual({ download: 0, event: 2, contact: 0 });
  });
});
