import { statSync } from 'node:fs';
import { join } from 'node:path';

/** "245 kB" or "1,2 MB" (in English "1.2 MB") for a file under public/; undefined when the file is missing. */
export function fileSize(publicDir: string, sitePath: string, language = 'nl-NL'): string | undefined {
  let bytes: number;
  try {
    bytes = statSync(join(publicDir, sitePath)).size;
  } catch {
    return undefined;
  }
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}
