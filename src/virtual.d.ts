declare module 'virtual:wegwijzer/config' {
  const config: import('./integration/index.ts').RuntimeConfig;
  export default config;
}
