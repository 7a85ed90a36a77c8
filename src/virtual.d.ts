declare module 'virtual:wegwijzer/config' {
  const config: import('./integration/index.ts').RuntimeConfig;
  export default config;
}

declare module 'virtual:wegwijzer/lead-adapter' {
  /** The adapter of the configured lead provider only, so the browser bundle stays small. */
  const adapter: import('./forms/providers/types.ts').ProviderAdapter;
  export default adapter;
}
