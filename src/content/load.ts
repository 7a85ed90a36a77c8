/**
 * Reads the editor's content folder from disk into a plain snapshot for the journey checks.
 * Parse and schema errors become problems; valid entries go into the snapshot.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { parse as parseYaml } from 'yaml';
import type { ContentSnapshot, DownloadEntry, InvalidPage, PageEntry, PersonaEntry, Problem } from '../journey/model.ts';
import type { Phase } from '../journey/phases.ts';
import { contentSchemas, ID_PATTERN, type ContentSchemas } from '../journey/schemas.ts';
import { contentPageUrl } from './paths.ts';
import { validateEntry } from '../journey/validate.ts';

export interface LoadOptions {
  /** Absolute path of the project root. */
  root: string;
  contentDir: string;
  publicDir: string;
  phases: readonly Phase[];
  routes: readonly string[];
  /** The site's content schemas (with its own page fields); default Wegwijzer's contract. */
  schemas?: ContentSchemas;
}

export interface LoadedContent {
  snapshot: ContentSnapshot;
  /** Problems found while reading and validating files (before the journey checks). */
  problems: Problem[];
}


function listFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function yamlError(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
  return { file, message: `is not valid YAML: ${message}`, fix: 'Correct the YAML syntax (indentation, quotes, colons) at that line.' };
}

function idFrom(file: string, name: string, folder: string): { id: string } | { problem: Problem } {
  const id = name.replace(/\.ya?ml$/, '');
  if (ID_PATTERN.test(id)) return { id };
  const suggested = id.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    problem: {
      file,
      message: `the file name \`${name}\` is not a valid id`,
      fix: `Rename it to ${folder}/${suggested || 'naam'}.yaml: lowercase letters, digits and hyphens.`,
    },
  };
}

function loadYamlCollection<C extends 'personas' | 'downloads'>(
  options: LoadOptions,
  collection: C,
  problems: Problem[],
) {
  const folder = `${options.contentDir}/${collection}`;
  const entries: { id: string; file: string; data: unknown }[] = [];
  for (const path of listFiles(join(options.root, folder))) {
    const file = toPosix(relative(options.root, path));
    const name = file.slice(folder.length + 1);
    if (!/\.ya?ml$/.test(name) || name.includes('/')) {
      problems.push({ file, message: `is not a ${collection.slice(0, -1)} file`, fix: `Only ${folder}/<id>.yaml files belong here: move or rename it.` });
      continue;
    }
    const id = idFrom(file, name, folder);
    if ('problem' in id) {
      problems.push(id.problem);
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(yamlError(file, error));
      continue;
    }
    const result = validateEntry(collection, file, raw, options.schemas ?? contentSchemas);
    if (result.ok) entries.push({ id: id.id, file, data: result.data });
    else problems.push(...result.problems);
  }
  return entries;
}

function loadPages(options: LoadOptions, problems: Problem[]): { pages: PageEntry[]; invalidPages: InvalidPage[] } {
  const folder = `${options.contentDir}/pages`;
  const pages: PageEntry[] = [];
  const invalidPages: InvalidPage[] = [];
  for (const path of listFiles(join(options.root, folder))) {
    const file = toPosix(relative(options.root, path));
    const name = file.slice(folder.length + 1);
    if (!name.endsWith('.mdx')) {
      if (name.endsWith('.md')) {
        problems.push({ file, message: 'is a .md file; pages are MDX', fix: `Rename it to ${file}x.` });
      }
      continue;
    }
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
    } catch (error) {
      problems.push({ ...yamlError(file, error), message: `has frontmatter that is not valid YAML: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}` });
      continue;
    }
    const result = validateEntry('pages', file, frontmatter, options.schemas ?? contentSchemas);
    if (result.ok) pages.push({ file, url: contentPageUrl(file, result.data.slug), data: result.data });
    else {
      problems.push(...result.problems);
      invalidPages.push(invalidPage(file, frontmatter));
    }
  }
  return { pages, invalidPages };
}

/** What can still be read from a page with frontmatter errors: its URL, personas and phase. */
function invalidPage(file: string, frontmatter: Record<string, unknown>): InvalidPage {
  const { persona, phase, slug } = frontmatter;
  const personas = (Array.isArray(persona) ? persona : [persona]).filter((id): id is string => typeof id === 'string');
  return {
    file,
    url: contentPageUrl(file, typeof slug === 'string' ? slug : undefined),
    personas,
    phase: typeof phase === 'string' ? phase : undefined,
  };
}

function loadPublicFiles(options: LoadOptions): Set<string> {
  const base = join(options.root, options.publicDir);
  return new Set(listFiles(base).map((path) => `/${toPosix(relative(base, path))}`));
}

export function loadContent(options: LoadOptions): LoadedContent {
  const problems: Problem[] = [];
  const personas = loadYamlCollection(options, 'personas', problems) as PersonaEntry[];
  const downloads = loadYamlCollection(options, 'downloads', problems) as DownloadEntry[];
  const { pages, invalidPages } = loadPages(options, problems);
  return {
    snapshot: {
      phases: options.phases,
      personas,
      pages,
      invalidPages,
      downloads,
      publicFiles: loadPublicFiles(options),
      routes: options.routes,
      pagesDir: `${options.contentDir}/pages`,
    },
    problems,
  };
}
