/**
 * The built server of an inbox site as a host starts it, `node dist/server/entry.mjs`: with a Node
 * too old for it, it says so in one line; it serves only the on-demand routes the site needs (not
 * Astro's image endpoint); and no redirect leaves the site.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredNode } from '../src/integration/inbox-server.ts';
import { GENERATED_ROUTES } from '../src/journey/urls.ts';
import { copyBuiltFixture } from './support/built.ts';
import { get, send, serveExampleSite, type ServedSite } from './support/server.ts';
import { childEnv } from './support/site.ts';

/** A `node` on PATH outside any node_modules (not the project's own Node 24) older than the server needs. */
function olderNodeOnPath(): { path: string; version: string } | undefined {
  const required = requiredNode().split('.').map(Number);
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '' || folder.includes('node_modules')) continue;
    const path = join(folder, 'node');
    try {
      accessSync(path, constants.X_OK);
    } catch {
      continue;
    }
    const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    const found = version.split('.').map(Number);
    const older = found.findIndex((part, index) => part !== required[index]);
    if (older !== -1 && (found[older] ?? 0) < (required[older] ?? 0)) return { path, version };
  }
  return undefined;
}

const oldNode = olderNodeOnPath();

describe('node dist/server/entry.mjs', () => {
  // Under CI a machine without an older Node is a failure, not a skipped test.
  it.skipIf(oldNode === undefined && process.env.CI !== 'true')('with a Node too old for node:sqlite: one line with what is needed, what was found and what to do; exit 2', () => {
    expect(oldNode, `no node older than ${requiredNode()} on PATH outside node_modules`).toBeDefined();
    if (oldNode === undefined) return;
    const site = copyBuiltFixture();
    try {
      const result = spawnSync(oldNode.path, ['dist/server/entry.mjs'], { cwd: site.root, env: childEnv({ PORT: '0', HOST: '127.0.0.1' }), encoding: 'utf8', timeout: 30_000 });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `[wegwijzer] This server needs Node.js ${requiredNode()} or newer (for node:sqlite), but ${oldNode.path} is Node.js ${oldNode.version}: install Node.js ${requiredNode()} or newer (24 LTS recommended) and start it again with that node.\n`,
      );
    } finally {
      site.dispose();
    }
  });
});

describe('the production server', () => {
  let served: ServedSite;
  beforeAll(async () => {
    served = await serveExampleSite();
  });
  afterAll(() => served?.dispose());

  it("does not serve Astro's image endpoint, with a real image either", async () => {
    const image = readdirSync(join(served.site.root, 'dist/client/_astro')).find((file) => file.endsWith('.jpg'));
    expect(image).toBeDefined();
    const started = performance.now();
    const answer = await get(served.server, `/_image?href=/_astro/${image}&w=1600&f=avif&q=100`);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await get(served.server, '/_server-islands/Island')).status).toBe(404);
    expect((await send(served.server, '/_image', { method: 'POST' })).status).toBe(404);
  });

  it("hands Astro only the site's own on-demand routes: the inbox routes of GENERATED_ROUTES", () => {
    const entry = readFileSync(join(served.site.root, 'dist/server/entry.mjs'), 'utf8');
    const built = JSON.parse(/start\(import\.meta\.url, (\{[\s\S]*\})\);/.exec(entry)?.[1] ?? '{}') as { onDemand: { source: string; flags: string }[] };
    const onDemand = built.onDemand.map(({ source, flags }) => new RegExp(source, flags));
    const inboxRoutes = GENERATED_ROUTES.filter((route) => route.inboxOnly);
    expect(onDemand).toHaveLength(inboxRoutes.length);
    for (const route of inboxRoutes) {
      for (const url of route.urls({ personaIds: [], downloadIds: [], inbox: true })) expect(onDemand.some((pattern) => pattern.test(url)), url).toBe(true);
    }
    expect(onDemand.some((pattern) => pattern.test('/_image'))).toBe(false);
  });

  it('never redirects off the site: a folder asked for without its slash is redirected on this origin', async () => {
    const origin = served.server.origin;
    const tricks = ['/.//evil.example/%252e%252e/basisschool', '/.//basisschool', '//basisschool', '///evil.example/../basisschool', '/\\evil.example/../basisschool', '//evil.example/%2e%2e/basisschool'];
    for (const path of tricks) {
      const answer = await get(served.server, path);
      const location = answer.headers.location;
      if (typeof location === 'string') expect(new URL(location, origin).origin, `${path} → ${location}`).toBe(origin);
      if (answer.status === 301) expect(location, path).toBe('/basisschool/');
    }
    expect((await get(served.server, '/.//evil.example/%252e%252e/basisschool')).status).toBe(404);
    const plain = await get(served.server, '/basisschool?utm_source=poster');
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('/basisschool/?utm_source=poster');
  });
});
