/** The statuses of the national register of accessibility statements, in its own words. */
export const ACCESSIBILITY_STATUS = {
  voldoet: { label: 'A — voldoet volledig', text: 'Deze website voldoet volledig aan de eisen.' },
  'voldoet-gedeeltelijk': { label: 'B — voldoet gedeeltelijk', text: 'Deze website voldoet gedeeltelijk aan de eisen. We werken eraan om de rest op te lossen.' },
  'eerste-maatregelen': { label: 'C — eerste maatregelen genomen', text: 'We hebben de eerste maatregelen genomen om aan de eisen te voldoen.' },
  // The register calls D "geen maatregelen genomen"; the option keeps its plainer name `voldoet-niet`.
  'voldoet-niet': { label: 'D — geen maatregelen genomen', text: 'Deze website voldoet nog niet aan de eisen, en we hebben nog geen maatregelen genomen.' },
} as const;

export type AccessibilityStatus = keyof typeof ACCESSIBILITY_STATUS;
