#!/usr/bin/env node
/**
 * The `wegwijzer` command. An installed package runs the JavaScript that `npm pack` compiled into lib/
 * (prepack), so it asks nothing of Node's TypeScript support: `new-site` runs on the Node a newcomer has,
 * and each command checks the Node it needs itself (src/cli/commands.ts). A checkout has no lib/: there
 * it runs the TypeScript sources, whose types Node strips itself from 22.18 on; `npm run …` in the
 * checkout uses the project's own Node 24.
 */
import { existsSync } from 'node:fs';

const compiled = new URL('../lib/cli/main.js', import.meta.url);

if (existsSync(compiled)) {
  await import(compiled.href);
} else if (process.features.typescript) {
  try {
    await import('../src/cli/main.ts');
  } catch (error) {
    // Sources without lib/ inside node_modules (a copied checkout): Node strips no types there.
    if (error?.code !== 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING') throw error;
    console.error(`wegwijzer: this copy of the package (${new URL('..', import.meta.url).pathname}) is inside node_modules and has no compiled lib/: install wegwijzer from a tarball made by \`npm pack\`, which compiles it.`);
    process.exitCode = 2;
  }
} else {
  console.error(
    `wegwijzer: Node.js ${process.version} cannot run this checkout's TypeScript sources (Node 22.18 or newer can): run it as \`npm run <command>\` in the checkout, which uses the project's Node 24, or install wegwijzer from a tarball made by \`npm pack\`.`,
  );
  process.exitCode = 2;
}
