import { describe, expect, it } from 'vitest';
import { usesVideo } from './privacy.ts';

describe('usesVideo', () => {
  it('finds a Video component in a page body', () => {
    expect(usesVideo(['Tekst.', '<Video id="aqz-KE-bpKQ" title="T" poster="/p.png" />'])).toBe(true);
    expect(usesVideo(['<Video\n  id="aqz-KE-bpKQ"\n/>'])).toBe(true);
  });

  it('ignores pages without one, and the word in running text', () => {
    expect(usesVideo(['Bekijk de Video op de website.', '<Videos />', undefined])).toBe(false);
    expect(usesVideo([])).toBe(false);
  });
});
