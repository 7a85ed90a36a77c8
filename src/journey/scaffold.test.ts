import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { SiteExamples } from './examples.ts';
import { contactYaml, downloadYaml, eventYaml, pageMdx, personaYaml, slugify, TODO } from './scaffold.ts';
import { contactSchema, downloadSchema, eventSchema, pageSchema, personaSchema } from './schemas.ts';

const SITE: SiteExamples = { page: '/school/kiezen/', persona: 'ouders', download: 'gids', phase: 'orientatie', image: '/images/school.jpg', document: '/gids.pdf' };

const frontmatterOf = (mdx: string): unknown => parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');

describe('scaffolds from the schemas', () => {
  it('writes a valid persona: every required field, each documented, the optional phases as a comment', () => {
    const text = personaYaml({ values: { name: 'Opa’s en oma’s' }, examples: { phases: ['orientatie', 'gedrag'] } });
    const data = personaSchema.parse(parse(text));
    expect(data).toEqual({ name: 'Opa’s en oma’s', summary: TODO, question: TODO, influences: [TODO], channels: [TODO], goal: TODO });
    for (const [key, field] of Object.entries(personaSchema.shape)) {
      expect(text, key).toContain(`# ${field.description}\n`);
    }
    expect(text).toContain('# phases:\n#   - orientatie\n#   - gedrag');
  });

  it('writes a valid download, with an enum’s first value and a pattern’s documented example as placeholders', () => {
    const text = downloadYaml({ values: { file: '/brochures/gids.pdf', format: 'PDF' } });
    expect(downloadSchema.parse(parse(text))).toMatchObject({ file: '/brochures/gids.pdf', gate: 'form', retention: 'P12M', title: TODO, purpose: TODO });
    // The optional form fields, commented, with their defaults.
    expect(text).toContain('# fields:\n#   required:\n#     - name\n#     - email');
  });

  it('writes an MDX page whose frontmatter is valid and whose body says what the phase needs', () => {
    const mdx = pageMdx(
      pageSchema,
      { values: { title: 'Open dagen: kijk', description: TODO, persona: 'ouders', phase: 'overweging', cta: { label: 'Aanmelden', href: '/aanmelden/' } }, notes: { cta: ['Leads on.'] }, site: SITE },
      'Fase Overweging: persuasief */ en instructief',
    );
    expect(pageSchema.parse(frontmatterOf(mdx))).toMatchObject({ title: 'Open dagen: kijk', cta: { label: 'Aanmelden', href: '/aanmelden/' } });
    expect(mdx).toContain('# Leads on.\ncta:');
    // The documentation's placeholders name the site's own examples, in the comment and as the example value.
    expect(mdx).toContain('# Optional social image, a path under `public/` like `/images/school.jpg`.\n# image: /images/school.jpg');
    expect(mdx).not.toMatch(/\{(page|persona|download|phase|image|document|slug)\}/);
    // The note cannot close the MDX comment early.
    expect(mdx).toContain('{/* Fase Overweging: persuasief * / en instructief */}');
  });

  it('makes file names from titles', () => {
    expect(slugify('Open dagen: kijk én vergelijk!')).toBe('open-dagen-kijk-en-vergelijk');
    expect(slugify('  ?? ')).toBe('');
  });
});

describe('scaffolds of the lead kinds', () => {
  it('writes a valid event: documented date-time examples in order, a positive capacity, every field documented', () => {
    const text = eventYaml({ values: { title: 'Informatieavond' }, site: SITE });
    expect(eventSchema.parse(parse(text))).toEqual({
      title: 'Informatieavond',
      description: TODO,
      start: '2027-01-20T19:00',
      end: '2027-01-20T20:30',
      location: TODO,
      capacity: 1,
      retention: 'P3M',
      purpose: TODO,
    });
    for (const [key, field] of Object.entries(eventSchema.shape)) expect(text, key).toContain(`# ${field.description}\n`);
    // Optional fields as commented examples that fit their rule.
    expect(text).toContain('# deadline: 2027-01-19T12:00\n');
  });

  it('writes a valid contact request when given channels that need no phone number, and documents the rest', () => {
    const text = contactYaml({ values: { channels: ['email'] }, site: SITE });
    expect(contactSchema.parse(parse(text))).toEqual({ title: TODO, description: TODO, purpose: TODO, channels: ['email'], retention: 'P3M', next: TODO });
    for (const [key, field] of Object.entries(contactSchema.shape)) expect(text, key).toContain(`# ${field.description}\n`);
    expect(text).toMatch(/^# dayParts:\n# {3}- morning/m);
  });
});
