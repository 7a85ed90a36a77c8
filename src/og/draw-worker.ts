/**
 * A thread of the link-preview pool (./write.ts). Each thread has its own heap, so drawing thousands
 * of cards is not slowed by the garbage collection of the build's large heap. Node starts it outside
 * Vite, so it runs as the package's compiled JavaScript (lib/og/draw-worker.js) when installed.
 */
export { drawCard as default } from './draw.ts';
