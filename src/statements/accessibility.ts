/** The statuses of the national register of accessibility statements, in its own words. */
export const ACCESSIBILITY_STATUS = {
  voldoet: { label: 'A — voldoet volledig', text: 'Deze website voldoet volledig aan de eisen.' },
  'voldoet-gedeeltelijk': { label: 'B — voldoet gedeeltelijk', text: 'Deze website voldoet gedeeltelijk aan de eisen. We werken eraan om de rest op te lossen.' },
  'eerste-maatregelen': { label: 'C — eerste maatregelen genomen', text: 'We hebben de eerste maatregelen genomen om aan de eisen te voldoen.' },
  'voldoet-niet': { label: 'D — voldoet niet', text: 'Deze website voldoet nog niet aan de eisen.' },
} as const;

export type AccessibilityStatus = keyof typeof ACCESSIBILITY_STATUS;
