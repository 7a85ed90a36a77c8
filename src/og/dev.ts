/**
 * Link-preview images in `astro dev`: the build writes them after the pages (./write.ts), so the dev
 * server draws one on request instead. `/og/bus.png` asks the dev server for `/bus/`, reads the title
 * from its `og:image:alt` and draws the card, as the build would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OG_PREFIX } from '../journey/urls.ts';
import { renderOgImage, type OgCard } from './og-image.ts';
import { meta } from './write.ts';

/** The page whose card `/og/<name>.png` is: the inverse of ogImagePath. */
export function pageOfOgImage(pathname: string): string | undefined {
  if (!pathname.startsWith(OG_PREFIX) || !pathname.endsWith('.png')) return undefined;
  const name = decodeURIComponent(pathname.slice(OG_PREFIX.length, -'.png'.length));
  if (name === '' || name.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return name === 'index' ? '/' : `/${name}/`;
}

type Next = (error?: unknown) => void;

/** A Vite plugin with the middleware; `card()` gives the organisation, colour and logo. */
export function devOgImages(card: () => Omit<OgCard, 'title' | 'host'> | undefined, site: string) {
  return {
    name: 'wegwijzer:dev-og-images',
    apply: 'serve' as const,
    configureServer(server: { middlewares: { use(handler: (request: IncomingMessage, response: ServerResponse, next: Next) => void): void } }) {
      server.middlewares.use((request, response, next) => {
        const base = card();
        const page = base && request.method === 'GET' ? pageOfOgImage(new URL(request.url ?? '/', 'http://dev').pathname) : undefined;
        if (base === undefined || page === undefined) return next();
        void (async () => {
          // The page as the dev server renders it now, so the card follows the editor's title.
          const html = await fetch(new URL(page, `http://${request.headers.host ?? '127.0.0.1'}`)).then((answer) => (answer.ok ? answer.text() : undefined));
          const title = html === undefined ? undefined : meta(html, 'og:image:alt');
          if (title === undefined) return next();
          const png = await renderOgImage({ ...base, title, host: new URL(site).host });
          response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store', 'content-length': png.byteLength });
          response.end(png);
        })().catch(next);
      });
    },
  };
}
