/**
 * Test support for the built site: starts `node dist/server/entry.mjs` (the project's Node 24)
 * on a free port on 127.0.0.1, and posts forms from chosen loopback addresses so that the
 * per-address rate limit can be tested without tripping over it elsewhere.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { LeadStore, type StoredLead } from '../../src/inbox/store.ts';
import { copyBuiltFixture } from './built.ts';
import { astroBuild, copyFixtureSite, NODE, type TempSite } from './site.ts';

export { NODE };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  port: number;
  origin: string;
  child: ChildProcess;
  output(): string;
  /** Graceful stop (SIGTERM), waiting at most a few seconds. */
  stop(): Promise<void>;
  /** kill -9: no chance to flush or clean up. */
  crash(): Promise<void>;
}

export async function startServer(root: string, port?: number, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(NODE, ['dist/server/entry.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  const server: RunningServer = { port: chosen, origin: `http://127.0.0.1:${chosen}`, child, output: () => output, stop: () => end('SIGTERM'), crash: () => end('SIGKILL') };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (await isUp(chosen)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`server did not answer on port ${chosen} within 15 s:\n${output}`);
}

function isUp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD', timeout: 1000 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
    probe.on('timeout', () => probe.destroy());
    probe.end();
  });
}

export interface Answer {
  status: number;
  /** The reason phrase of the status line, e.g. `Bad Request`. */
  statusText?: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let nextAddress = 0;
/** A loopback address no other request of this test run has used: 127.1.x.y. */
export function freshAddress(): string {
  nextAddress++;
  return `127.1.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`;
}

export interface PostOptions {
  from?: string;
  headers?: Record<string, string>;
  path?: string;
}

/** POSTs a body from a loopback address (default: a fresh one), by default with a same-origin Origin header. */
export function post(server: Pick<RunningServer, 'port' | 'origin'>, body: string, options: PostOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin, 'content-length': String(Buffer.byteLength(body)), ...options.headers };
  return send(server, options.path ?? '/aanvraag/', { method: 'POST', headers, from: options.from, body });
}

/** GETs a path (HEAD with `method`), from a loopback address (default: a fresh one). */
export function get(server: Pick<RunningServer, 'port' | 'origin'>, path: string, options: Omit<PostOptions, 'path'> & { method?: 'GET' | 'HEAD' } = {}): Promise<Answer & { statusText: string }> {
  return send(server, path, { method: options.method ?? 'GET', headers: options.headers, from: options.from });
}

export function formBody(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

/** A temp copy of the example site, built and served as `npm start` does, with its inbox at hand. */
export interface ServedSite {
  site: TempSite;
  server: RunningServer;
  /** Opens the site's SQLite inbox for one use (the server may write at the same time: WAL). */
  withStore<T>(use: (store: LeadStore) => T): T;
  leads(): StoredLead[];
  /** Starts the server again after a stop or crash. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface ServeOptions {
  /** Changes a copy of the fixture before its own build, e.g. its options in astro.config.mjs. */
  prepare?(site: TempSite): void;
  /** Environment of the server process. */
  env?: NodeJS.ProcessEnv;
}

/**
 * A private copy of the fixture, served as `npm start` does: the build of the global setup, or,
 * with `prepare`, a build of its own after the change.
 */
export async function serveExampleSite(options: ServeOptions = {}): Promise<ServedSite> {
  const site = options.prepare === undefined ? copyBuiltFixture() : copyFixtureSite();
  try {
    if (options.prepare !== undefined) {
      options.prepare(site);
      const build = await astroBuild(site.root);
      if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    }
    const served: ServedSite = {
      site,
      server: await startServer(site.root, undefined, options.env),
      withStore(use) {
        const store = new LeadStore(join(site.root, 'data', 'leads.db'));
        try {
          return use(store);
        } finally {
          store.close();
        }
      },
      leads: () => served.withStore((store) => store.all()),
      async restart() {
        await served.server.stop();
        served.server = await startServer(site.root, undefined, options.env);
      },
      async dispose() {
        await served.server.stop();
        site.dispose();
      },
    };
    return served;
  } catch (error) {
    site.dispose();
    throw error;
  }
}

/** Any request (default GET, no body) from a loopback address (default: a fresh one); the answer's body is read and returned. */
export function send(
  server: Pick<RunningServer, 'port'>,
  path: string,
  options: { method?: string; headers?: Record<string, string>; from?: string; body?: string } = {},
): Promise<Answer & { statusText: string }> {
  // An empty value leaves the header out, e.g. `origin: ''` for a request without Origin.
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).filter(([, value]) => value !== ''));
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', localAddress: options.from ?? freshAddress(), agent: false, timeout: 30_000, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: text }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out')));
    outgoing.end(options.body);
  });
}

export interface HeldDatabase {
  /** Ends the other process's transaction and waits for the process to exit. */
  release(): Promise<void>;
}

/**
 * Another process holding a lock on a SQLite file, as a database browser or a backup might: a
 * write lock (`BEGIN IMMEDIATE`) or a read transaction (a snapshot the WAL cannot move past).
 * It lets go when released, and on its own after `maxMs`, so a failed test never leaves it behind.
 */
export async function holdDatabase(path: string, lock: 'write' | 'read', maxMs = 60_000): Promise<HeldDatabase> {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(path)});
    ${lock === 'write' ? "db.exec('BEGIN IMMEDIATE');" : "db.exec('BEGIN'); db.prepare('SELECT count(*) FROM leads').get();"}
    console.log('held');
    const end = () => { db.exec('COMMIT'); db.close(); process.exit(0); };
    process.stdin.on('data', end);
    setTimeout(end, ${maxMs});`;
  const child = spawn(NODE, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    async release() {
      child.stdin?.write('x');
      await exited;
    },
  };
}
