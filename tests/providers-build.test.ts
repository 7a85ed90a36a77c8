/**
 * Builds of the example with a provider other than the inbox: pure static output without an
 * adapter, the form wired to the provider; a provider config error stops the build by name (asked
 * of the build's own setup hook, tests/support/setup-hook.ts). The HubSpot and Mautic builds are the
 * shared variants of the run (tests/support/built.ts `leadsVariant()`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { leadsVariant } from './support/built.ts';
import { skipWithoutChromium } from './support/chromium.ts';
import { runBuildSetup } from './support/setup-hook.ts';
import { copyFixtureSite, wegwijzer, type TempSite } from './support/site.ts';

const sites: TempSite[] = [];
afterAll(() => sites.forEach((site) => site.dispose()));

function siteWithLeads(leads: string): TempSite {
  const site = copyFixtureSite();
  sites.push(site);
  site.edit('astro.config.mjs', "theme: './theme.css',", `theme: './theme.css',\n      leads: ${leads},`);
  return site;
}

describe('build with another lead provider', () => {
  it('is purely static with HubSpot: no server, the form posts to HubSpot from the browser', async () => {
    const { site } = await leadsVariant('hubspot');
    expect(existsSync(join(site.root, 'dist/server'))).toBe(false);
    expect(existsSync(join(site.root, 'dist/aanvraag'))).toBe(false);
    // The search index sits beside the static pages, wherever they are.
    expect(existsSync(join(site.root, 'dist/pagefind/pagefind.js'))).toBe(true);
    // A static build's policy is a <meta> tag: the search page's lets Pagefind compile its WebAssembly.
    expect(readFileSync(join(site.root, 'dist/zoeken/index.html'), 'utf8')).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'/);
    const html = readFileSync(join(site.root, 'dist/basisschool/aanmelden/index.html'), 'utf8');
    expect(html).toContain('https://api.hsforms.com/submissions/v3/integration/submit/1234567/78c2891f-ebdd-44c0-bd94-15c012bbbfbf');
    expect(html).not.toContain('action="/aanvraag/"');
    expect(html).toContain('<noscript>');
    // The browser sends the visitor on to the thank-you page of the page the form is on: each journey its own next step.
    expect(html).toContain('data-thank-you="/bedankt/schoolgids/basisschool/aanmelden/"');
    expect(readFileSync(join(site.root, 'dist/basisschool/open-dagen/index.html'), 'utf8')).toContain('data-thank-you="/bedankt/veiligebuurt-handleiding/basisschool/open-dagen/"');
    for (const page of ['schoolgids/basisschool/aanmelden', 'veiligebuurt-handleiding/basisschool/open-dagen', 'veiligebuurt-handleiding/veilige-buurt/app-installeren']) {
      expect(existsSync(join(site.root, `dist/bedankt/${page}/index.html`)), page).toBe(true);
    }
    // Without `subscriptionTypeId` HubSpot cannot record the further-contact choice: no box that drops the answer.
    expect(html).not.toContain('name="contact"');
    // Only HubSpot's adapter is in the bundle, not the inbox's or Mautic's.
    const scripts = readdirSync(join(site.root, 'dist/_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(site.root, 'dist/_astro', scripts[0] ?? ''));
    expect(code.toString()).toContain('legalConsentOptions');
    expect(code.toString()).not.toContain('mauticform');
    // HubSpot's is the largest adapter: the form script still stays within 3 KB gzipped.
    expect(gzipSync(code).byteLength).toBeLessThanOrEqual(3 * 1024);
  });

  it('writes security header files for static hosts, and a CSP per page that allows the provider', async () => {
    const { site } = await leadsVariant('mautic');
    const headers = readFileSync(join(site.root, 'dist/_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    for (const line of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'none'", 'Strict-Transport-Security: max-age=31536000']) {
      expect(headers).toContain(`  ${line}`);
    }
    const nginx = readFileSync(join(site.root, 'dist/security-headers.nginx.conf'), 'utf8');
    expect(nginx).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(nginx).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" always;`);
    // Both files come from one definition: the same headers with the same values.
    const fromHeaders = [...headers.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((match) => [match[1], match[2]]);
    const fromNginx = [...nginx.matchAll(/^add_header ([\w-]+) "(.+)" always;$/gm)].map((match) => [match[1], match[2]]);
    expect(fromNginx).toEqual(fromHeaders);
    // The page's own policy is a <meta> tag with Astro's hashes; the form may post to Mautic only.
    const html = readFileSync(join(site.root, 'dist/basisschool/aanmelden/index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("form-action 'self' https://mautic.voorbeeldstad.nl");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
    expect(policy).not.toContain('frame-ancestors');
  });

  it.skipIf(skipWithoutChromium('verify of a static build'))('passes `wegwijzer verify`, served from dist/ by a static server, with the form script measured', async () => {
    const result = await wegwijzer(['verify'], (await leadsVariant('hubspot')).site.root);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('served by a static file server');
    expect(result.stdout).toContain('static build: security headers come from the web host');
    expect(result.stdout).not.toContain('POST /aanvraag/');
    expect(result.stdout).toMatch(/^✓ {2}\/basisschool\/aanmelden\/ +\d+\.\d KB /m);
  }, 300_000);

  it('stops when a gated download has no HubSpot form, naming the option', async () => {
    const site = siteWithLeads("{ provider: 'hubspot', portalId: '1234567', forms: { schoolgids: '78c2891f-ebdd-44c0-bd94-15c012bbbfbf' } }");
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('astro.config.mjs › leads.forms.veiligebuurt-handleiding');
  });

  it('stops on a non-https webhook URL, naming the option', async () => {
    const site = siteWithLeads("{ provider: 'webhook', url: 'http://n8n.voorbeeldstad.nl/webhook' }");
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('option `leads.url` must be an https:// URL');
  });
});
