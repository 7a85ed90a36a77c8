import { describe, expect, it } from 'vitest';
import { iconSvg, isIcon } from './icons.ts';

describe('icons', () => {
  it('finds Lucide icons by the names on lucide.dev', () => {
    for (const name of ['clock', 'map-pin', 'shield-check', 'bus', 'school', 'users', 'bell-ring']) expect(isIcon(name), name).toBe(true);
    expect(iconSvg('clock', '<Features>')).toMatch(/^<svg [^>]*viewBox="0 0 24 24"[^>]*aria-hidden="true"[^>]*><g [^>]*stroke="currentColor"[^>]*><circle cx="12" cy="12" r="10"\/><path d="M12 6v6l4 2"\/><\/g><\/svg>$/);
  });

  it('names an unknown icon with the likely intended one', () => {
    expect(() => iconSvg('clok', '<Features>')).toThrow('<Features>: there is no icon `clok`. Did you mean `clock`?');
  });
});
