/** What every check of `wegwijzer verify` reports: findings tied to the page they are about. */

/** The checks, in the order the report lists them. */
export const CHECKS = {
  page: 'page',
  accessibility: 'accessibility',
  keyboard: 'keyboard',
  reflow: 'reflow',
  links: 'links',
  html: 'HTML',
  privacy: 'privacy',
  budget: 'budget',
  statements: 'statements',
  security: 'security',
} as const;

export type Check = keyof typeof CHECKS;

export interface Finding {
  /** The page the finding is about: its URL path (`/bus/`), or a label like `POST /aanvraag/ (…)`. */
  page: string;
  check: Check;
  /** One line: what is wrong. */
  message: string;
  /** Further lines: the element, the rule's help, where to read more. */
  details?: string[];
}

export function finding(page: string, check: Check, message: string, details?: string[]): Finding {
  return details === undefined || details.length === 0 ? { page, check, message } : { page, check, message, details };
}
