/**
 * Calls the response observers for every response the server finishes, through Node's built-in
 * diagnostics channel `http.server.response.finish`: no wrapping of @astrojs/node's handler, and
 * static files (served before Astro's middleware runs) are seen too. Imported once at server
 * start (src/inbox/startup.ts). A server module that calls observers itself replaces this file.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResponseObserver } from './observer.ts';

export function observeResponses(observers: readonly ResponseObserver[]): void {
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    for (const observe of observers) {
      try {
        observe({ method: request.method ?? '', path: request.url ?? '', headers: request.headers }, { status: response.statusCode, headers: response.getHeaders() });
      } catch (error) {
        // An exception in a channel subscriber would crash the process: an observer never may.
        console.error('[wegwijzer] a response observer failed:', error instanceof Error ? error.message : String(error));
      }
    }
  });
}
