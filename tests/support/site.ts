/**
 * Test support: copies a fixture site from tests/fixtures/ into a temp folder, so a test can break
 * its content and run the real Astro CLI on it. The theme's tests never read the root example
 * (content/, public/, astro.config.mjs): a site's own content cannot break them.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The fixture sites under tests/fixtures/; `voorbeeldstad` is a frozen copy of the example. */
export const FIXTURES = resolve(projectRoot, 'tests/fixtures');

/**
 * The `wegwijzer` command of this checkout, run with the project's Node 24: its TypeScript entry, not
 * bin/wegwijzer.js, which prefers a compiled lib/ — and lib/ exists in the checkout while a test runs
 * `npm pack`. The bin itself is tested installed from the tarball (tests/package.test.ts).
 */
export const CLI = join(projectRoot, 'src', 'cli', 'main.ts');
export const NODE = join(projectRoot, 'node_modules', '.bin', 'node');

/** What an installed `wegwijzer` package holds (package.json `files`, without tests); lib/ is compiled apart, below. */
const PACKAGE_FILES = ['package.json', 'bin', 'src'];

/**
 * The package's compiled JavaScript (what `prepack` puts in lib/) for the temp sites' copies of the
 * package: Node runs no TypeScript under node_modules. Compiled once per run by the e2e global setup.
 */
export const COMPILED_LIB = join(projectRoot, 'node_modules', '.cache', 'wegwijzer-test-lib');

export async function compileLib(): Promise<void> {
  rmSync(COMPILED_LIB, { recursive: true, force: true });
  const compiled = await run(NODE, [join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', COMPILED_LIB], projectRoot);
  if (compiled.code !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${compiled.code}):\n${compiled.output}`);
}

/**
 * A node_modules for a temp site: every package of this project's (linked), plus a copy of this
 * checkout's package files as `wegwijzer`, so the site imports the theme by its package name from
 * inside its own folder, as an installed site does. (Astro compiles theme files it reaches through
 * a symlink to outside the site's root with wrong paths, so the theme is copied, not linked.)
 */
export function linkNodeModules(root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    // Astro's and other tools' caches stay per copy (below), not shared with this checkout's.
    if (name === '.astro' || name === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(target, name), 'dir');
  }
  for (const file of PACKAGE_FILES) {
    cpSync(join(projectRoot, file), join(target, 'wegwijzer', file), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  }
  if (!existsSync(COMPILED_LIB)) throw new Error(`${COMPILED_LIB} is missing: the e2e global setup (tests/support/global-setup.ts) compiles it; run the test through vitest's e2e project.`);
  cpSync(COMPILED_LIB, join(target, 'wegwijzer', 'lib'), { recursive: true });
  // Every copy shares one cache of optimised images (Astro names each by a hash of the source and
  // the options), so encoding the fixture's AVIF and WebP files happens once, not once per build.
  // Only the assets: the rest of node_modules/.astro (the content store) belongs to this copy.
  mkdirSync(ASSETS_CACHE, { recursive: true });
  mkdirSync(join(target, '.astro'));
  symlinkSync(ASSETS_CACHE, join(target, '.astro', 'assets'), 'dir');
}

const ASSETS_CACHE = join(projectRoot, 'node_modules', '.cache', 'wegwijzer-test-assets');

export interface TempSite {
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `search` with `replacement` in a file; fails the test when `search` is absent. */
  edit(file: string, search: string | RegExp, replacement: string): void;
  remove(file: string): void;
  dispose(): void;
}

/** A temp copy of a fixture site (default: the frozen example, `voorbeeldstad`). */
export function copyFixtureSite(fixture = 'voorbeeldstad'): TempSite {
  const root = mkdtempSync(join(tmpdir(), `wegwijzer-${fixture}-`));
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  linkNodeModules(root);
  return tempSite(root);
}

/** File helpers over a temp site folder. */
export function tempSite(root: string): TempSite {
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

/** Runs the `wegwijzer` command of this checkout in `cwd`, as `npx wegwijzer …` would in a site. */
export function wegwijzer(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(NODE, [CLI, ...args], cwd, env);
}

/**
 * A build stopped by the gate reads as a content problem: before Astro's "An unhandled error
 * occurred while running the astro:config:setup hook" and before the report, Wegwijzer says it did
 * not crash.
 */
export function expectContentStop(output: string): void {
  const notACrash = output.indexOf('This is not a crash of Wegwijzer or Astro');
  if (notACrash === -1) throw new Error(`the build output does not say that the tool did not crash:\n${output}`);
  for (const later of ['An unhandled error occurred', '[AstroUserError]']) {
    const at = output.indexOf(later);
    if (at !== -1 && at < notACrash) throw new Error(`"${later}" comes before the not-a-crash sentence:\n${output}`);
  }
}
