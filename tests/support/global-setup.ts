/**
 * Vitest global setup: compiles the package's lib/ for the temp sites' copies of the package, then
 * builds the fixture site once per test run, before any test file starts.
 * Test files that read the built site or serve it take this one build (tests/support/built.ts
 * `builtFixture()`, tests/support/server.ts `serveExampleSite()`) instead of building it again.
 */
import type { TestProject } from 'vitest/node';
import { astroBuild, compileLib, copyFixtureSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root of a temp copy of tests/fixtures/voorbeeldstad, built with `astro build`. */
    builtFixtureRoot: string;
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
  return () => site.dispose();
}
