/**
 * Vitest global setup: compiles the package's lib/ for the temp sites' copies of the package, then
 * builds the fixture site once per test run, before any test file starts. Variants of the fixture
 * (another provider, the journey map) are built once per run too, by the first test that asks for
 * one (tests/support/built.ts `sharedBuild()`).
 * Test files that read the built site or serve it take this one build (tests/support/built.ts
 * `builtFixture()`, tests/support/server.ts `serveExampleSite()`) instead of building it again.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, compileLib, copyFixtureSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root of a temp copy of tests/fixtures/voorbeeldstad, built with `astro build`. */
    builtFixtureRoot: string;
    /** What that build printed (stdout and stderr). */
    builtFixtureOutput: string;
    /** Where tests/support/built.ts `sharedBuild()` keeps the variant builds of this run, each built once. */
    sharedBuildsDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  await compileLib();
  const site = copyFixtureSite();
  const build = await astroBuild(site.root);
  if (build.code !== 0) {
    site.dispose();
    throw new Error(`The fixture site tests/fixtures/voorbeeldstad does not build (exit ${build.code}):\n${build.output}`);
  }
  project.provide('builtFixtureRoot', site.root);
  project.provide('builtFixtureOutput', build.output);
  const shared = mkdtempSync(join(tmpdir(), 'wegwijzer-shared-builds-'));
  project.provide('sharedBuildsDir', shared);
  return () => {
    site.dispose();
    for (const record of readdirSync(shared).filter((name) => name.endsWith('.json'))) {
      rmSync((JSON.parse(readFileSync(join(shared, record), 'utf8')) as { root: string }).root, { recursive: true, force: true });
    }
    rmSync(shared, { recursive: true, force: true });
  };
}
