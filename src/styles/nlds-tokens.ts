/**
 * Reads an NL Design System token package's published values and maps them to Wegwijzer's
 * variables (the table in token-map.ts). Pure: takes the files' text, returns the declarations,
 * the mapped `:root` block and the contrast problems; finding and reading the files is
 * token-package.ts's job.
 */
import type { Problem } from '../journey/model.ts';
import { contrastFailures, formatRatio, hexColour, parseColour, type ContrastFailure } from './contrast.ts';
import { candidateTokens, TOKEN_MAP, type TokenMapping } from './token-map.ts';

/** Custom properties of a package, by name (`--utrecht-link-color`), with the theme prefixes it declares. */
export interface TokenDeclarations {
  values: Map<string, string>;
  /** `utrecht` for `.utrecht-theme`: the package's own prefix, found in its selectors. */
  prefixes: string[];
}

/** A selector the package's tokens apply under: `:root`, or its theme class `.<prefix>-theme`. */
const TOKEN_SELECTOR = /^(?::root|\.([a-z][\w-]*?)-theme)$/;

/**
 * The custom properties of the top-level `:root` and `.<prefix>-theme` rules of a token CSS file.
 * Rules inside `@media` (Utrecht's larger headings on wide screens) and other selectors (dark
 * mode, modifiers) are left out: the mapping takes the package's base values.
 */
export function parseTokenCss(css: string): TokenDeclarations {
  const values = new Map<string, string>();
  const prefixes = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let selector = '';
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote !== undefined) {
      if (char === quote && text[index - 1] !== '\\') quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') {
      if (depth === 0) selector = text.slice(start, index).trim();
      depth++;
      start = index + 1;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        const body = text.slice(start, index);
        const selectors = selector.split(',').map((part) => part.trim());
        const matches = selectors.map((part) => TOKEN_SELECTOR.exec(part));
        if (!selector.startsWith('@') && matches.some((match) => match !== null)) {
          for (const match of matches) if (match?.[1] !== undefined) prefixes.add(match[1]);
          for (const [name, value] of declarations(body)) values.set(name, value);
        }
      }
      start = index + 1;
    }
  }
  return { values, prefixes: [...prefixes] };
}

/** `--name: value` pairs of a rule body; a `;` inside quotes or brackets (a data URL) does not end a value. */
function declarations(body: string): [string, string][] {
  const found: [string, string][] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  const take = (end: number) => {
    const part = body.slice(start, end);
    const colon = part.indexOf(':');
    const name = part.slice(0, colon).trim();
    if (colon > 0 && name.startsWith('--')) found.push([name, part.slice(colon + 1).trim()]);
  };
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quote !== undefined) {
      if (char === quote && body[index - 1] !== '\\') quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth === 0) {
      take(index);
      start = index + 1;
    }
  }
  take(body.length);
  return found;
}

/**
 * The tokens of a style-dictionary `tokens.json` (W3C `$value` or the older `value`), named as
 * their CSS variables: `{ utrecht: { link: { color: { $value } } } }` is `--utrecht-link-color`.
 * A reference `{basis.color.x}` becomes `var(--basis-color-x)`; composite values are left out.
 */
export function parseTokenJson(json: unknown): TokenDeclarations {
  const values = new Map<string, string>();
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    const value = record.$value ?? (typeof record.value === 'object' ? undefined : record.value);
    if (typeof value === 'string' || typeof value === 'number') {
      values.set(`--${path.join('-')}`, String(value).replace(/\{([\w.-]+)\}/g, (_match, reference: string) => `var(--${reference.replace(/\./g, '-')})`));
      return;
    }
    for (const [key, child] of Object.entries(record)) if (!key.startsWith('$')) walk(child, [...path, key]);
  };
  walk(json, []);
  return { values, prefixes: [] };
}

/**
 * A token's value with every `var()` in it replaced by what the package gives it, so the page
 * needs none of the package's other variables. Undefined when a reference leads outside the
 * package (and has no fallback) or in a circle.
 */
export function resolveValue(values: ReadonlyMap<string, string>, name: string, seen: ReadonlySet<string> = new Set()): string | undefined {
  if (seen.has(name)) return undefined;
  const value = values.get(name);
  if (value === undefined) return undefined;
  return substitute(values, value, new Set([...seen, name]));
}

function substitute(values: ReadonlyMap<string, string>, value: string, seen: ReadonlySet<string>): string | undefined {
  let result = '';
  let index = 0;
  while (index < value.length) {
    const at = value.indexOf('var(', index);
    if (at === -1) {
      result += value.slice(index);
      break;
    }
    result += value.slice(index, at);
    const end = closingBracket(value, at + 3);
    if (end === -1) return undefined;
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const reference = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
    const resolved = resolveValue(values, reference, seen) ?? (fallback === undefined ? undefined : substitute(values, fallback, seen));
    if (resolved === undefined) return undefined;
    result += resolved;
    index = end + 1;
  }
  return result.trim();
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

/** One Wegwijzer variable as the package sets it. */
export interface MappedToken {
  variable: string;
  value: string;
  /** The package's token it came from, e.g. `--utrecht-link-color`; for a derived value, the variable it was made from. */
  token: string;
  derived?: true;
}

/**
 * Wegwijzer's variables from the package's declarations: per TOKEN_MAP entry the first candidate
 * token that resolves to a usable value (a colour for a colour), else its derived value, else none.
 */
export function mapTokens({ values, prefixes }: TokenDeclarations, map: readonly TokenMapping[] = TOKEN_MAP): MappedToken[] {
  const mapped: MappedToken[] = [];
  for (const mapping of map) {
    const found = candidateTokens(mapping, prefixes)
      .map((token) => ({ token, value: resolveValue(values, token) }))
      .find((candidate): candidate is { token: string; value: string } => candidate.value !== undefined && usable(mapping, candidate.value));
    if (found !== undefined) {
      mapped.push({ variable: mapping.variable, value: found.value, token: found.token });
      continue;
    }
    const derived = mapping.derive && deriveTint(mapped, mapping.derive.from, mapping.derive.tint);
    if (derived) mapped.push({ variable: mapping.variable, value: derived, token: mapping.derive!.from, derived: true });
  }
  return mapped;
}

function usable(mapping: TokenMapping, value: string): boolean {
  if (value === '' || /[{}<>]/.test(value)) return false;
  return mapping.kind !== 'color' || parseColour(value) !== undefined;
}

/** `tint` of the mapped colour `from` over the mapped background (white by default), as #rrggbb. */
function deriveTint(mapped: readonly MappedToken[], from: string, tint: number): string | undefined {
  const colour = parseColour(mapped.find((token) => token.variable === from)?.value ?? '');
  const background = parseColour(mapped.find((token) => token.variable === '--wegwijzer-color-background')?.value ?? '#ffffff');
  if (colour === undefined || background === undefined) return undefined;
  const mix = (a: number, b: number) => a * tint + b * (1 - tint);
  return hexColour(`rgb(${mix(colour.r, background.r) * 255} ${mix(colour.g, background.g) * 255} ${mix(colour.b, background.b) * 255})`);
}

/** The block that goes on the page: only Wegwijzer's variables, no theme class needed. */
export function rootBlock(mapped: readonly MappedToken[]): string {
  if (mapped.length === 0) return '';
  return `:root{${mapped.map(({ variable, value }) => `${variable}:${value}`).join(';')}}\n`;
}

/** The families a font-family value names, without generic families: `"Noto Sans Variable", Arial, sans-serif` → Noto Sans Variable, Arial. */
export function fontFamilies(value: string): string[] {
  const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', 'inherit', 'initial']);
  return value
    .split(',')
    .map((family) => family.trim().replace(/^(["'])(.*)\1$/, '$2').trim())
    .filter((family) => family !== '' && !generic.has(family.toLowerCase()));
}

/** Where the tokens came from, for the messages: the package and the file read, relative to the project. */
export interface TokenSource {
  packageName: string;
  file: string;
}

/**
 * Contrast problems of the site's colours once the package's tokens are applied: Wegwijzer's
 * defaults, then the mapped tokens, then the site's theme.css (which may fix a pair). A pair is
 * named by the package token that set it, so the fix says which token to change or override.
 */
export function tokenContrastProblems(defaults: ReadonlyMap<string, string>, mapped: readonly MappedToken[], theme: ReadonlyMap<string, string>, source: TokenSource): Problem[] {
  const fromPackage = new Map(mapped.map((token) => [token.variable, token]));
  const all = new Map([...defaults, ...mapped.map((token) => [token.variable, token.value] as const), ...theme]);
  /** The variable whose own value a pair is drawn with, after following var() between Wegwijzer's variables. */
  const origin = (name: string): MappedToken | undefined => {
    let current = name;
    for (let depth = 0; depth < 20; depth++) {
      if (theme.has(current)) return undefined;
      const next = /^var\(\s*(--[\w-]+)\s*(?:,.*)?\)$/.exec(all.get(current)?.trim() ?? '')?.[1];
      if (next === undefined) return fromPackage.get(current);
      current = next;
    }
    return undefined;
  };
  // One problem per token of the package, however many surfaces it fails on: one mistake, one problem.
  const groups = new Map<string, { front: MappedToken | undefined; back: MappedToken | undefined; failures: ContrastFailure[] }>();
  for (const failure of contrastFailures(all)) {
    const front = origin(failure.pair.foreground);
    const back = origin(failure.pair.background);
    // Only what the package brought in: Wegwijzer's defaults and the site's own theme have their own test.
    if (front === undefined && back === undefined) continue;
    const key = front !== undefined ? `${failure.pair.foreground}|${front.token}` : `${failure.pair.background}|${back?.token}`;
    const group = groups.get(key) ?? { front, back, failures: [] };
    group.failures.push(failure);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => contrastProblem(group.failures, group.front, group.back, source));
}

function contrastProblem(failures: readonly ContrastFailure[], front: MappedToken | undefined, back: MappedToken | undefined, source: TokenSource): Problem {
  const [first, ...more] = failures as [ContrastFailure, ...ContrastFailure[]];
  const { pair, foreground, background, ratio } = first;
  const side = (variable: string, token: MappedToken | undefined, value: string) =>
    `\`${variable}\` (${value}${token === undefined ? ", Wegwijzer's default" : `, from ${token.derived ? `a tint of \`${token.token}\`` : `\`${token.token}\``}`})`;
  const what = pair.kind === 'text' ? 'text' : 'a border, outline or other non-text part';
  const measured = (value: number | undefined) => (value === undefined ? 'cannot be measured (a value is not a colour this check reads)' : formatRatio(value));
  const blamed = front ?? back;
  const changed = front !== undefined ? pair.foreground : pair.background;
  // The other side of each pair: what the changed colour must stand out against.
  const other = (failure: ContrastFailure) => (front !== undefined ? failure.pair.background : failure.pair.foreground);
  const also = more.length === 0 ? '' : ` Also too little against ${more.map((failure) => `\`${other(failure)}\` ${measured(failure.ratio)}`).join(', ')}.`;
  return {
    file: source.file,
    field: blamed?.token,
    message: `${side(pair.foreground, front, foreground)} on ${side(pair.background, back, background)}: contrast ${measured(ratio)}; ${what} needs at least ${pair.minimum}:1 (WCAG 2.2 ${pair.kind === 'text' ? '1.4.3' : '1.4.11'}).${also}`,
    fix: `Override \`${changed}\` in the site's theme.css with a colour that reaches ${pair.minimum}:1 against ${front !== undefined ? background : foreground}${more.length > 0 ? ' and the others named' : ''}, or ask the maintainers of ${source.packageName} to fix \`${blamed?.token ?? changed}\`.`,
  };
}
