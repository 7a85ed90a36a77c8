/**
 * Only in `astro dev`: a page whose MDX body cannot be rendered because of a problem the Wegwijzer
 * check reports in its file (an unknown component, a prop that names no page, download or image, a
 * computed value) answers 200 with the page around it and the dev notice naming the problem, not
 * with Astro's 500 overlay. Such an error can come from a component's own frontmatter while Astro
 * collects the page's head, outside anything the page can catch, so the dev middleware
 * (middleware.ts) renders the page a second time, and this time the page leaves its body out.
 * A failure the check does not explain is thrown again: a bug, to be seen with its stack.
 */
import { devFindingsFor, nextDevReport } from './report.ts';

/** How long a failed render waits for the check of a save it may be ahead of (Vite reloads at once). */
const CHECK_WAIT_MS = 3000;

/** Called by the middleware when the first render failed: the second render reads it here. */
export function recordRenderFailure(locals: App.Locals, error: unknown): void {
  locals.wegwijzerRenderFailure = error;
}

/**
 * Whether the page of `file` renders its body: undefined when it does (always outside dev, and on a
 * first render), or the error that made the first render fail, as text, when the check reports a
 * problem in `file`. Throws that error when the check reports none.
 */
export async function leftOutBody(locals: App.Locals, file: string | undefined): Promise<string | undefined> {
  if (!import.meta.env.DEV || !('wegwijzerRenderFailure' in locals)) return undefined;
  const failure = locals.wegwijzerRenderFailure;
  const reported = () => (devFindingsFor(file)?.problems.length ?? 0) > 0;
  if (!reported()) await nextDevReport(CHECK_WAIT_MS);
  if (!reported()) throw failure;
  return failure instanceof Error ? failure.message : String(failure);
}
