declare module 'virtual:wegwijzer/config' {
  const config: import('./integration/index.ts').RuntimeConfig;
  export default config;
}

declare module 'virtual:wegwijzer/lead-adapter' {
  /** The adapter of the configured lead provider only, so the browser bundle stays small. */
  const adapter: import('./forms/providers/types.ts').ProviderAdapter;
  export default adapter;
}

declare module 'virtual:wegwijzer/stats-site' {
  /** What live counting needs to know of the site: its pages, downloads and journeys (src/stats/site.ts). */
  const site: import('./stats/site.ts').StatsSite;
  export default site;
}

declare module 'virtual:wegwijzer/tokens.css';
declare module 'virtual:wegwijzer/filled-collections' {
  /** Whether the site has events and contact requests, as the gate read them when the build or dev server started. */
  const filled: { events: boolean; contact: boolean };
  export default filled;
}

declare module 'virtual:wegwijzer/theme.css';

declare module 'virtual:wegwijzer/gate-input' {
  /** What the journey map needs to run this project's gate itself. */
  const input: import('./content/gate.ts').GateInput;
  export default input;
}

/**
 * Plain `tsc` cannot read .astro files (only `astro check` can); this fallback types the .astro
 * imports of .ts modules, such as the MDX component map, and is unused where real types exist.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

declare namespace App {
  interface Locals {
    /** The visitor's address as Wegwijzer's inbox server worked it out (src/inbox/server.ts). */
    wegwijzerClientAddress?: string;
    /** In `astro dev`, why the first render of this request failed (src/dev/left-out-body.ts). */
    wegwijzerRenderFailure?: unknown;
  }
}
