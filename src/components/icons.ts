/**
 * Icons for editors by name (`clock`, `map-pin`, `shield-check`): the Lucide set (ISC licence), as
 * inline SVG at build time, so pages load no icon font or script. https://lucide.dev/icons/
 */
import { icons } from 'lucide';
import { closest } from '../journey/suggest.ts';

type IconNode = readonly (readonly [string, Readonly<Record<string, string | number | undefined>>])[];

/** `MapPin` → `map-pin`, `Clock10` → `clock-10`: the names Lucide's site shows. */
function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-zA-Z])(\d)/g, '$1-$2')
    .toLowerCase();
}

const BY_NAME = new Map<string, IconNode>(Object.entries(icons as Record<string, IconNode>).map(([name, node]) => [kebab(name), node]));

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The icon's SVG, hidden from screen readers (the text next to it says what it means). */
export function iconSvg(name: string, usedBy: string): string {
  const node = BY_NAME.get(name);
  if (node === undefined) {
    const near = closest(name, BY_NAME.keys());
    throw new Error(`${usedBy}: there is no icon \`${name}\`.${near ? ` Did you mean \`${near}\`?` : ''} Icon names are those of https://lucide.dev/icons/, like \`clock\` or \`map-pin\`.`);
  }
  const children = node
    .map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}="${escape(String(value))}"`).join(' ')}/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${children}</svg>`;
}

export function isIcon(name: string): boolean {
  return BY_NAME.has(name);
}
