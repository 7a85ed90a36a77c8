/**
 * The build's own `astro:config:setup` hook of `wegwijzer()` on a temp site, for tests of what the
 * build stops on (option errors, URL settings, the journey gate, strict SEO and B1 findings): the
 * same code and the same report as `astro build`, in a second or two instead of a build. It runs in
 * plain Node (tests/support/build-setup.ts), as the commands do. How a real build shows that stop (the
 * not-a-crash sentence first, no stack trace, no dist/) is proven end to end by tests/gate-bodies.test.ts.
 */
import { join } from 'node:path';
import { NODE, projectRoot, run } from './site.ts';

export interface SetupRun {
  /** Whether the hook let the build go on. */
  ok: boolean;
  /** The logger's lines, then the stopping error's message and hint, as the build prints them. */
  output: string;
}

export async function runBuildSetup(root: string): Promise<SetupRun> {
  const result = await run(NODE, [join(projectRoot, 'tests/support/build-setup.ts'), root], root);
  if (result.code !== 0) throw new Error(`tests/support/build-setup.ts failed (exit ${result.code}):\n${result.output}`);
  return JSON.parse(result.stdout) as SetupRun;
}
