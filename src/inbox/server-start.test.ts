import { describe, expect, it } from 'vitest';
import { nodeProblem } from './server-start.mjs';

describe('nodeProblem', () => {
  it('says in one line which Node is needed, which was found and what to do', () => {
    const problem = nodeProblem('20.20.2', '22.18.0', '/usr/bin/node');
    expect(problem).toBe(
      '[wegwijzer] This server needs Node.js 22.18.0 or newer (for node:sqlite), but /usr/bin/node is Node.js 20.20.2: install Node.js 22.18.0 or newer (24 LTS recommended) and start it again with that node.',
    );
    expect(problem).not.toContain('\n');
  });

  it('compares the numbers, not the text', () => {
    expect(nodeProblem('22.9.0', '22.18.0', 'node')).toBeDefined();
    expect(nodeProblem('22.17.9', '22.18.0', 'node')).toBeDefined();
    for (const found of ['22.18.0', '22.18.1', '22.100.0', '24.0.0', '100.0.0']) expect(nodeProblem(found, '22.18.0', 'node'), found).toBeUndefined();
  });
});
