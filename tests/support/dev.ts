/**
 * `astro dev` on a temp site, on 127.0.0.1, in its own process group so that stopping it also stops
 * astro behind npx. Waits (bounded) until the server answers, and reads the port Vite reports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './server.ts';
import { childEnv } from './site.ts';

export interface DevServer {
  origin: string;
  output(): string;
  /** GET a path, retried while Vite is still optimising dependencies in a fresh folder. */
  get(path: string): Promise<string>;
  stop(): void;
}

export async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
}

export async function startDev(root: string): Promise<DevServer> {
  const requested = await freePort();
  const child: ChildProcess = spawn('npx', ['astro', 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(requested)], { cwd: root, env: childEnv(), detached: true });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const output = () => text;
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    await waitFor(() => text.includes('watching for file changes') || child.exitCode !== null, 'the dev server to be ready', output);
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${text}`);
  } catch (error) {
    stop();
    throw error;
  }
  // Vite moves to the next port if another process took ours in the meantime: use the one it reports.
  const port = Number(/http:\/\/127\.0\.0\.1:(\d+)/.exec(text)?.[1] ?? requested);
  const origin = `http://127.0.0.1:${port}`;
  const get = async (path: string) => {
    let body = '';
    await waitFor(async () => {
      const response = await fetch(`${origin}${path}`).catch(() => undefined);
      body = response?.status === 200 ? await response.text() : '';
      return body !== '';
    }, `GET ${path}`, output);
    return body;
  };
  return { origin, output, get, stop };
}
