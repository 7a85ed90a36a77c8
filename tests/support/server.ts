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
import { NODE, type TempSite } from './site.ts';

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

export async function startServer(root: string, port?: number): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(NODE, ['dist/server/entry.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1' },
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
  // An empty value leaves the header out, e.g. `origin: ''` for a request without Origin.
  for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
  return send(server, options.path ?? '/aanvraag/', { method: 'POST', headers, from: options.from, body });
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

/** A private copy of the fixture as the global setup built it, served as `npm start` does. */
export async function serveExampleSite(): Promise<ServedSite> {
  const site = copyBuiltFixture();
  try {
    const served: ServedSite = {
      site,
      server: await startServer(site.root),
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
        served.server = await startServer(site.root);
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
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', localAddress: options.from ?? freshAddress(), agent: false, timeout: 30_000, headers: options.headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out')));
    outgoing.end(options.body);
  });
}
