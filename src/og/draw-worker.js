/**
 * A thread of the link-preview pool (./write.ts). Plain JavaScript, because Node refuses to strip
 * types from .ts files under node_modules: it registers the package's type-stripping hook for this
 * thread, then draws with ./draw.ts. Each thread has its own heap, so drawing thousands of cards is
 * not slowed by the garbage collection of the build's large heap.
 */
import { registerHooks } from 'node:module';
import { loadPackageTypeScript } from '../../bin/type-stripping.js';

registerHooks({ load: loadPackageTypeScript });

const { drawCard } = await import('./draw.ts');

export default drawCard;
