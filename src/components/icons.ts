/**
 * Icons for editors by name (`clock`, `map-pin`, `shield-check`): the Lucide set (ISC licence), from
 * its Iconify package, as inline SVG at build time, so pages load no icon font or script.
 * https://lucide.dev/icons/
 */
import { icons } from '@iconify-json/lucide';
import { closest } from '../journey/suggest.ts';

const NAMES = [...Object.keys(icons.icons), ...Object.keys(icons.aliases ?? {})];

/** The icon's SVG, hidden from screen readers (the text next to it says what it means). */
export function iconSvg(name: string, usedBy: string): string {
  const icon = icons.icons[name] ?? icons.icons[icons.aliases?.[name]?.parent ?? ''];
  if (icon === undefined) {
    const near = closest(name, NAMES);
    throw new Error(`${usedBy}: there is no icon \`${name}\`.${near ? ` Did you mean \`${near}\`?` : ''} Icon names are those of https://lucide.dev/icons/, like \`clock\` or \`map-pin\`.`);
  }
  const width = icon.width ?? icons.width ?? 24;
  const height = icon.height ?? icons.height ?? 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">${icon.body}</svg>`;
}

export function isIcon(name: string): boolean {
  return NAMES.includes(name);
}
