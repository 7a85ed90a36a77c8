/**
 * A site's own page fields (`wegwijzerCollections({ pages: { extend } })`): one schema for the gate
 * (`wegwijzer check`), the build and `astro check`, and typed for the site's own code. That the
 * build refuses a wrong value is asked of its own setup hook (tests/support/setup-hook.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir } from './support/built.ts';
import { runBuildSetup } from './support/setup-hook.ts';
import { astroBuild, copyFixtureSite, run, wegwijzer, type TempSite } from './support/site.ts';

const PAGE = 'content/pages/bus/proefreis.mdx';
const EXTENDED_CONFIG = `import { z } from 'astro/zod';
import { wegwijzerCollections } from 'wegwijzer/content';

export const collections = wegwijzerCollections({
  pages: { extend: z.object({ budget: z.number().int().min(0).optional() }) },
});
`;
/** A page of the site itself that uses the field: \`astro check\` fails if it is not typed as a number. */
const BUDGET_PAGE = `---
import { getCollection } from 'astro:content';
const pages = await getCollection('pages');
const total: number = pages.reduce((sum, page) => sum + (page.data.budget ?? 0), 0);
---
<p id="total">Totaal: {total.toFixed(0)} euro</p>
`;

let site: TempSite;
beforeAll(() => {
  site = copyFixtureSite();
  site.edit(PAGE, 'phase: overweging\n', 'phase: overweging\nbudget: 1200\n');
});
afterAll(() => site?.dispose());

describe("a site's own page fields", () => {
  it('are refused by the gate while the content config does not declare them', async () => {
    const check = await wegwijzer(['check'], site.root);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`${PAGE}, line \\d+, column \\d+ › budget`));
  });

  it('pass the gate, astro check and the build once declared, and are typed for the site’s own pages', async () => {
    site.write('src/content.config.ts', EXTENDED_CONFIG);
    mkdirSync(join(site.root, 'src/pages'), { recursive: true });
    site.write('src/pages/begroting.astro', BUDGET_PAGE);
    const check = await wegwijzer(['check'], site.root);
    expect(check.code, check.output).toBe(0);
    const types = await run('npx', ['astro', 'check', '--root', site.root], site.root);
    expect(types.code, types.output).toBe(0);
    const build = await astroBuild(site.root);
    expect(build.code, build.output).toBe(0);
    expect(readFileSync(join(builtDir(site.root), 'begroting/index.html'), 'utf8')).toContain('Totaal: 1200 euro');
  });

  it('are validated by that schema in the gate and the build alike', async () => {
    site.edit(PAGE, 'budget: 1200', "budget: 'veel'");
    const check = await wegwijzer(['check'], site.root);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`${PAGE}, line \\d+, column \\d+ › budget\\n.*number`));
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toMatch(new RegExp(`${PAGE}, line \\d+, column \\d+ › budget`));
  });
});
