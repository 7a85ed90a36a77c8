/**
 * Test support: copies the example site into a temp folder (sharing node_modules by symlink),
 * so a test can break its content and run the real Astro CLI on it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'data', 'tests', 'coverage']);

export interface TempSite {
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `search` with `replacement` in a file; fails the test when `search` is absent. */
  edit(file: string, search: string | RegExp, replacement: string): void;
  remove(file: string): void;
  dispose(): void;
}

export function copyExampleSite(): TempSite {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-site-'));
  cpSync(projectRoot, root, {
    recursive: true,
    filter: (source) => {
      const top = relative(projectRoot, source).split('/')[0] ?? '';
      return !SKIP.has(top);
    },
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    read: (file) => readFileSync(join(root, file), 'utf8'),
    write: (file, text) => writeFileSync(join(root, file), text),
    edit(file, search, replacement) {
      const before = readFileSync(join(root, file), 'utf8');
      const after = before.replace(search, replacement);
      if (after === before) throw new Error(`edit(${file}): ${String(search)} not found`);
      writeFileSync(join(root, file), after);
    },
    remove: (file) => rmSync(join(root, file), { recursive: true, force: true }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/**
 * The environment for child processes: vitest sets NODE_ENV=test and VITEST_* variables, which
 * change how Astro and Vite behave; a child should run as a user would run it.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command in `cwd` and collects its output; pass `npx …` for tools that need the project's Node 24. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    // Bounded: a hung tool is killed rather than outliving the test run.
    const child = spawn(command, args, { cwd, env: childEnv(env), timeout: 300_000, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex
      const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      resolvePromise({ code, stdout, stderr, output });
    });
  });
}

export function astroBuild(root: string): Promise<RunResult> {
  return run('npx', ['astro', 'build', '--root', root], root);
}
