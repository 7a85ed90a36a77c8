/** `astro dev` reports journey problems as warnings, keeps serving, and re-checks on edits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { load } from 'cheerio';
import { afterAll, expect, it } from 'vitest';
import { freePort } from './support/server.ts';
import { childEnv, copyFixtureSite } from './support/site.ts';

const site = copyFixtureSite();
let server: ChildProcess | undefined;
let output = '';
let port = 0;

afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  site.dispose();
});


async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; output so far:\n${output}`);
}

it('warns about a broken journey and invalid frontmatter, keeps serving, and notices the fix', async () => {
  site.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplanner/', 'href: /bus/reisplaner/');
  // A frontmatter error must not stop the dev server either (Astro's own validation would).
  site.edit('content/pages/bus/onderweg.mdx', 'title:', 'titel:');
  const requestedPort = await freePort();
  // Its own process group, so the stop reaches astro behind npx too.
  server = spawn('npx', ['astro', 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(requestedPort)], {
    cwd: site.root,
    env: childEnv(),
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await waitFor(() => output.includes('content/pages/bus/proefreis.mdx › cta.href'), 'the warning');
  expect(output).toMatch(/\[WARN\] \[wegwijzer\] Journey check: 3 problems in 2 files/);
  expect(output).toContain('content/pages/bus/onderweg.mdx › titel');

  await waitFor(() => output.includes('watching for file changes'), 'the dev server to be ready');
  // Vite moves to the next port if another process took ours in the meantime: use the one it reports.
  port = Number(/http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1] ?? requestedPort);
  // The first requests may race Vite's dependency optimisation in a fresh folder: poll, bounded.
  let body = '';
  await waitFor(async () => {
    const response = await fetch(`http://127.0.0.1:${port}/bus/proefreis/`).catch(() => undefined);
    body = response?.status === 200 ? await response.text() : '';
    return body !== '';
  }, 'the broken page to be served');
  expect(body).toContain('Een week gratis met de bus');
  expect((await fetch(`http://127.0.0.1:${port}/bus/reisplanner/`)).status).toBe(200);

  site.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplaner/', 'href: /bus/reisplanner/');
  site.edit('content/pages/bus/onderweg.mdx', 'titel:', 'title:');
  await waitFor(() => output.includes('journey check: no problems'), 'the re-check after the fix');
});

it('shows every MDX component in the gallery, rendered, with the MDX that makes it and this site’s own ids', async () => {
  expect(port, 'the dev server of the test above runs').toBeGreaterThan(0);
  const response = await fetch(`http://127.0.0.1:${port}/_wegwijzer/componenten/`);
  expect(response.status).toBe(200);
  const page = load(await response.text());
  expect(page('meta[name="robots"]').attr('content')).toBe('noindex');
  const shown = page('section[data-component]').toArray().map((section) => page(section).attr('data-component'));
  // The gallery names the components of the registry (src/components/mdx-components.ts): each has its example.
  const registry = (page('[data-registry]').attr('data-registry') ?? '').split(' ');
  expect(registry).toEqual(expect.arrayContaining(['Hero', 'Features', 'Stats', 'Cards', 'CtaBanner', 'Event', 'Figure', 'Download', 'table']));
  expect(shown.sort()).toEqual(registry.sort());
  for (const section of page('section[data-component]').toArray()) {
    const name = page(section).attr('data-component') ?? '';
    const source = page(section).find('pre code').text();
    expect(source, name).toContain(name === 'table' ? '| --- |' : `<${name}`);
    expect(source, name).not.toContain('props.');
    expect(page(section).find('.rendered').children().length, `${name} is rendered`).toBeGreaterThan(0);
  }
  const cards = page('section[data-component="Cards"]');
  expect(cards.find('pre code').text()).toMatch(/href: '\/[a-z0-9/-]+\/'/);
  expect(cards.find('.rendered a').first().attr('href')).toMatch(/^\/[a-z0-9/-]+\/$/);
  expect(page('section[data-component="Cta"] .rendered #volgende-stap').length, '<Cta /> places a next step').toBe(1);
});
