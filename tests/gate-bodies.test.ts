/**
 * The gate reads the whole page: links and components in MDX bodies, MDX syntax errors, and one
 * problem per mistake. Each scenario breaks a copy of the example and runs the real
 * `wegwijzer check` and the build's setup hook (tests/support/setup-hook.ts), which must agree on
 * every problem: its count, file, line, column and wording. The first scenario also runs the real
 * `astro build`: the suite's one end-to-end proof that a build stops with exactly the gate's report,
 * says it is no crash, prints no stack trace and writes no output.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem as CheckedProblem } from '../src/journey/model.ts';
import { runBuildSetup } from './support/setup-hook.ts';
import { astroBuild, copyFixtureSite, expectContentStop, wegwijzer, type TempSite } from './support/site.ts';

let site: TempSite | undefined;
afterEach(() => site?.dispose());

/** `file:line:column › field: message`, the parts a test pins down. */
const brief = (problem: CheckedProblem) =>
  `${problem.file}:${problem.line ?? '-'}:${problem.column ?? '-'}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;

/** As the report prints the place: `file, line 8, column 3 › field`. */
const place = (problem: CheckedProblem) =>
  `${problem.file}${problem.line === undefined ? '' : `, line ${problem.line}, column ${problem.column}`}${problem.field ? ` › ${problem.field}` : ''}`;

/** The stop's report must list exactly `problems`, each at its place, and say it is no crash. */
function expectReport(output: string, problems: CheckedProblem[]): void {
  const files = new Set(problems.map((problem) => problem.file)).size;
  expect(output).toContain(`Journey check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  for (const problem of problems) expect(output).toContain(`✗ ${place(problem)}\n  ${problem.message}`);
  expectContentStop(output);
}

/**
 * Runs check (JSON) and the build's setup hook on the site, and with `build` the real `astro build`;
 * all must stop with exactly `expected`. Returns the problems.
 */
async function expectStop(broken: TempSite, expected: string[], { build = false } = {}): Promise<CheckedProblem[]> {
  const check = await wegwijzer(['check', '--json'], broken.root);
  expect(check.code, check.output).toBe(1);
  const problems = (JSON.parse(check.stdout) as { problems: CheckedProblem[] }).problems;
  expect(problems.map(brief)).toEqual(expected);

  const setup = await runBuildSetup(broken.root);
  expect(setup.ok, setup.output).toBe(false);
  expectReport(setup.output, problems);
  if (!build) return problems;

  const built = await astroBuild(broken.root);
  expect(built.code, built.output).not.toBe(0);
  expectReport(built.output, problems);
  expect(built.output).not.toContain('Stack trace');
  expect(existsSync(join(broken.root, 'dist')), 'a stopped build writes no output').toBe(false);
  return problems;
}

const QUESTIONS_PAGE = `---
title: Vragen over de bus
description: Antwoorden op vragen die reizigers vaak stellen over de bus.
persona: reizigers
phase: gedrag
cta:
  label: Terug naar de start
  href: /
---

Meld u eerst [aan](/basisschool/aanmelden-nu/) of lees de [busplanner](/brochures/busplanner.pdf).

![Kaart van de lijnen](/images/lijnenkaart.png)

<Cta href="/nergens/" label="Naar nergens" />

<Download id="onbekend" />

<Video id="aqz-KE-bpKQ" title="De bus" poster="/images/bus-video.png" />

<Case title="Peter" name="Peter" image="/images/peter.jpg" imageAlt="Peter bij de halte">
  Ik reis weer met de bus. Lees [de tips](../onderweg/) en de [privacyverklaring](/privacy/).
</Case>

Zie ook <a href="/bus/reisplaner/">de reisplanner</a>.

<img src="/images/halte.png" alt="De halte" />

<Cards items={[{ href: '/bus/reisplanner/' }, { href: '/bus/reisplaner/', image: 'reizigers.jpg', imageAlt: 'Een halte' }]} />

<Cta label="Verder" href={volgende.url} />
`;

describe('links and components in MDX bodies', () => {
  it('reports every reference that resolves nowhere, once, at its line and column, with a fix from this site', async () => {
    site = copyFixtureSite();
    site.write('content/pages/bus/vragen.mdx', QUESTIONS_PAGE);
    const file = 'content/pages/bus/vragen.mdx';
    const problems = await expectStop(site, [
      `${file}:11:14: link \`/basisschool/aanmelden-nu/\` matches no page, route or file of this site`,
      `${file}:13:1: image \`/images/lijnenkaart.png\` does not exist under public/`,
      `${file}:15:6: \`<Cta href="/nergens/">\` matches no page, route or file of this site`,
      `${file}:17:11: \`<Download id="onbekend">\` names no download of this site`,
      `${file}:19:40: \`<Video poster="/images/bus-video.png">\` does not exist under public/`,
      `${file}:21:34: \`<Case image="/images/peter.jpg">\` does not exist under public/`,
      `${file}:25:12: \`<a href="/bus/reisplaner/">\` matches no page, route or file of this site`,
      `${file}:27:6: \`<img src="/images/halte.png">\` does not exist under public/`,
      `${file}:29:49: \`<Cards items[1].href="/bus/reisplaner/">\` matches no page, route or file of this site`,
      `${file}:31:21: \`<Cta href>\` is computed (\`volgende.url\`), so the check cannot see which page it names`,
    ], { build: true });
    // Hints take their examples from this site's own pages and ids.
    expect(problems[0]?.fix).toBe(
      'Did you mean `/basisschool/aanmelden/`? Link to an existing page (its URL is its path under content/pages/ without .mdx, e.g. /basisschool/aanmelden/), or create the page.',
    );
    expect(problems[3]?.fix).toBe('Known downloads: busplanner, schoolgids, veiligebuurt-handleiding. A download is a file content/downloads/<id>.yaml.');
    // The nearest file with the same extension under public/ is offered.
    expect(problems[4]?.fix).toBe('Did you mean `/images/veiligebuurt-video.png`? Add the file public/images/bus-video.png, or correct the path.');
    expect(problems[6]?.fix).toContain('Did you mean `/bus/reisplanner/`?');
    expect(problems.map((problem) => problem.fix).join('\n')).not.toContain('/bus/terug/');
    // A link inside an array prop gets the same hint as a string prop.
    expect(problems[8]?.fix).toBe(problems[6]?.fix);
    expect(problems[9]?.fix).toMatch(/^Write the value out, in quotes: href="\/[^"]+\/"\. No variables/);
  });

  it('reports an MDX syntax error and an unknown component before the build compiles a page', async () => {
    site = copyFixtureSite();
    site.edit('content/pages/basisschool/kiezen.mdx', '</Callout>', '');
    site.edit('content/pages/bus/proefreis.mdx', /Quote/g, 'Qoute');
    const problems = await expectStop(site, [
      'content/pages/basisschool/kiezen.mdx:28:1: MDX syntax error: Expected a closing tag for `<Callout>`',
      'content/pages/bus/proefreis.mdx:14:1: unknown component `<Qoute>`',
    ]);
    expect(problems[0]?.fix).toBe(
      'Close the tag with `</Callout>` after its content, or write `<Callout … />` when it has none. Leave an empty line between the tags and Markdown inside them.',
    );
    expect(problems[1]?.fix).toBe('Did you mean `Quote`? Components you can use: Callout, Cards, Case, ContactRequest, Cta, CtaBanner, Download, Event, Faq, Features, Figure, Hero, Quote, SignUp, Stats, Steps, Video.');
  });
});

describe('links written as full URLs on the site’s own host', () => {
  it('are checked like their paths by `wegwijzer check` and the build, with the path to write', async () => {
    site = copyFixtureSite();
    // The fixture's `site` is https://www.voorbeeldstad.nl; another host of the same domain is another site.
    site.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplanner/', 'href: https://www.voorbeeldstad.nl/bus/reisplaner/');
    site.edit('content/pages/bus/proefreis.mdx', 'Twijfelt u?', 'Twijfelt u? Lees [de start](https://www.voorbeeldstad.nl/bus/) en [de vertrektijden](https://reisinfo.voorbeeldstad.nl/nergens/).');
    const problems = await expectStop(site, ['content/pages/bus/proefreis.mdx:9:3 › cta.href: `https://www.voorbeeldstad.nl/bus/reisplaner/` matches no page, route or file of this site']);
    expect(problems[0]?.fix).toContain('Did you mean `/bus/reisplanner/`?');
    expect(problems[0]?.fix).toContain('Write a link to this site as its path, without `https://www.voorbeeldstad.nl`');
  });
});

describe('one mistake, one problem', () => {
  it('a misspelt persona or phase and a frontmatter YAML error each give one problem, and fixing them reveals nothing', async () => {
    site = copyFixtureSite();
    // Before: also "no page for phase overweging" for reizigers, and bus/index.mdx a dead end.
    site.edit('content/pages/bus/proefreis.mdx', 'persona: reizigers', 'persona: reizigrs');
    // Before: also kiezen.mdx's CTA "matches no page", and "no page for phase overweging" for ouders.
    site.edit('content/pages/basisschool/open-dagen.mdx', '  href: /basisschool/aanmelden/', '   href: /basisschool/aanmelden/');
    // Before: also a gap for buurtbewoners in overweging, and samen-veilig.mdx a dead end.
    site.edit('content/pages/veilige-buurt/ervaringen.mdx', 'phase: overweging', 'phase: overwegng');
    const problems = await expectStop(site, [
      'content/pages/basisschool/open-dagen.mdx:8:8: has frontmatter that is not valid YAML: bad indentation of a mapping entry',
      'content/pages/bus/proefreis.mdx:4:1 › persona: unknown persona `reizigrs`',
      'content/pages/veilige-buurt/ervaringen.mdx:5:1 › phase: unknown phase `overwegng`',
    ]);
    expect(problems[1]?.fix).toContain('Did you mean `reizigers`?');
    expect(problems[2]?.fix).toContain('Did you mean `overweging`?');

    site.edit('content/pages/bus/proefreis.mdx', 'persona: reizigrs', 'persona: reizigers');
    site.edit('content/pages/basisschool/open-dagen.mdx', '   href: /basisschool/aanmelden/', '  href: /basisschool/aanmelden/');
    site.edit('content/pages/veilige-buurt/ervaringen.mdx', 'phase: overwegng', 'phase: overweging');
    const fixed = await wegwijzer(['check'], site.root);
    expect(fixed.code, fixed.output).toBe(0);
    expect(fixed.stdout).toContain('Journey check: no problems.');
  });

  it('an invalid persona or download file gives one problem, not one per page that names it', async () => {
    site = copyFixtureSite();
    // Before: "unknown persona `buurtbewoners`" on each of its four pages.
    site.edit('content/personas/buurtbewoners.yaml', /^goal:.*$/m, '');
    // Before: also "unknown download `busplanner`" on reisplanner.mdx.
    site.edit('content/downloads/busplanner.yaml', 'gate: none', 'gate: open');
    await expectStop(site, [
      'content/downloads/busplanner.yaml:5:1 › gate: must be one of `form`, `none`, but is `open`',
      'content/personas/buurtbewoners.yaml:-:- › goal: is required but missing',
    ]);
  });
});
