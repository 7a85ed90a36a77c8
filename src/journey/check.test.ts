import { describe, expect, it } from 'vitest';
import { checkJourneys } from './check.ts';
import { event, page, persona, validSite } from './fixtures.ts';
import type { ContentSnapshot, Problem } from './model.ts';

function withPages(site: ContentSnapshot, replace: (pages: ContentSnapshot['pages']) => ContentSnapshot['pages']): ContentSnapshot {
  return { ...site, pages: replace(site.pages) };
}

/** The valid site with the CTA of the page at content/pages/<path>.mdx leading to `href`. */
const withCta = (path: string, href: string) =>
  withPages(validSite(), (pages) => pages.map((p) => (p.file === `content/pages/${path}.mdx` ? page(path, 'ouders', p.data.phase, { label: 'x', href }) : p)));

function only(problems: Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('checkJourneys', () => {
  it('accepts a complete journey', () => {
    expect(checkJourneys(validSite())).toEqual([]);
  });

  describe('rule 1: every required phase has a page', () => {
    it('names persona and phase and suggests the file and frontmatter to create', () => {
      const site = withPages(validSite(), (pages) => pages.filter((p) => p.data.phase !== 'overweging'));
      // The orientatie page now links to a missing page too; look at the coverage problem only.
      const gap = checkJourneys(site).find((p) => p.file === 'content/personas/ouders.yaml');
      expect(gap?.message).toContain('`ouders`');
      expect(gap?.message).toContain('`overweging`');
      expect(gap?.fix).toContain('Create content/pages/school/overweging.mdx');
      expect(gap?.fix).toContain('persona: ouders\nphase: overweging');
      expect(gap?.fix).toContain('href: /school/aanmelden/');
    });

    it('suggests a folder named after the persona when it has no pages at all', () => {
      const site = { ...validSite(), personas: [persona('ouders'), persona('reizigers', { phases: ['gedrag'] })] };
      const gap = only(checkJourneys(site));
      expect(gap.file).toBe('content/personas/reizigers.yaml');
      expect(gap.fix).toContain('Create content/pages/reizigers/gedrag.mdx');
    });

    it('requires only the phases a persona lists', () => {
      const site = withPages({ ...validSite(), personas: [persona('ouders', { phases: ['orientatie', 'overweging', 'beslissing'] })] }, (pages) =>
        pages.filter((p) => p.data.phase !== 'gedrag'),
      );
      expect(checkJourneys(site)).toEqual([]);
    });

    it('reports an unknown phase in a persona with a suggestion', () => {
      const site = { ...validSite(), personas: [persona('ouders', { phases: ['orientatie', 'overwegin'] })] };
      const problem = checkJourneys(site).find((p) => p.field === 'phases' && p.message.includes('unknown'));
      expect(problem?.message).toBe('unknown phase `overwegin`');
      expect(problem?.fix).toContain('Did you mean `overweging`?');
    });
  });

  describe('rule 2: references to personas, phases and downloads exist', () => {
    it('suggests the closest persona and lists the known ones', () => {
      const site = withPages(validSite(), (pages) => [
        ...pages,
        page('school/extra', 'oudrs', 'gedrag', { label: 'x', href: '/' }),
      ]);
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ file: 'content/pages/school/extra.mdx', field: 'persona', message: 'unknown persona `oudrs`' });
      expect(problem.fix).toContain('Did you mean `ouders`? Known personas: ouders.');
    });

    it('checks every persona of a page with several personas', () => {
      const site = withPages(validSite(), (pages) => [...pages, page('school/extra', ['ouders', 'opa'], 'gedrag', { label: 'x', href: '/' })]);
      expect(only(checkJourneys(site)).message).toBe('unknown persona `opa`');
    });

    it('reports an unknown phase', () => {
      const site = withPages(validSite(), (pages) => [...pages, page('school/extra', 'ouders', 'gedrg', { label: 'x', href: '/' })]);
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ field: 'phase', message: 'unknown phase `gedrg`' });
      expect(problem.fix).toMatch(/^Did you mean `gedrag`\? Known phases: orientatie, overweging, beslissing, gedrag\./);
    });

    it('reports an unknown download', () => {
      const site = withPages(validSite(), (pages) => pages.map((p) => (p.data.phase === 'beslissing' ? page('school/aanmelden', 'ouders', 'beslissing', { label: 'x', download: 'gid' }) : p)));
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ file: 'content/pages/school/aanmelden.mdx', field: 'cta.download', message: 'unknown download `gid`' });
      expect(problem.fix).toContain('Did you mean `gids`?');
    });

    it('reports an unknown event in the CTA and in a SignUp, with the closest id', () => {
      const withEvent = (cta: Parameters<typeof page>[3]) => ({
        ...withPages(validSite(), (pages) => pages.map((p) => (p.data.phase === 'overweging' ? page('school/bezoeken', 'ouders', 'overweging', cta) : p))),
        events: [event('informatieavond')],
      });
      const problem = only(checkJourneys(withEvent({ label: 'Aanmelden', event: 'informatie-avond' })));
      expect(problem).toMatchObject({ file: 'content/pages/school/bezoeken.mdx', field: 'cta.event', message: 'unknown event `informatie-avond`' });
      expect(problem.fix).toBe('Did you mean `informatieavond`? Known events: informatieavond. An event is a file content/events/<id>.yaml.');
      // A known event is a next step of its own: no dead end.
      expect(checkJourneys(withEvent({ label: 'Aanmelden', event: 'informatieavond' }))).toEqual([]);
    });

    it('gives no suggestion when nothing is close', () => {
      const site = withPages(validSite(), (pages) => [...pages, page('school/extra', 'zzzzzzzz', 'gedrag', { label: 'x', href: '/' })]);
      expect(only(checkJourneys(site)).fix).not.toContain('Did you mean');
    });
  });

  describe('rule 3: cta.href site paths resolve', () => {
    const linkFrom = (href: string) =>
      withPages(validSite(), (pages) => [...pages, page('school/extra', 'ouders', 'gedrag', { label: 'x', href })]);

    it('reports a path that matches nothing, with the closest page', () => {
      const problem = only(checkJourneys(linkFrom('/school/aanmeldn/')));
      expect(problem).toMatchObject({ file: 'content/pages/school/extra.mdx', field: 'cta.href' });
      expect(problem.message).toBe('`/school/aanmeldn/` matches no page, route or file of this site');
      expect(problem.fix).toContain('Did you mean `/school/aanmelden/`?');
    });

    it.each(['/school/aanmelden/', '/school/aanmelden', '/school/aanmelden/#stap-2', '/?utm_source=x', '/brochures/gids.pdf', 'https://example.org/x'])(
      'accepts %s',
      (href) => {
        expect(checkJourneys(linkFrom(href))).toEqual([]);
      },
    );

    it('reports a missing file under public/', () => {
      const problem = only(checkJourneys(linkFrom('/brochures/weg.pdf')));
      expect(problem.fix).toContain('public/brochures/weg.pdf');
    });

    describe('a full URL on the site’s own host', () => {
      const onSite = (href: string) => ({ ...linkFrom(href), site: 'https://www.school.nl' });

      it('is checked like its path, with the closest page and the advice to write the path', () => {
        const problem = only(checkJourneys(onSite('https://www.school.nl/school/aanmeldn/')));
        expect(problem).toMatchObject({ file: 'content/pages/school/extra.mdx', field: 'cta.href' });
        expect(problem.message).toBe('`https://www.school.nl/school/aanmeldn/` matches no page, route or file of this site');
        expect(problem.fix).toContain('Did you mean `/school/aanmelden/`?');
        expect(problem.fix).toContain('Write a link to this site as its path, without `https://www.school.nl`');
      });

      it('reports a missing file on the site’s host', () => {
        expect(only(checkJourneys(onSite('https://www.school.nl/brochures/weg.pdf'))).fix).toContain('public/brochures/weg.pdf');
      });

      it.each(['https://www.school.nl/school/aanmelden/', 'https://WWW.school.nl/school/aanmelden', 'https://www.school.nl/?utm_source=x', 'https://school.nl/nergens/', 'https://www.school.nl:8443/nergens/'])('accepts %s', (href) => {
        expect(checkJourneys(onSite(href))).toEqual([]);
      });

      it('is left alone when the site URL is not known', () => {
        expect(checkJourneys(linkFrom('https://www.school.nl/nergens/'))).toEqual([]);
      });

      it('leads on in the journey like its path, and a wrong one is not also a dead end', () => {
        const site = { ...withCta('school/kiezen', 'https://www.school.nl/school/bezoeken/'), site: 'https://www.school.nl/' };
        expect(checkJourneys(site)).toEqual([]);
        const wrong = { ...withCta('school/kiezen', 'https://www.school.nl/school/bezoekn/'), site: 'https://www.school.nl/' };
        expect(only(checkJourneys(wrong)).field).toBe('cta.href');
      });
    });
  });

  describe('rule 4: download files exist', () => {
    it('names the download file and the expected path under public/', () => {
      const site = { ...validSite(), publicFiles: new Set<string>() };
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ file: 'content/downloads/gids.yaml', field: 'file', message: '`/brochures/gids.pdf` does not exist under public/' });
      expect(problem.fix).toContain('public/brochures/gids.pdf');
    });
  });

  describe('hand-off to another site (cta.handoff)', () => {
    const PORTAL = 'https://aanvragen.example.org/school/';
    /** The valid site with the page at content/pages/<path>.mdx handing off to `href`. */
    const handingOff = (path: string, href = PORTAL, site = validSite()) =>
      withPages(site, (pages) => pages.map((p) => (p.file === `content/pages/${path}.mdx` ? page(path, 'ouders', p.data.phase, { label: 'Vraag aan', href, handoff: true }) : p)));

    it('accepts a hand-off on a decision page with a page of the next phase', () => {
      expect(checkJourneys(handingOff('school/aanmelden'))).toEqual([]);
    });

    it('still reports a CTA that leaves the site before the last phase without `handoff` as a dead end', () => {
      const problem = only(checkJourneys(withCta('school/aanmelden', PORTAL)));
      expect(problem).toMatchObject({ file: 'content/pages/school/aanmelden.mdx', field: 'cta' });
      expect(problem.message).toBe(`dead end in the journey of \`ouders\`: the CTA leaves the site (${PORTAL}) before the last phase`);
    });

    it('refuses a hand-off in a phase that may not hand off, saying where it may', () => {
      const problem = only(checkJourneys(handingOff('school/bezoeken')));
      expect(problem).toMatchObject({ file: 'content/pages/school/bezoeken.mdx', field: 'cta.handoff' });
      expect(problem.message).toBe('hands off to another site in phase `overweging`, but only `beslissing` may hand off: the decision is taken on the other site');
      expect(problem.fix).toContain('Put the hand-off on a page of phase `beslissing`');
      expect(problem.fix).toContain('set `handoff: true` on that phase in the `phases` option');
    });

    it('accepts a hand-off in any phase the configured phases allow', () => {
      const site = { ...validSite(), phases: validSite().phases.map((phase) => (phase.id === 'overweging' ? { ...phase, handoff: true } : phase)) };
      expect(checkJourneys(handingOff('school/bezoeken', PORTAL, site))).toEqual([]);
    });

    it('refuses a hand-off without a next phase to come back to', () => {
      const site = withPages({ ...validSite(), personas: [persona('ouders', { phases: ['orientatie', 'overweging', 'beslissing'] })] }, (pages) => pages.filter((p) => p.data.phase !== 'gedrag'));
      const problem = only(checkJourneys(handingOff('school/aanmelden', PORTAL, site)));
      expect(problem).toMatchObject({ file: 'content/pages/school/aanmelden.mdx', field: 'cta.handoff' });
      expect(problem.message).toContain('the last phase of the journey of `ouders`');
      expect(problem.fix).toContain('Remove `handoff: true`');
      expect(problem.fix).toContain('content/personas/ouders.yaml');
    });

    it('requires the next phase’s page: its absence is the one gap problem', () => {
      const site = withPages(validSite(), (pages) => pages.filter((p) => p.data.phase !== 'gedrag'));
      const problem = only(checkJourneys(handingOff('school/aanmelden', PORTAL, site)));
      expect(problem).toMatchObject({ file: 'content/personas/ouders.yaml', field: 'phases' });
      expect(problem.message).toContain('has no page for phase `gedrag`');
    });

    it('refuses a hand-off to this site, by path or by a full URL on its own host, as one problem', () => {
      for (const href of ['/school/daarna/', '/bestaat-niet/', 'https://www.voorbeeldstad.nl/school/daarna/']) {
        const problem = only(checkJourneys({ ...handingOff('school/aanmelden', href), site: 'https://www.voorbeeldstad.nl' }));
        expect(problem).toMatchObject({ file: 'content/pages/school/aanmelden.mdx', field: 'cta.handoff' });
        expect(problem.message).toBe(`hands off to \`${href}\`, which is on this site: a hand-off sends the visitor to another site`);
        expect(problem.fix).toContain('Remove `handoff: true`');
      }
    });
  });

  describe('rule 5: no dead ends before the last phase', () => {
    it('reports a CTA that leaves the site before the last phase, and suggests a next step', () => {
      const problem = only(checkJourneys(withCta('school/kiezen', 'https://example.org/')));
      expect(problem).toMatchObject({ file: 'content/pages/school/kiezen.mdx', field: 'cta' });
      expect(problem.message).toContain('leaves the site');
      expect(problem.fix).toContain('/school/bezoeken/ (overweging)');
    });

    it('reports a CTA back to an earlier phase', () => {
      const problem = only(checkJourneys(withCta('school/bezoeken', '/school/kiezen/')));
      expect(problem.message).toBe('dead end in the journey of `ouders`: the CTA leads back to /school/kiezen/, a page of the earlier phase `orientatie`');
    });

    it('reports a CTA to a page that is not a journey page', () => {
      expect(only(checkJourneys(withCta('school/bezoeken', '/'))).message).toContain('not a journey page');
    });

    it('reports a CTA to the page itself', () => {
      expect(only(checkJourneys(withCta('school/bezoeken', '/school/bezoeken/'))).message).toContain('links back to this page itself');
    });

    it('reports a CTA to a page of another persona', () => {
      const site = withCta('school/kiezen', '/bus/start/');
      const withBus = {
        ...site,
        personas: [...site.personas, persona('reizigers', { phases: ['orientatie'] })],
        pages: [...site.pages, page('bus/start', 'reizigers', 'orientatie', { label: 'x', href: '/' })],
      };
      expect(only(checkJourneys(withBus)).message).toContain('a page that is not for `ouders`');
    });

    it('accepts a CTA to another page of the same phase, and anything on the last phase', () => {
      const site = withPages(withCta('school/kiezen', '/school/meer/'), (pages) => [
        ...pages,
        page('school/meer', 'ouders', 'orientatie', { label: 'x', href: '/school/bezoeken/' }),
      ]);
      expect(checkJourneys(site)).toEqual([]);
      expect(checkJourneys(withCta('school/daarna', 'https://example.org/'))).toEqual([]);
    });

    it('judges each persona of a shared page against its own journey', () => {
      const site = {
        ...validSite(),
        personas: [persona('ouders'), persona('grootouders', { phases: ['orientatie', 'overweging'] })],
        pages: [
          ...validSite().pages.map((p) => (p.file.endsWith('kiezen.mdx') ? { ...p, data: { ...p.data, persona: ['ouders', 'grootouders'] } } : p)),
          page('opa/bezoeken', 'grootouders', 'overweging', { label: 'x', href: '/' }),
        ],
      };
      const problem = only(checkJourneys(site));
      expect(problem.file).toBe('content/pages/school/kiezen.mdx');
      expect(problem.message).toContain('journey of `grootouders`');
    });

    it('reports a page whose phase is not part of its persona’s journey', () => {
      const site = withPages({ ...validSite(), personas: [persona('ouders', { phases: ['orientatie', 'overweging', 'beslissing'] })] }, (pages) => pages);
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ file: 'content/pages/school/daarna.mdx', field: 'phase' });
      expect(problem.fix).toContain('content/personas/ouders.yaml');
    });
  });

  describe('addresses', () => {
    it('reports two pages with the same URL', () => {
      const site = withPages(validSite(), (pages) => [...pages, page('andere', 'ouders', 'gedrag', { label: 'x', href: '/' }, { slug: 'school/daarna' })]);
      const problem = only(checkJourneys(site));
      expect(problem).toMatchObject({ file: 'content/pages/andere.mdx', field: 'slug' });
      expect(problem.message).toContain('content/pages/school/daarna.mdx');
    });

    it('reports a page that takes a generated route', () => {
      const site = withPages(validSite(), (pages) => [...pages, page('index', 'ouders', 'gedrag', { label: 'x', href: '/school/kiezen/' })]);
      expect(only(checkJourneys(site)).message).toContain('Wegwijzer already uses');
    });

    it('reports a missing image under public/', () => {
      const site = withPages(validSite(), (pages) => pages.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, image: '/img/weg.jpg' } } : p)));
      expect(only(checkJourneys(site))).toMatchObject({ field: 'image', message: '`/img/weg.jpg` does not exist under public/' });
    });
  });

  it('counts a page with frontmatter errors for coverage and links, so one mistake is one problem', () => {
    const valid = validSite();
    const broken = valid.pages[1]!;
    const site = {
      ...withPages(valid, (pages) => pages.filter((p) => p !== broken)),
      invalidPages: [{ file: broken.file, url: broken.url, personas: ['ouders'], phase: 'overweging' }],
    };
    expect(checkJourneys(site)).toEqual([]);
    expect(checkJourneys({ ...site, invalidPages: [] }).map((p) => p.field)).toEqual(['cta.href', 'phases']);
  });

  it('returns all problems at once, sorted by file', () => {
    const site = { ...validSite(), publicFiles: new Set<string>(), personas: [persona('ouders'), persona('reizigers', { phases: ['gedrag'] })] };
    const problems = checkJourneys(site);
    expect(problems.map((p) => p.file)).toEqual(['content/downloads/gids.yaml', 'content/personas/reizigers.yaml']);
  });
});

describe('one mistake, one problem', () => {
  const messages = (site: ContentSnapshot) => checkJourneys(site).map((p) => `${p.file} › ${p.field}: ${p.message}`);

  it('a misspelt persona does not also leave a gap or make the page before it a dead end', () => {
    const site = withPages(validSite(), (pages) => pages.map((p) => (p.data.phase === 'overweging' ? { ...p, data: { ...p.data, persona: 'oudrs' } } : p)));
    expect(messages(site)).toEqual(['content/pages/school/bezoeken.mdx › persona: unknown persona `oudrs`']);
  });

  it('a misspelt phase does not also leave a gap or make the page before it a dead end', () => {
    const site = withPages(validSite(), (pages) => pages.map((p) => (p.data.phase === 'overweging' ? { ...p, data: { ...p.data, phase: 'overwegng' } } : p)));
    expect(messages(site)).toEqual(['content/pages/school/bezoeken.mdx › phase: unknown phase `overwegng`']);
  });

  it('a page whose frontmatter cannot be read still exists for links and may fill any gap', () => {
    const site = withPages(validSite(), (pages) => pages.filter((p) => p.data.phase !== 'overweging'));
    expect(checkJourneys({ ...site, invalidPages: [{ file: 'content/pages/school/bezoeken.mdx', url: '/school/bezoeken/' }] })).toEqual([]);
  });

  it('an invalid persona or download file does not make every reference to it unknown', () => {
    const site = validSite();
    const withoutFiles = { ...site, personas: [], downloads: [], invalidPersonaIds: ['ouders'], invalidDownloadIds: ['gids'] };
    expect(checkJourneys(withoutFiles)).toEqual([]);
  });
});
