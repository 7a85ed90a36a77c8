import { describe, expect, it } from 'vitest';
import { codeSpans } from './code-spans.ts';

describe('codeSpans', () => {
  it('makes every name between backticks code and keeps the rest text', () => {
    expect(codeSpans('unknown component `<Calout>`: did you mean `Callout`?')).toEqual([
      { text: 'unknown component ', code: false },
      { text: '<Calout>', code: true },
      { text: ': did you mean ', code: false },
      { text: 'Callout', code: true },
      { text: '?', code: false },
    ]);
  });

  it('leaves a text with an unpaired backtick as it is', () => {
    expect(codeSpans('a ` alone')).toEqual([{ text: 'a ` alone', code: false }]);
  });
});
