/**
 * The components editors use in MDX without importing them, passed to `<Content components>`:
 * for every entry of the registry (registry.ts), the `.astro` file of the same name in this folder.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { MDX_COMPONENTS, type MdxComponentName } from './registry.ts';
import ScrollTable from './ScrollTable.astro';

const files = import.meta.glob<AstroComponentFactory>('./*.astro', { eager: true, import: 'default' });

function component(name: MdxComponentName): AstroComponentFactory {
  const file = files[`./${name}.astro`];
  if (file === undefined) throw new Error(`MDX component \`${name}\` is in src/components/registry.ts, but src/components/${name}.astro does not exist.`);
  return file;
}

export const mdxComponents = {
  ...(Object.fromEntries(Object.keys(MDX_COMPONENTS).map((name) => [name, component(name as MdxComponentName)])) as Record<MdxComponentName, AstroComponentFactory>),
  // Not a component editors name: every Markdown table is rendered in a scrolling region.
  table: ScrollTable,
};
