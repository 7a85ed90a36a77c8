/**
 * Filling in a text's placeholders (`{name}`). Without imports, so a client script can fill in the
 * texts a page hands it (src/search/texts.ts) without carrying the strings module.
 */

export const PLACEHOLDER = /\{(\w+)\}/g;

export type Values = Readonly<Record<string, string | number>>;

/** Fills in the placeholders of a text; a placeholder without a value stays visible, as `{name}`. */
export function format(text: string, values: Values = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
