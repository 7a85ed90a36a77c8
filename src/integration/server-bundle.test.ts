import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onlyOwnOnDemandRoutes } from './server-bundle.ts';

describe('onlyOwnOnDemandRoutes', () => {
  const root = mkdtempSync(join(tmpdir(), 'lean-server-'));
  const endpoint = join(root, 'package/src/inbox/endpoint.astro');
  mkdirSync(join(root, 'package/src/inbox'), { recursive: true });
  writeFileSync(endpoint, '');
  mkdirSync(join(root, 'site/node_modules'), { recursive: true });
  symlinkSync(join(root, 'package'), join(root, 'site/node_modules/wegwijzer'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'site');
  const prerendered = { isPrerendered: true, origin: 'project' as const, entrypoint: 'src/pages/index.astro' };
  const astros = { isPrerendered: false, origin: 'internal' as const, entrypoint: '_server-islands.astro' };
  const inbox = { isPrerendered: false, origin: 'external' as const, entrypoint: 'node_modules/wegwijzer/src/inbox/endpoint.astro' };

  it("is true when every on-demand route is Astro's own or Wegwijzer's (also through a linked package)", () => {
    expect(onlyOwnOnDemandRoutes([prerendered, astros, inbox], site, [endpoint])).toBe(true);
  });

  it("is false when the site has an on-demand page of its own, which may render content", () => {
    expect(onlyOwnOnDemandRoutes([prerendered, inbox, { isPrerendered: false, origin: 'project', entrypoint: 'src/pages/api/zoek.ts' }], site, [endpoint])).toBe(false);
    expect(onlyOwnOnDemandRoutes([inbox, { isPrerendered: false, origin: 'external', entrypoint: 'node_modules/other/route.astro' }], site, [endpoint])).toBe(false);
  });
});
