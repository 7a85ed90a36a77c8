import { distance } from 'fastest-levenshtein';

/** The known value closest to `input`, when it is close enough to be a likely typo. */
export function closest(input: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** "Did you mean `x`? Known: a, b, c." — or just the known list. */
export function suggestion(input: string, known: readonly string[], noun: string): string {
  const match = closest(input, known);
  const list = known.length > 0 ? `Known ${noun}s: ${known.join(', ')}.` : `There are no ${noun}s yet.`;
  return match ? `Did you mean \`${match}\`? ${list}` : list;
}
