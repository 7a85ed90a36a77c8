/**
 * The journey gate of the build: the example site, broken in each way the gate knows, must stop
 * the build with a message naming the file and the fix. The build's own setup hook runs in-process
 * on each broken copy (tests/support/setup-hook.ts); that a real `astro build` stops with the same
 * report, and writes nothing, is proven end to end in tests/gate-bodies.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtFixture } from './support/built.ts';
import { runBuildSetup } from './support/setup-hook.ts';
import { copyFixtureSite, expectContentStop, wegwijzer, type TempSite } from './support/site.ts';

let site: TempSite | undefined;
afterEach(() => site?.dispose());

async function expectBuildToFail(break_: (site: TempSite) => void, expected: string[]) {
  site = copyFixtureSite();
  break_(site);
  const result = await runBuildSetup(site.root);
  expect(result.ok, result.output).toBe(false);
  for (const text of expected) expect(result.output).toContain(text);
  expectContentStop(result.output);
  return result.output;
}

describe('astro build with the journey gate', () => {
  it('builds the unbroken example site', () => {
    // The global setup's build of the fixture, shared by every test that reads it.
    const built = builtFixture();
    expect(built.build.output).toContain('journey check passed');
    expect(built.build.output, 'a clean build prints no warnings').not.toContain('[WARN]');
    const html = built.read('basisschool/open-dagen/index.html');
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Open dagen van de basisscholen');
    expect(html).toContain('href="/basisschool/aanmelden/"');
  });

  it('fails when a persona misses a phase, suggesting the page to create', async () => {
    const output = await expectBuildToFail((s) => s.remove('content/pages/bus/proefreis.mdx'), [
      'content/personas/reizigers.yaml',
      'journey of persona `reizigers` has no page for phase `overweging`',
      'Create content/pages/bus/overweging.mdx with this frontmatter',
      'phase: overweging',
    ]);
    // The orientatie page linked to the removed page: reported in the same run.
    expect(output).toContain('content/pages/bus/index.mdx, line 8, column 3 › cta.href');
  });

  it('fails on an unknown persona, phase or download with a suggestion', async () => {
    await expectBuildToFail(
      (s) => {
        s.edit('content/pages/basisschool/kiezen.mdx', 'persona: ouders', 'persona: oudrs');
        s.edit('content/pages/bus/onderweg.mdx', 'phase: gedrag', 'phase: gedrg');
        s.edit('content/pages/bus/reisplanner.mdx', 'download: busplanner', 'download: busplaner');
      },
      [
        'content/pages/basisschool/kiezen.mdx, line 4, column 1 › persona',
        'Did you mean `ouders`? Known personas: buurtbewoners, ouders, reizigers.',
        'content/pages/bus/onderweg.mdx, line 5, column 1 › phase',
        'Did you mean `gedrag`?',
        'content/pages/bus/reisplanner.mdx, line 8, column 3 › cta.download',
        'Did you mean `busplanner`?',
      ],
    );
  });

  it('fails on a cta.href that matches no page', async () => {
    await expectBuildToFail((s) => s.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplanner/', 'href: /bus/reisplaner/'), [
      'content/pages/bus/proefreis.mdx, line 9, column 3 › cta.href',
      '`/bus/reisplaner/` matches no page, route or file of this site',
      'Did you mean `/bus/reisplanner/`?',
    ]);
  });

  it('fails when a download’s file is missing under public/', async () => {
    await expectBuildToFail((s) => s.remove('public/brochures/busplanner.pdf'), [
      'content/downloads/busplanner.yaml, line 3, column 1 › file',
      '`/brochures/busplanner.pdf` does not exist under public/',
      'Put the document at public/brochures/busplanner.pdf',
    ]);
  });

  it('fails on a dead end before the last phase', async () => {
    await expectBuildToFail(
      (s) => s.edit('content/pages/veilige-buurt/ervaringen.mdx', 'href: /veilige-buurt/app-installeren/', 'href: /veilige-buurt/samen-veilig/'),
      [
        'content/pages/veilige-buurt/ervaringen.mdx, line 6, column 1 › cta',
        'dead end in the journey of `buurtbewoners`: the CTA leads back to /veilige-buurt/samen-veilig/, a page of the earlier phase `orientatie`',
        'Point `cta.href` to a page of `buurtbewoners` in phase `overweging` or later, e.g.',
        '/veilige-buurt/app-installeren/ (beslissing)',
      ],
    );
  });

  it('follows the phases configured in the options', async () => {
    const output = await expectBuildToFail(
      (s) =>
        s.edit(
          'astro.config.mjs',
          "theme: './theme.css',",
          `theme: './theme.css',
      phases: [
        { id: 'orientatie', label: 'Oriëntatie', need: 'informatief' },
        { id: 'overweging', label: 'Overweging', need: 'persuasief en instructief' },
        { id: 'beslissing', label: 'Beslissing', need: 'uitnodigen tot actie', handoff: true },
        { id: 'gedrag', label: 'Gedrag', need: 'de gewenste actie en daarna' },
        { id: 'evaluatie', label: 'Evaluatie', need: 'terugblikken' },
      ],`,
        ),
      ['Journey check: 5 problems in 5 files', 'has no page for phase `evaluatie` (Evaluatie — terugblikken)', 'Create content/pages/bus/evaluatie.mdx'],
    );
    // buurtbewoners lists its phases, so its journey still ends at `gedrag`.
    expect(output).not.toContain('content/personas/buurtbewoners.yaml');
    // For the others `gedrag` is no longer the last phase: its pages must now lead on.
    expect(output).toContain('content/pages/bus/onderweg.mdx, line 7, column 1 › cta');
    expect(output).toContain('leaves the site (https://reisinfo.voorbeeldstad.nl/vertrektijden/) before the last phase');
  });

  it('fails on a frontmatter error, naming file and field', async () => {
    await expectBuildToFail((s) => s.edit('content/pages/bus/index.mdx', 'title:', 'titel:'), [
      'Journey check: 2 problems in 1 file',
      'content/pages/bus/index.mdx, line 2, column 1 › titel',
      'unknown field `titel`',
      'Did you mean `title`?',
      'content/pages/bus/index.mdx › title',
      'is required but missing',
    ]);
  });
});

describe('npm run check', () => {
  it('prints the matrix and its timing, and exits 0 on the example', async () => {
    site = copyFixtureSite();
    const result = await wegwijzer(['check'], site.root);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/persona\s+orientatie\s+overweging\s+beslissing\s+gedrag/);
    // The fixture's ouders have a thank-you page and a page shared with buurtbewoners in `gedrag`.
    expect(result.stdout).toMatch(/ouders\s+1\s+1\s+1\s+2/);
    // …and reizigers a second decision page, /bus/tickets/, that hands off to the carrier's web shop.
    expect(result.stdout).toMatch(/reizigers\s+1\s+1\s+2\s+1/);
    expect(result.stdout).toContain('Hand-offs to other sites: 1\n  /bus/tickets/ (beslissing) → webwinkel.busvervoerder.example  via /_wegwijzer/naar/bus/tickets/');
    expect(result.stdout).toContain('Journey check: no problems.');
    expect(result.stdout).toMatch(/Checked 14 pages, 3 personas and 3 downloads: journey checks [\d.]+ ms/);
  });

  it('exits 1 and reports gaps in the matrix and as JSON', async () => {
    site = copyFixtureSite();
    site.remove('content/pages/veilige-buurt/buurtgroep.mdx');
    site.edit('content/pages/basisschool/na-aanmelden.mdx', 'persona: [ouders, buurtbewoners]', 'persona: ouders');
    const text = await wegwijzer(['check'], site.root);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/buurtbewoners\s+1\s+1\s+1\s+✗ 0/);
    const json = await wegwijzer(['check', '--json'], site.root);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; problems: { file: string; message: string }[]; matrix: { rows: { persona: string; cells: { pages: number }[] }[] } };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ file: 'content/personas/buurtbewoners.yaml' })]);
    expect(report.matrix.rows.find((row) => row.persona === 'buurtbewoners')?.cells.map((c) => c.pages)).toEqual([1, 1, 1, 0]);
  });

  it('writes a JSON report larger than the pipe buffer in full', async () => {
    site = copyFixtureSite();
    for (let i = 0; i < 600; i++) {
      site.write(
        `content/pages/bus/extra-${i}.mdx`,
        `---\ntitle: Extra ${i}\ndescription: Extra pagina ${i}\npersona: reizigrs\nphase: gedrag\ncta:\n  label: Home\n  href: /\n---\n`,
      );
    }
    const json = await wegwijzer(['check', '--json'], site.root);
    expect(json.stdout.length).toBeGreaterThan(65_536);
    const report = JSON.parse(json.stdout) as { problems: unknown[] };
    expect(report.problems).toHaveLength(600);
    expect(json.code).toBe(1);
  });

  it('refuses unknown flags with usage and exit 2', async () => {
    site = copyFixtureSite();
    const result = await wegwijzer(['check', '--jsn'], site.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: wegwijzer check');
  });
});
