/** bin/wegwijzer.js where there is no compiled lib/: one line that says what to do, not a failed import. */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, projectRoot, run } from './support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'wegwijzer-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bin/wegwijzer.js', () => {
  it('inside node_modules without lib/ (a copied checkout), says to install the tarball and exits 2', async () => {
    const copy = join(work, 'node_modules', 'wegwijzer');
    mkdirSync(copy, { recursive: true });
    for (const file of ['bin', 'src', 'package.json']) cpSync(join(projectRoot, file), join(copy, file), { recursive: true });
    const result = await run(NODE, [join(copy, 'bin/wegwijzer.js'), 'new-site', 'x', '--org', 'X', '--site', 'https://x.nl'], work);
    expect(result.code, result.output).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `wegwijzer: this copy of the package (${copy}/) is inside node_modules and has no compiled lib/: install wegwijzer from a tarball made by \`npm pack\`, which compiles it.`,
    ]);
  });
});
