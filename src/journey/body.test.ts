import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../components/registry.ts';
import { readBody } from '../content/mdx-body.ts';
import { checkJourneys } from './check.ts';
import { sitePath } from './urls.ts';
import { event, validSite } from './fixtures.ts';
import type { ContentSnapshot } from './model.ts';

/** The valid site with `mdx` as the body of its first page (content/pages/school/kiezen.mdx, URL /school/kiezen/). */
function withBody(mdx: string): ContentSnapshot {
  const site = validSite();
  const reading = readBody(mdx);
  if (!reading.ok) throw new Error(reading.error.message);
  const [first, ...rest] = site.pages;
  return { ...site, components: MDX_COMPONENTS, pages: [{ ...first!, body: reading.body }, ...rest], publicFiles: new Set([...site.publicFiles, '/images/school.jpg']) };
}

const brief = (site: ContentSnapshot) => checkJourneys(site).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('body checks', () => {
  it('accepts links to pages, generated routes, files, anchors and other sites', () => {
    const mdx = [
      '[daarna](/school/daarna/) [home](/) [gids](/brochures/gids.pdf) [kop](#kop) [elders](https://example.org/x)',
      '[mail](mailto:a@b.nl) [terug](../bezoeken/) ![school](/images/school.jpg)',
      '',
      '<Cta href="/school/aanmelden/" label="Aanmelden" />',
      '',
      '<Download id="gids" />',
      '',
      '<Case title="t" name="n" image="/images/school.jpg" imageAlt="een school">Tekst</Case>',
    ].join('\n');
    expect(brief(withBody(mdx))).toEqual([]);
  });

  it('reports a SignUp naming no event, with the closest id', () => {
    const site = { ...withBody('<SignUp id="informatie-avond" />'), events: [event('informatieavond')] };
    const [problem] = checkJourneys(site);
    expect(`${problem?.line}:${problem?.column} ${problem?.message}`).toBe('1:9 `<SignUp id="informatie-avond">` names no event of this site');
    expect(problem?.fix).toBe('Did you mean `informatieavond`? Known events: informatieavond. An event is a file content/events/<id>.yaml.');
    expect(checkJourneys({ ...withBody('<SignUp id="informatieavond" />'), events: [event('informatieavond')] })).toEqual([]);
  });

  it('reports each wrong reference once, at its line and column, with a fix', () => {
    const mdx = [
      'Lees [dit](/school/aanmeldn/) en ![foto](/images/schol.jpg).',
      '',
      '<Cta label="x" href="/nergens/" />',
      '',
      '<Download id="gid" />',
      '',
      'Zie <a href="/school/bezoekn/">hier</a>.',
      '',
      '<Video id="aqz-KE-bpKQ" title="t" poster="https://example.org/p.png" />',
    ].join('\n');
    const problems = checkJourneys(withBody(mdx));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:6 link `/school/aanmeldn/` matches no page, route or file of this site',
      '1:34 image `/images/schol.jpg` does not exist under public/',
      '3:16 `<Cta href="/nergens/">` matches no page, route or file of this site',
      '5:11 `<Download id="gid">` names no download of this site',
      '7:8 `<a href="/school/bezoekn/">` matches no page, route or file of this site',
      '9:35 `<Video poster="https://example.org/p.png">` is not a path under public/',
    ]);
    expect(problems[0]?.fix).toBe(
      'Did you mean `/school/aanmelden/`? Link to an existing page (its URL is its path under content/pages/ without .mdx, e.g. /school/aanmelden/), or create the page.',
    );
    expect(problems[1]?.fix).toBe('Did you mean `/images/school.jpg`? Add the file public/images/schol.jpg, or correct the path.');
    expect(problems[3]?.fix).toBe('Did you mean `gids`? Known downloads: gids. A download is a file content/downloads/<id>.yaml.');
  });

  it('refuses an unknown component with the closest one, but not one the page imports itself', () => {
    expect(brief(withBody('<Calout>Let op</Calout>'))).toEqual(['1:1 unknown component `<Calout>`']);
    expect(checkJourneys(withBody('<Calout>Let op</Calout>'))[0]?.fix).toBe(
      'Did you mean `Callout`? Components you can use: Callout, Cards, Case, ContactRequest, Cta, CtaBanner, Download, Event, Faq, Features, Figure, Hero, Quote, SignUp, Stats, Steps, Video.',
    );
    expect(brief(withBody("import Kaart from '../kaart.astro';\n\n<Kaart />"))).toEqual([]);
  });

  it('checks the image of Hero, Figure and Case as a content image (or, with a leading /, a file under public/) and the links of Hero and CtaBanner as pages', () => {
    const mdx = [
      '<Hero title="Welkom" image="plein.jpg" imageAlt="Het plein" ctaLabel="Verder" ctaHref="/school/aanmelden/" />',
      '',
      '<Figure image="wijk/straat.png" alt="Een straat" />',
      '',
      '<Case title="t" name="n" image="/images/school.jpg" imageAlt="een school">Tekst</Case>',
      '',
      '<CtaBanner title="Doe mee" label="Meld u aan" href="#volgende-stap" />',
      '',
      '<Hero title="Fout" image="plien.jpg" imageAlt="Het plein" ctaLabel="Verder" ctaHref="/school/aanmeldn/" />',
      '',
      '<Figure image="/images/straat.png" alt="Een straat" />',
      '',
      '<Case title="t" name="n" image="../plein.jpg" imageAlt="een plein">Tekst</Case>',
      '',
      '<CtaBanner title="Doe mee" label="Meld u aan" href="/nergens/" />',
    ].join('\n');
    const site: ContentSnapshot = { ...withBody(mdx), images: new Set(['plein.jpg', 'wijk/straat.png']), imagesDir: 'content/images' };
    const problems = checkJourneys(site);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '9:20 `<Hero image="plien.jpg">` is not in content/images/',
      '9:77 `<Hero ctaHref="/school/aanmeldn/">` matches no page, route or file of this site',
      '11:9 `<Figure image="/images/straat.png">` does not exist under public/',
      '13:26 `<Case image="../plein.jpg">` is not the name of an image in content/images/',
      '15:47 `<CtaBanner href="/nergens/">` matches no page, route or file of this site',
    ]);
    expect(problems[0]?.fix).toBe('Did you mean `plein.jpg`? Put the image at content/images/plien.jpg, or correct the name (its path under content/images/).');
    expect(problems[3]?.fix).toContain('Name an image by its path under content/images/, like `plein.jpg`');
  });

  it('checks the references inside array props (`<Cards items={[{ href, image }]}>`) at their own line and column', () => {
    const mdx = [
      '<Cards items={[{ href: "/school/aanmelden/" }, { href: `../daarna/`, image: "plein.jpg", imageAlt: "Het plein" }, { href: "https://example.org/", title: "t", text: "t" }]} />',
      '',
      '- In een lijst:',
      '',
      '  <Cards',
      '    items={[',
      '      { href: "/school/aanmelden/" },',
      "      {  href: '/school/aanmeldn/', image: 'plien.jpg', imageAlt: 'Het plein' },",
      '    ]}',
      '  />',
    ].join('\n');
    const site: ContentSnapshot = { ...withBody(mdx), images: new Set(['plein.jpg']), imagesDir: 'content/images' };
    const problems = checkJourneys(site);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '8:10 `<Cards items[1].href="/school/aanmeldn/">` matches no page, route or file of this site',
      '8:37 `<Cards items[1].image="plien.jpg">` is not in content/images/',
    ]);
    expect(problems[0]?.fix).toBe(
      'Did you mean `/school/aanmelden/`? Link to an existing page (its URL is its path under content/pages/ without .mdx, e.g. /school/aanmelden/), or create the page.',
    );
    expect(problems[1]?.fix).toBe('Did you mean `plein.jpg`? Put the image at content/images/plien.jpg, or correct the name (its path under content/images/).');
  });

  it('refuses a computed value where a reference must be checked, once per value, asking for the value written out', () => {
    const mdx = [
      '<Cards items={list} />',
      '',
      "<Cards items={[{ href: base + 'x/' }, { href: `/school/${id}/` }, { href: '/school/aanmelden/', ...extra }, { ...extra, href: '/school/aanmelden/' }]} />",
      '',
      '<Cta href={page.url} label="x" />',
      '',
      '<Cta label="x" {...link} />',
      '',
      '<Download id={"gids"} />',
    ].join('\n');
    const site: ContentSnapshot = { ...withBody(mdx), images: new Set(['plein.jpg']), imagesDir: 'content/images' };
    const problems = checkJourneys(site);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:8 `<Cards items>` is computed (`list`), so the check cannot see which page or image it names',
      '3:18 `<Cards items[0].href>` is computed (`base + \'x/\'`), so the check cannot see which page it names',
      '3:41 `<Cards items[1].href>` is computed (`` `/school/${id}/` ``), so the check cannot see which page it names',
      // A spread after `href` may set it (and an image); one before it may still set the image.
      '3:100 `<Cards items[2].href>` is computed (`extra`), so the check cannot see which page or image it names',
      '3:114 `<Cards items[3].image>` is computed (`extra`), so the check cannot see which image it names',
      '5:6 `<Cta href>` is computed (`page.url`), so the check cannot see which page it names',
      '7:1 `<Cta {...link}>` is computed (`link`), so the check cannot see which page it names',
    ]);
    expect(problems[0]?.fix).toBe(
      "Write the value out, in quotes: items={[{ href: '/school/aanmelden/' }]}, items={[{ image: 'plein.jpg' }]}. No variables, calculations or `${…}` in a value that names a page, a download, a file or an image. (A value that must be computed belongs in a component the page imports itself.)",
    );
    expect(problems[5]?.fix).toMatch(/^Write the value out, in quotes: href="\/school\/aanmelden\/"\./);
  });

  it('refuses a computed value in a prop the build reads from the MDX source (an Event’s calendar file)', () => {
    const mdx = '<Event title="Open avond" start={dag + "T19:00"} location={`De Regenboog`} {...rest}>Tekst</Event>';
    const problems = checkJourneys(withBody(mdx));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 `<Event {...rest}>` is computed (`rest`), but the build reads it from the page\'s MDX',
      '1:27 `<Event start>` is computed (`dag + "T19:00"`), but the build reads it from the page\'s MDX',
    ]);
    expect(problems[1]?.fix).toBe('Write the value out as text, in quotes: start="…". The build reads it from the MDX itself, where a variable or calculation has no value yet.');
  });

  it('checks the body of content/home.mdx like a page’s', () => {
    const reading = readBody('<CtaBanner title="Doe mee" label="Kijk" href="/school/aanmeldn/" />\n\n<Hero title="Welkom" image="plien.jpg" imageAlt="Het plein" />');
    if (!reading.ok) throw new Error(reading.error.message);
    const site: ContentSnapshot = {
      ...withBody(''),
      images: new Set(['plein.jpg']),
      home: { file: 'content/home.mdx', data: { title: 'Welkom', description: 'Over ons.', lead: 'Kies wat bij u past.' }, body: reading.body },
    };
    expect(checkJourneys(site).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/home.mdx:1 `<CtaBanner href="/school/aanmeldn/">` matches no page, route or file of this site',
      'content/home.mdx:3 `<Hero image="plien.jpg">` is not in content/images/',
    ]);
  });

  it('resolves relative links against the page URL and leaves other sites alone', () => {
    expect(sitePath('../daarna/', '/school/kiezen/')).toBe('/school/daarna/');
    expect(sitePath('bezoeken/', '/school/')).toBe('/school/bezoeken/');
    expect(sitePath('//cdn.example.org/x.js', '/')).toBeUndefined();
    expect(sitePath('tel:+31201234567', '/')).toBeUndefined();
    expect(sitePath('#vragen', '/')).toBeUndefined();
  });

  it('reads a full URL on the site’s own host as its path, and one on another host as leaving the site', () => {
    expect(sitePath('https://www.school.nl/school/daarna/#kop', '/school/kiezen/', 'https://www.school.nl')).toBe('/school/daarna/#kop');
    expect(sitePath('http://www.school.nl/school/', '/', 'https://www.school.nl/')).toBe('/school/');
    expect(sitePath('https://www.school.nl/school/', '/', undefined)).toBeUndefined();
    expect(sitePath('https://cdn.school.nl/school/', '/', 'https://www.school.nl')).toBeUndefined();
    expect(sitePath('mailto:info@www.school.nl', '/', 'https://www.school.nl')).toBeUndefined();
  });

  it('checks a full URL on the site’s own host in a Markdown link, an <a> and a component like its path', () => {
    const mdx = [
      '[daarna](https://www.school.nl/school/daarna/) [mis](https://www.school.nl/school/aanmeldn/) [elders](https://www.example.org/school/aanmeldn/)',
      '',
      '<a href="https://www.school.nl/nergens/">x</a>',
      '',
      '<Cards items={[{ title: "t", text: "t", href: "https://www.school.nl/school/bezoekn/" }]} />',
    ].join('\n');
    const problems = checkJourneys({ ...withBody(mdx), site: 'https://www.school.nl' });
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:48 link `https://www.school.nl/school/aanmeldn/` matches no page, route or file of this site',
      '3:4 `<a href="https://www.school.nl/nergens/">` matches no page, route or file of this site',
      '5:41 `<Cards items[0].href="https://www.school.nl/school/bezoekn/">` matches no page, route or file of this site',
    ]);
    expect(problems[0]?.fix).toMatch(/^Did you mean `\/school\/aanmelden\/`\?.*Write a link to this site as its path, without `https:\/\/www\.school\.nl`/);
    expect(problems[2]?.fix).toContain('Did you mean `/school/bezoeken/`?');
  });
});

describe('reading MDX', () => {
  it('reports a syntax error at the parser’s line and column, with a plain fix', () => {
    const reading = readBody('Tekst.\n\n<Callout title="Let op">\n\nMeld op tijd aan.\n');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error).toEqual({
      line: 3,
      column: 1,
      message: 'MDX syntax error: Expected a closing tag for `<Callout>`',
      fix: 'Close the tag with `</Callout>` after its content, or write `<Callout … />` when it has none. Leave an empty line between the tags and Markdown inside them.',
    });
  });

  it('names the opening tag of a closing tag that does not match', () => {
    const reading = readBody('<Steps>\n\n1. Een\n\n</Step>\n');
    expect(!reading.ok && reading.error.message).toBe('MDX syntax error: Unexpected closing tag `</Step>`, expected corresponding closing tag for `<Steps>` (opened at line 1, column 1)');
  });

  it('keeps headings, code, props and URLs out of the prose', () => {
    const reading = readBody(
      '# Een kop die geen proza is\n\nGewone tekst met `code` en een [link](/heel/lange/url/).\n\n```\nconst code = 1;\n```\n\n<Faq items={[{ question: "Vraag?", answer: "Antwoord." }]} />\n\n<Callout title="Titel">\n\nTekst in een callout.\n\n</Callout>\n',
    );
    expect(reading.ok && reading.body.prose.map((block) => block.text)).toEqual(['Gewone tekst met   en een link.', 'Tekst in een callout.']);
  });
});
