/**
 * Wegwijzer's HTTP server for a site with the inbox, around @astrojs/node in middleware mode.
 * `node dist/server/entry.mjs` (`npm start`) starts it through server-start.mjs, which hands it
 * Astro's `handler`. For every request it:
 * - works out the visitor's address (client-address.ts) and removes forwarding headers a
 *   proxy that is not trusted could have forged, before Astro sees the request;
 * - sets the security headers of src/security/headers.ts, with each page's own CSP;
 * - answers a hand-off route (`/_wegwijzer/naar/<page>/`) with a 303 to the URL that page declares;
 * - serves built files (pages, assets, public/) with `send`; passes only the site's on-demand
 *   routes (the lead endpoint) to Astro, and answers everything else with the 404 page, so
 *   Astro's own on-demand routes (the image endpoint `/_image`) are not served: every page and
 *   image is built beforehand;
 * - tells the response observers (server-observers.ts) once the response has finished.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import send from 'send';
import config from 'virtual:wegwijzer/config';
import statsSite from 'virtual:wegwijzer/stats-site';
import { commonSecurityHeaders, NON_PAGE_CSP, PAGE_POLICIES_FILE, pagePolicyKey } from '../security/headers.ts';
import { clientAddress, FORWARDING_HEADERS, looksProxied, trustFunction } from './client-address.ts';
import { RESPONSE_OBSERVERS } from './server-observers.ts';
import { inboxStore } from './store-instance.ts';
import { openStatsStore } from '../stats/server.ts';
import { startDelivery } from '../delivery/runtime.ts';
import { handoffRoutes } from '../stats/site.ts';

/** Where the built site is and what the build decided, as server-start.mjs passes it. */
export interface BuiltSite {
  /** The server output folder (dist/server/) and the client output folder (dist/client/), where they are now. */
  serverDir: string;
  clientDir: string;
  /** Astro's `server.host` and `server.port`; `HOST` and `PORT` override them. */
  host: string | boolean;
  port: number;
  /** The on-demand routes the site needs, as Astro matches them: only these reach Astro. */
  onDemand: readonly RegExp[];
}

/** @astrojs/node's middleware: renders on-demand routes, calls `next` for any other URL. */
export type AstroHandler = (request: IncomingMessage, response: ServerResponse, next: () => void, locals: object) => void | Promise<void>;

/** The key under which the endpoint finds the visitor's address in `Astro.locals`. */
export const CLIENT_ADDRESS_LOCAL = 'wegwijzerClientAddress';

export function serveSite(handler: AstroHandler, site: BuiltSite): void {
  const leads = config.leads;
  if (leads.provider !== 'inbox') throw new Error('the Wegwijzer server is only used with `leads.provider: "inbox"`');
  const { clientDir: client, serverDir: server, onDemand } = site;
  const policies = readPolicies(join(server, PAGE_POLICIES_FILE));
  const notFoundPage = readOptional(join(client, '404.html'));
  const headers = commonSecurityHeaders(config);
  const trust = trustFunction(leads.trustProxy);
  // Each hand-off route and the URL its page declares: the only places a hand-off may send anyone.
  const handoffs = handoffRoutes(statsSite);
  let warnedAboutProxy = false;
  // Open the store (and purge) now: a folder that cannot be written stops the server at start.
  inboxStore();
  openStatsStore();
  stopDeliveryOnShutdown(startDelivery());

  const respond = (request: IncomingMessage, response: ServerResponse): void => {
    response.once('finish', () => notifyObservers(request, response));
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    // The URL as sent (percent-encoded, dot segments resolved) and decoded, as Astro matches routes.
    let url: URL;
    let path: string;
    try {
      url = requestUrl(request.url ?? '/');
      path = decodeURI(url.pathname);
    } catch {
      response.setHeader('Content-Security-Policy', NON_PAGE_CSP);
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: the URL is not valid.');
      return;
    }
    const visitor = clientAddress(request, trust);
    if (!visitor.viaTrustedProxy && looksProxied(request)) {
      if (!warnedAboutProxy) {
        warnedAboutProxy = true;
        console.warn(
          `[wegwijzer] a request from ${visitor.address} carries forwarding headers (X-Forwarded-For and alike), but that address is not a trusted proxy: ` +
            'the headers are ignored, the rate limit counts that address, and behind a TLS-terminating proxy every lead is refused (403). ' +
            'If a reverse proxy runs in front of this server, list its address in `leads.trustProxy` (see docs/leads.md).',
        );
      }
      for (const name of FORWARDING_HEADERS) delete request.headers[name];
    } else if (visitor.viaTrustedProxy) {
      // Astro reads the first X-Forwarded-For entry; give it the address worked out above.
      request.headers['x-forwarded-for'] = visitor.address;
    }
    response.setHeader('Content-Security-Policy', policies.get(pagePolicyKey(path)) ?? NON_PAGE_CSP);

    const notFound = () => {
      response.statusCode = 404;
      response.statusMessage = 'Not Found';
      if (notFoundPage === undefined) {
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end('Not found');
        return;
      }
      response.setHeader('Content-Security-Policy', policies.get(pagePolicyKey('/404')) ?? NON_PAGE_CSP);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(request.method === 'HEAD' ? undefined : notFoundPage);
    };
    const render = () => {
      if (!onDemand.some((route) => route.test(path))) return notFound();
      void handler(request, response, notFound, { [CLIENT_ADDRESS_LOCAL]: visitor.address });
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return render();
    // A hand-off route forwards with a 303 (the built page with its refresh is for static hosts);
    // the target comes from the content by the path alone, never from the query. The observers count it.
    const portal = handoffs.get(path);
    if (portal !== undefined) {
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('Content-Security-Policy', NON_PAGE_CSP);
      response.writeHead(303, { Location: new URL(portal).href, 'Content-Type': 'text/plain; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : `See Other: ${portal}`);
      return;
    }
    serveFile(request, response, url, client, render);
  };

  const secure = process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH;
  const httpServer = secure
    ? createHttpsServer({ cert: readFileSync(process.env.SERVER_CERT_PATH ?? ''), key: readFileSync(process.env.SERVER_KEY_PATH ?? '') }, respond)
    : createHttpServer(respond);
  const port = process.env.PORT ? Number(process.env.PORT) : site.port;
  const host = process.env.HOST ?? (typeof site.host === 'string' ? site.host : site.host ? '0.0.0.0' : 'localhost');
  httpServer.listen(port, host, () => {
    const trusted = leads.trustProxy === false ? 'no proxy trusted' : `trusted proxies: ${JSON.stringify(leads.trustProxy)}`;
    // The port bound, which differs from PORT=0 ("any free port").
    const bound = (httpServer.address() as AddressInfo | null)?.port ?? port;
    console.info(`[wegwijzer] serving ${secure ? 'https' : 'http'}://${host}:${bound}/ (${trusted})`);
  });
}

/** How long a shutdown waits for the delivery in progress to finish. */
const SHUTDOWN_BOUND_MS = 3000;

/**
 * On SIGTERM or SIGINT, lets the delivery worker finish the send in progress (at most a few seconds),
 * then ends the process by the same signal, as it would have ended without this handler.
 */
function stopDeliveryOnShutdown(started: Promise<{ stop(): Promise<void> }>): void {
  started.catch((error: unknown) => console.error('[wegwijzer] the delivery worker did not start:', error instanceof Error ? error.message : String(error)));
  const shutdown = (signal: NodeJS.Signals) => {
    const bound = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_BOUND_MS).unref());
    void Promise.race([started.then((worker) => worker.stop()), bound])
      .catch(() => undefined)
      .finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/**
 * A built file for GET and HEAD: `send` streams it with its type, ETag and ranges, and serves
 * `index.html` for a folder; a folder without its trailing slash is redirected to it. Dotfiles
 * stay hidden except under /.well-known/. Anything it does not find goes to `fallback`.
 * `send` takes the path still percent-encoded and decodes it once itself.
 */
function serveFile(request: IncomingMessage, response: ServerResponse, url: URL, root: string, fallback: () => void): void {
  let found = false;
  const path = decodeURI(url.pathname);
  const stream = send(request, url.pathname, { root, index: ['index.html'], dotfiles: path.startsWith('/.well-known/') ? 'allow' : 'deny' });
  stream.on('file', () => (found = true));
  // A folder without its trailing slash: redirect here rather than with send's own answer, which
  // would replace the security headers.
  stream.on('directory', () => {
    response.writeHead(301, { Location: `${sameOriginPath(url.pathname)}/${url.search}`, 'Content-Type': 'text/plain; charset=utf-8' }).end('Moved Permanently');
  });
  stream.on('headers', (outgoing: ServerResponse, file: string) => {
    // Astro's hashed assets never change under their name.
    if (path.startsWith('/_astro/')) outgoing.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (file.endsWith('.html')) outgoing.setHeader('Content-Type', 'text/html; charset=utf-8');
    // An event's calendar file (src/routes/event.ics.ts) is UTF-8 text.
    if (file.endsWith('.ics')) outgoing.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  });
  stream.on('error', (error: Error & { status?: number }) => {
    if (!found && (error.status === 404 || error.status === 403)) return fallback();
    response.statusCode = error.status ?? 500;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end(response.statusCode >= 500 ? 'Internal server error' : '');
  });
  stream.pipe(response);
}

/**
 * The request target as a URL. A path is read as a path: `new URL('//host/x', base)` would take
 * `host` for a host name and lose it from the path.
 */
function requestUrl(target: string): URL {
  return target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target, 'http://localhost');
}

/**
 * A path that stays on this site as a Location: `//evil.example/x` (which a request for
 * `/.//evil.example/x` becomes) would send the browser to another host, so leading slashes
 * collapse into one. (The URL parser has already turned backslashes into slashes.)
 */
function sameOriginPath(pathname: string): string {
  return `/${pathname.replace(/^\/+/, '')}`;
}

/** Calls every observer; none can break the server or the response, which has already finished. */
function notifyObservers(request: IncomingMessage, response: ServerResponse): void {
  const observed = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers };
  const outcome = { status: response.statusCode, headers: response.getHeaders() };
  for (const observer of RESPONSE_OBSERVERS) {
    try {
      const result: unknown = observer(observed, outcome);
      if (result instanceof Promise) result.catch((error: unknown) => reportObserverError(error));
    } catch (error) {
      reportObserverError(error);
    }
  }
}

function reportObserverError(error: unknown): void {
  console.error('[wegwijzer] a response observer failed:', error instanceof Error ? error.message : error);
}

function readPolicies(file: string): Map<string, string> {
  const text = readOptional(file);
  if (text === undefined) {
    console.warn(`[wegwijzer] ${file} is missing: pages get the strict policy of files. Rebuild the site.`);
    return new Map();
  }
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
