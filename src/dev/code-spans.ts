/**
 * Problems write names and values between backticks (`<Calout>`, `cta.href`), as Markdown does: the
 * terminal shows them as they are, the dev notice and the toolbar app as code.
 */
export interface TextPart {
  text: string;
  code: boolean;
}

/** The text cut at its backticks: every second part is code. An unpaired backtick stays text. */
export function codeSpans(text: string): TextPart[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return [{ text, code: false }];
  return parts.map((part, index) => ({ text: part, code: index % 2 === 1 })).filter((part) => part.text !== '');
}
