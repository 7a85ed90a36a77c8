// @ts-check
import { defineConfig } from 'astro/config';
import wegwijzer from 'wegwijzer';

export default defineConfig({
  site: 'https://www.voorbeeldstad.nl',
  integrations: [
    wegwijzer({
      organisation: {
        name: 'Gemeente Voorbeeldstad',
        url: 'https://www.voorbeeldstad.nl',
        logo: '/images/logo.svg',
      },
      seo: {
        titleTemplate: '%s | Gemeente Voorbeeldstad',
      },
      privacy: {
        email: 'privacy@voorbeeldstad.nl',
        dpoEmail: 'fg@voorbeeldstad.nl',
        updated: '2026-11-01',
      },
      accessibility: {
        status: 'voldoet-gedeeltelijk',
        date: '2026-10-15',
        registerUrl: 'https://www.toegankelijkheidsverklaring.nl/register/00000',
        email: 'toegankelijkheid@voorbeeldstad.nl',
      },
      security: {
        contact: ['mailto:security@voorbeeldstad.nl', 'https://www.voorbeeldstad.nl/kwetsbaarheid-melden'],
      },
      theme: './theme.css',
    }),
  ],
});
