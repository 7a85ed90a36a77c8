/**
 * Serves a build on 127.0.0.1 for the checks, and stops it afterwards: the real Node server for an
 * inbox site (so the endpoint, its error page and the server's headers are checked as visitors get
 * them), a static file server for a static site, answering unknown paths with its 404 page as
 * static hosts do.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import sirv from 'sirv';
import type { BuiltSite } from './site.ts';

export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** True for the inbox's Node server, false for a static file server. */
  server: boolean;
  stop(): Promise<void>;
}

export function serve(build: BuiltSite, leadsPath?: string): Promise<ServedSite> {
  return build.serverEntry === undefined ? serveStatic(build.staticDir) : serveInbox(build.serverEntry, leadsPath);
}

const START_TIMEOUT_MS = 20_000;

/**
 * Starts `node dist/server/entry.mjs` (this Node) in a temporary folder, so a relative `leads.path`
 * (default `data/leads.db`) resolves there: verifying never writes into the site's real inbox.
 * PORT=0 lets the system pick a free port; the server logs the one it got.
 */
async function serveInbox(entry: string, leadsPath: string | undefined): Promise<ServedSite> {
  const workDir = mkdtempSync(join(tmpdir(), 'wegwijzer-verify-'));
  if (leadsPath !== undefined && isAbsolute(leadsPath)) {
    console.warn(`Note: \`leads.path\` is absolute (${leadsPath}); the server started for verify opens that store. Verify posts only invalid forms, so it stores no lead.`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ASTRO_NODE_LOGGING; // the server's "listening on" line tells the port
  const child = spawn(process.execPath, [entry], {
    cwd: workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
      if (!stopped) child.kill('SIGKILL');
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  const origin = await new Promise<string | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  if (origin === undefined) {
    await stop();
    throw new Error(`The site's server (${entry}) did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.trim()}`);
  }
  return { origin, server: true, stop };
}

async function serveStatic(dir: string): Promise<ServedSite> {
  const notFound = join(dir, '404.html');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    onNoMatch: (_request, response) => {
      const page = existsSync(notFound) ? readFileSync(notFound) : 'Not found';
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    },
  });
  const server = createServer((request, response) => files(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server: false,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
