/**
 * `npm run bench:autofill`: how soon after the form script starts a filled-in lead form can be
 * submitted in Chromium, the figure behind MIN_FILL_MS (src/forms/validate.ts). Serves the built
 * site (`npm run build` first) on 127.0.0.1 and measures, in N runs, the `elapsed` the form
 * sends (time from the form script's start to the submit) when:
 *   instant   every field is filled in one go when the page is ready, as a password manager's
 *             fill-on-load does, and the form is submitted at once (no person could be faster);
 *   actions   Playwright fills the fields and clicks the button, as a scripted bot would.
 * Nothing is stored: the post is answered in the browser. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, port: { type: 'string', default: '4399' } } });
const runs = Number(values.runs);
const origin = `http://127.0.0.1:${values.port}`;
const root = resolve(import.meta.dirname, '..');
const server = spawn(join(root, 'node_modules/.bin/node'), ['dist/server/entry.mjs'], { cwd: root, env: { ...process.env, PORT: values.port, HOST: '127.0.0.1' }, stdio: 'ignore' });

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(origin).then(() => true, () => false)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no server on ${origin}: run \`npm run build\` first`);
}

const FIELDS = { '#lead-schoolgids-name': 'Jan Jansen', '#lead-schoolgids-email': 'jan@voorbeeld.nl' };

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const results: Record<string, number[]> = { instant: [], actions: [] };
  for (const mode of ['instant', 'actions'] as const) {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      let elapsed = Number.NaN;
      await page.route('**/aanvraag/', async (route) => {
        elapsed = Number(new URLSearchParams(route.request().postData() ?? '').get('elapsed'));
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ redirect: '/bedankt/schoolgids/' }) });
      });
      if (mode === 'instant') {
        // The earliest moment the enhanced form exists: the module script has run by DOMContentLoaded.
        await page.addInitScript((fields: Record<string, string>) => {
          document.addEventListener('DOMContentLoaded', () => {
            for (const [selector, value] of Object.entries(fields)) (document.querySelector(selector) as HTMLInputElement).value = value;
            (document.querySelector('form[data-lead-form]') as HTMLFormElement).requestSubmit();
          });
        }, FIELDS);
        await page.goto(`${origin}/basisschool/aanmelden/`);
      } else {
        await page.goto(`${origin}/basisschool/aanmelden/`);
        for (const [selector, value] of Object.entries(FIELDS)) await page.fill(selector, value);
        await page.click('[data-submit]');
      }
      await page.waitForURL('**/bedankt/schoolgids/');
      results[mode]?.push(elapsed);
      await page.close();
    }
  }
  await browser.close();
  for (const [mode, times] of Object.entries(results)) {
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(`${mode.padEnd(8)} elapsed (ms) over ${sorted.length} runs: min ${sorted[0]}, median ${median}, max ${sorted.at(-1)}`);
  }
} finally {
  server.kill();
}
