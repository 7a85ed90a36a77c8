// @ts-check
import { defineConfig } from 'astro/config';
import wegwijzer from './src/integration/index.ts';

export default defineConfig({
  site: 'https://www.voorbeeldstad.nl',
  integrations: [
    wegwijzer({
      organisation: { name: 'Gemeente Voorbeeldstad' },
    }),
  ],
});
