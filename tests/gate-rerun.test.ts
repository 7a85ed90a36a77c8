/**
 * `astro dev` runs the gate again after each save with `reuse`, keeping what it read of unchanged
 * files (src/content/load.ts, src/journey/readability.ts). Every run must still see the files as they are.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gateOptions, runGate } from '../src/content/gate.ts';
import { loadProject } from '../src/cli/project.ts';
import { copyFixtureSite } from './support/site.ts';

const site = copyFixtureSite();
afterAll(() => site.dispose());
const { options } = await loadProject(site.root);
const gate = () => runGate({ ...gateOptions(site.root, 'public', options), reuse: true });
const PAGE = 'content/pages/veilige-buurt/buurtgroep.mdx';
const problemsIn = (file: string) => gate().problems.filter((problem) => problem.file === file).map((problem) => problem.message);
const longSentences = () => gate().readability.warnings.filter((warning) => warning.file === PAGE && warning.message.startsWith('sentence of')).length;

describe('the gate, run again after edits', () => {
  it('reports a problem made by an edit, and forgets it once the edit is undone', () => {
    expect(problemsIn(PAGE)).toEqual([]);
    site.edit(PAGE, 'href: /\n', 'href: /bestaat-niet/\n');
    expect(problemsIn(PAGE).join('\n')).toContain('/bestaat-niet/');
    site.edit(PAGE, 'href: /bestaat-niet/\n', 'href: /\n');
    expect(problemsIn(PAGE)).toEqual([]);
  });

  it('reports a syntax error in a body, and a long sentence added to it, on the run after the save', () => {
    const before = longSentences();
    const sentence = Array.from({ length: 30 }, (_, index) => `woord${index % 5 === 0 ? '' : 'je'}`).join(' ');
    site.edit(PAGE, /$/, `\n\nDit is een zin met heel veel woorden ${sentence}.\n`);
    expect(longSentences()).toBe(before + 1);
    site.edit(PAGE, /$/, '\n\n<Callout>\n');
    expect(problemsIn(PAGE).length).toBeGreaterThan(0);
  });
});
