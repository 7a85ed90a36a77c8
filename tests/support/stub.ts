/**
 * A small HTTP server on 127.0.0.1 that records every request it receives and answers from a
 * script of responses, standing in for HubSpot, Mautic or a webhook receiver.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface StubReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Answer only after this many milliseconds, like a provider that hangs. */
  delayMs?: number;
}

export interface Stub {
  url: string;
  requests: Recorded[];
  /** Replies for the next requests, in order; after that every request gets `fallback`. */
  reply(...replies: StubReply[]): void;
  /** Forgets recorded requests and unused replies. */
  reset(): void;
  close(): Promise<void>;
}

/** `tls`: serve HTTPS with this key and certificate, for a client that accepts only https:// URLs. */
export async function startStub(fallback: StubReply = { status: 200, body: '{}' }, tls?: { key: string; cert: string }): Promise<Stub> {
  const requests: Recorded[] = [];
  const queue: StubReply[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const reply = queue.shift() ?? fallback;
      setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(reply.body ?? '');
      }, reply.delayMs ?? 0);
    });
  };
  const server: Server = tls === undefined ? createServer(handle) : createHttpsServer(tls, handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
