/**
 * HTML validity with the W3C Nu checker (the pinned `vnu-jar`, run by Java) over every HTML file
 * of the build, plus pages the server renders on request (the form's error page), written to a
 * temporary folder first. Errors only: warnings are advice, not failures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finding, type Finding } from './findings.ts';
import { urlPathOf } from './site.ts';

export const JAVA_HINT =
  'Java is missing: the W3C Nu HTML checker (vnu-jar) needs a Java runtime, 11 or newer, as `java` on the PATH.\n' +
  '  Install it: `apt-get install openjdk-17-jre-headless` (Debian, Ubuntu), `brew install openjdk` (macOS).';

/**
 * The Java to run the checker with: `java` on the PATH, or else the runtime vnu-jar's own install
 * script downloads where no Java is installed (when npm may run it); `undefined` when neither is there.
 */
export function javaCommand(): string | undefined {
  const system = spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 30_000 });
  if (system.error === undefined && system.status === 0) return 'java';
  const { findCachedJava } = createRequire(import.meta.url)('vnu-jar/vnu-java-downloader.js') as { findCachedJava(): string | null };
  return findCachedJava() ?? undefined;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Validates every HTML file under `staticDir` (when given) and the pages in `rendered`, which maps
 * a page's label to HTML that is not a file of the build.
 */
export async function validateHtml(input: { staticDir?: string; rendered?: ReadonlyMap<string, string>; java?: string }): Promise<Finding[]> {
  const rendered = input.rendered ?? new Map<string, string>();
  if (input.staticDir === undefined && rendered.size === 0) return [];
  const extraDir = rendered.size === 0 ? undefined : mkdtempSync(join(tmpdir(), 'wegwijzer-vnu-'));
  const labels = new Map<string, string>();
  try {
    const inputs = input.staticDir === undefined ? [] : [input.staticDir];
    for (const [label, html] of rendered) {
      const file = join(extraDir ?? '', `page-${labels.size}.html`);
      writeFileSync(file, html);
      labels.set(file, label);
      inputs.push(file);
    }
    const messages = await runVnu(input.java ?? 'java', inputs);
    return messages.filter((message) => message.type !== 'info').map((message) => {
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '');
      const page = labels.get(file) ?? (input.staticDir !== undefined && file.startsWith(input.staticDir) ? urlPathOf(relative(input.staticDir, file).split('\\').join('/')) : file);
      const where = message.lastLine === undefined ? '' : `line ${message.lastLine}${message.firstColumn === undefined ? '' : `, column ${message.firstColumn}`}: `;
      const extract = message.extract?.replace(/\s+/g, ' ').trim();
      return finding(page, 'html', `${where}${message.message}`, extract === undefined || extract === '' ? undefined : [extract]);
    });
  } finally {
    if (extraDir !== undefined) rmSync(extraDir, { recursive: true, force: true });
  }
}

function runVnu(java: string, inputs: string[]): Promise<VnuMessage[]> {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...inputs], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`${error.message}\n${JAVA_HINT}`)));
    child.on('close', () => {
      // vnu writes its JSON report to stderr.
      const report = stderr.trim() || stdout.trim();
      try {
        resolve((JSON.parse(report) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`The W3C Nu checker gave no report:\n${report.slice(0, 2000)}`));
      }
    });
  });
}
