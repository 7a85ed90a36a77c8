/**
 * The statuses of the national register of accessibility statements. The words shown for each
 * (in the register's own Dutch, or English) are the strings `accessibility.status.<status>` and
 * `….text`.
 */
export const ACCESSIBILITY_STATUSES = ['voldoet', 'voldoet-gedeeltelijk', 'eerste-maatregelen', 'voldoet-niet'] as const;
export type AccessibilityStatus = (typeof ACCESSIBILITY_STATUSES)[number];

/** The string keys of a status' label and explanation. */
export function statusKeys(status: AccessibilityStatus) {
  return { label: `accessibility.status.${status}`, text: `accessibility.status.${status}.text` } as const;
}
