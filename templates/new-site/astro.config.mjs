// @ts-check
import { defineConfig } from 'astro/config';
import wegwijzer from 'wegwijzer';

export default defineConfig({
  site: '{{site}}',
  integrations: [
    wegwijzer({
      organisation: {
        name: '{{org}}',
        // logo: '/images/logo.svg', // TODO: your logo, a file under public/
      },
      privacy: {
        email: 'TODO-privacy@{{domain}}', // TODO: the address for privacy questions and requests
        // dpoEmail: 'fg@{{domain}}', // TODO: your data protection officer (functionaris gegevensbescherming)
        updated: '{{today}}', // TODO: the date you last changed the privacy statement
      },
      accessibility: {
        status: 'eerste-maatregelen', // TODO: your status in the register: voldoet, voldoet-gedeeltelijk, eerste-maatregelen or voldoet-niet
        date: '{{today}}', // TODO: the date the accessibility statement was signed
        // registerUrl: 'https://www.toegankelijkheidsverklaring.nl/register/…', // TODO: your statement in the national register
        email: 'TODO-toegankelijkheid@{{domain}}', // TODO: where visitors report accessibility problems
      },
      security: {
        contact: ['mailto:TODO-security@{{domain}}'], // TODO: where researchers report vulnerabilities (security.txt)
      },
      // tokens: '@utrecht/design-tokens', // your organisation's NL Design System tokens (npm install --save-exact <package>)
      theme: './theme.css',
    }),
  ],
});
