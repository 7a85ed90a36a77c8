/** Loads the content and runs every journey check: the one entry point for build, dev and CLI. */
import { checkJourneys } from '../journey/check.ts';
import { buildMatrix, type JourneyMatrix } from '../journey/matrix.ts';
import type { ContentSnapshot, Problem } from '../journey/model.ts';
import type { Phase } from '../journey/phases.ts';
import { lintSeo } from '../seo/lint.ts';
import { personaHubPath } from '../journey/urls.ts';
import { loadContent, type LoadOptions } from './load.ts';
import { CONTENT_DIR } from './paths.ts';

export interface GateResult {
  problems: Problem[];
  /** SEO lint findings: warnings, or errors when the `seo.strict` option is on. */
  seoWarnings: Problem[];
  snapshot: ContentSnapshot;
  matrix: JourneyMatrix;
  /** Milliseconds spent on the journey checks themselves (not on reading files). */
  checkMs: number;
  /** Milliseconds spent reading and validating files. */
  loadMs: number;
}

export function runGate(options: LoadOptions): GateResult {
  const loadStart = performance.now();
  const loaded = loadContent(options);
  const fileProblems = loaded.problems;
  // The hubs depend on the personas, so their routes are known only once the content is read.
  const personaIds = loaded.snapshot.personas.map((persona) => persona.id);
  const snapshot = { ...loaded.snapshot, routes: [...new Set([...loaded.snapshot.routes, ...generatedRoutes(personaIds)])] };
  const checkStart = performance.now();
  const journeyProblems = checkJourneys(snapshot);
  const checkMs = performance.now() - checkStart;
  return {
    problems: [...fileProblems, ...journeyProblems],
    seoWarnings: lintSeo(snapshot.pages),
    snapshot,
    matrix: buildMatrix(snapshot),
    checkMs,
    loadMs: checkStart - loadStart,
  };
}

/** Routes Wegwijzer generates itself; a content page may not take their URL. */
export function generatedRoutes(personaIds: readonly string[] = []): string[] {
  return ['/', '/404/', '/privacy/', '/toegankelijkheid/', ...personaIds.map(personaHubPath)];
}

/** Load options for a project root, shared by the integration and the CLI. */
export function gateOptions(root: string, publicDir: string, options: { phases: readonly Phase[] }): LoadOptions {
  return { root, contentDir: CONTENT_DIR, publicDir: publicDir || 'public', phases: options.phases, routes: generatedRoutes() };
}
