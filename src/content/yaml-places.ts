/**
 * Where each field of a YAML text starts, so a problem with `cta.href` can name its line and
 * column. Reads with the `yaml` package's document model, which keeps source ranges.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPlaces, Place } from '../journey/model.ts';

export interface YamlReading {
  data: unknown;
  places: FieldPlaces;
  /** The first syntax error, when the text is not valid YAML. */
  error?: Place & { message: string };
}

/** Reads YAML; `text` may start with the rest of a frontmatter's `---` line, so lines are the file's. */
export function readYaml(text: string): YamlReading {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const places: Record<string, Place> = {};
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const walk = (node: Node | null | undefined, path: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const range = isScalar(pair.key) ? pair.key.range : undefined;
        if (range) places[[...path, key].join('.')] = placeOf(range[0]);
        walk(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range;
        if (range) places[[...path, String(index)].join('.')] = placeOf(range[0]);
        walk(item as Node | null, [...path, String(index)]);
      });
    }
  };
  const first = document.errors[0];
  if (first !== undefined) {
    const { line, col } = first.linePos?.[0] ?? { line: 1, col: 1 };
    return { data: undefined, places, error: { line, column: col, message: first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.message } };
  }
  walk(document.contents as Node | null, []);
  return { data: document.toJS(), places };
}

/**
 * Even a YAML text with errors often says which persona and phase it meant: the `yaml` parser
 * recovers what it can, so a page with a broken line elsewhere still counts for its journey.
 */
export function recoverYaml(text: string): Record<string, unknown> {
  try {
    const value: unknown = parseDocument(text).toJS();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
