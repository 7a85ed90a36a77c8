import { describe, expect, it } from 'vitest';
import { siteExamples } from './examples.ts';
import { validateEntry } from './validate.ts';

const file = 'content/pages/x.mdx';
const validPage = { title: 'T', description: 'D', persona: 'ouders', phase: 'orientatie', cta: { label: 'Verder', href: '/a/' } };

/** A site that is not the example: messages must show its own pages and files. */
const examples = siteExamples({
  pageUrls: ['/', '/fietsen/', '/fietsen/stalling/'],
  personaIds: ['forenzen'],
  downloadIds: ['fietskaart'],
  phaseIds: ['orientatie'],
  publicFiles: ['/images/logo.svg', '/images/fiets.jpg', '/kaarten/fietskaart.pdf'],
});

function problemsOf(collection: 'pages' | 'personas' | 'downloads', raw: unknown) {
  const result = validateEntry(collection, file, raw, examples);
  if (result.ok) throw new Error('expected validation to fail');
  return result.problems;
}

describe('validateEntry', () => {
  it('accepts a valid page and keeps its data', () => {
    const result = validateEntry('pages', file, { ...validPage, date: '2027-01-15' });
    expect(result.ok && result.data.date?.toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('names a missing field and explains what it expects', () => {
    const { title: _, ...withoutTitle } = validPage;
    expect(problemsOf('pages', withoutTitle)).toEqual([{ file, field: 'title', message: 'is required but missing', fix: 'Expected: Page title.' }]);
  });

  it('refuses a hand-off to http:// as one problem at `cta.href` that asks for https://', () => {
    const problems = problemsOf('pages', { ...validPage, phase: 'beslissing', cta: { label: 'Vraag aan', href: 'http://loket.example.org/', handoff: true } });
    expect(problems).toEqual([{ file, field: 'cta.href', message: 'must be a site path starting with / (like /fietsen/stalling/) or an https:// URL', fix: expect.stringContaining('an `https://` URL') }]);
  });

  it('refuses a hand-off of a download, saying it needs the other site’s URL', () => {
    const problems = problemsOf('pages', { ...validPage, cta: { label: 'Gids', download: 'fietskaart', handoff: true } });
    expect(problems).toEqual([{ file, field: 'cta.handoff', message: expect.stringContaining('a hand-off needs `href`, the https:// URL of the other site'), fix: expect.stringContaining('Expected: Optional: `true` when `href` hands the visitor off') }]);
  });

  it('suggests the right name for a misspelt field', () => {
    const [problem] = problemsOf('pages', { ...validPage, titel: 'x' });
    expect(problem).toMatchObject({ field: 'titel', message: 'unknown field `titel`' });
    expect(problem?.fix).toContain('Did you mean `title`?');
  });

  it('reports an unknown field inside the CTA with the CTA’s fields', () => {
    const [problem] = problemsOf('pages', { ...validPage, cta: { label: 'x', href: '/a/', url: '/b/' } });
    expect(problem).toMatchObject({ field: 'cta.url' });
    expect(problem?.fix).toContain('Allowed fields here: label, download, event, contact, href, handoff.');
  });

  it('requires exactly one CTA target', () => {
    expect(problemsOf('pages', { ...validPage, cta: { label: 'x' } })[0]?.message).toContain('needs a target');
    expect(problemsOf('pages', { ...validPage, cta: { label: 'x', href: '/a/', download: 'gids' } })[0]?.message).toContain('keep exactly one');
  });

  it('refuses an href that is neither a site path nor https', () => {
    for (const href of ['voor/ouders/', 'http://example.org/', 'mailto:a@b.nl']) {
      const [problem] = problemsOf('pages', { ...validPage, cta: { label: 'x', href } });
      expect(problem).toMatchObject({ field: 'cta.href', message: 'must be a site path starting with / (like /fietsen/stalling/) or an https:// URL' });
      expect(problem?.fix).toBe('Expected: A site path like `/fietsen/stalling/` or an `https://` URL.');
    }
  });

  it('describes a wrong type in plain words', () => {
    const [problem] = problemsOf('personas', { name: 'n', summary: 's', question: 'q', influences: 'buren', channels: ['c'], goal: 'g' });
    expect(problem).toMatchObject({ field: 'influences', message: 'must be a list, but is a string' });
  });

  it('checks retention as an ISO 8601 duration and gate as form or none', () => {
    const download = { title: 't', description: 'd', file: '/a.pdf', format: 'PDF', gate: 'form', retention: 'P12M', purpose: 'p' };
    expect(validateEntry('downloads', file, download).ok).toBe(true);
    expect(validateEntry('downloads', file, { ...download, retention: 'P1Y6MT12H' }).ok).toBe(true);
    expect(problemsOf('downloads', { ...download, retention: '12 maanden' })[0]?.message).toContain('ISO 8601 duration');
    expect(problemsOf('downloads', { ...download, retention: 'P' })[0]?.field).toBe('retention');
    expect(problemsOf('downloads', { ...download, gate: 'formulier' })[0]?.message).toBe('must be one of `form`, `none`, but is `formulier`');
  });

  it('requires a download file path from the site root, as links use it as written', () => {
    const download = { title: 't', description: 'd', file: 'brochures/gids.pdf', format: 'PDF', gate: 'none', retention: 'P12M', purpose: 'p' };
    expect(problemsOf('downloads', download)[0]).toMatchObject({ field: 'file', message: 'must be a path under public/ starting with /, like /kaarten/fietskaart.pdf' });
  });

  it('refuses a protocol-relative URL where a site path or a file under public/ is meant', () => {
    const download = { title: 't', description: 'd', file: '//evil.example/gids.pdf', format: 'PDF', gate: 'none', retention: 'P12M', purpose: 'p' };
    expect(problemsOf('downloads', download)[0]).toMatchObject({ field: 'file' });
    expect(problemsOf('pages', { ...validPage, cta: { label: 'Ga', href: '//evil.example/' } })[0]).toMatchObject({ field: 'cta.href' });
  });

  it('fills in examples from the site, and names a date written the wrong way round', () => {
    const [date] = problemsOf('pages', { ...validPage, date: '28-11-2026' });
    expect(date).toMatchObject({ field: 'date', message: 'must be a date written year-month-day (YYYY-MM-DD), but is `28-11-2026`' });
    const [persona] = problemsOf('pages', { ...validPage, persona: 'Ouders' });
    expect(persona?.fix).toBe('Expected: Persona id, or a list of persona ids, from `content/personas/`, like `forenzen`.');
    const [image] = problemsOf('pages', { ...validPage, image: 'fiets.jpg' });
    expect(image?.fix).toBe('Expected: Optional social image, a path under `public/` like `/images/fiets.jpg`.');
  });

  it('keeps name and email required when a download only adds an optional field', () => {
    const download = { title: 't', description: 'd', file: '/a.pdf', format: 'PDF', gate: 'form', retention: 'P12M', purpose: 'p', fields: { optional: ['phone'] } };
    const result = validateEntry('downloads', file, download);
    expect(result.ok && result.data.fields).toEqual({ required: ['name', 'email'], optional: ['phone'] });
  });

  it('reports an empty file', () => {
    expect(problemsOf('personas', null)[0]?.message).toBe('has no fields');
  });

  it('lists every problem of a file at once', () => {
    expect(problemsOf('pages', { persona: 'ouders' }).map((p) => p.field)).toEqual(['title', 'description', 'phase', 'cta']);
  });
});
