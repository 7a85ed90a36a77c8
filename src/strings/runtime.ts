/**
 * The texts of the running site, for pages and components: `t('nextStep.title')`. Reads the
 * strings the integration resolved from the options (locale, tone, overrides).
 */
import config from 'virtual:wegwijzer/config';
import type { Phase } from '../journey/phases.ts';
import { LOCALES, translator, type StringKey } from './strings.ts';

export const t = translator(config.strings);

/** The site's language codes: `lang`, BCP 47 for JSON-LD and dates, OpenGraph's `og:locale`. */
export const language = LOCALES[config.locale];

/** The word citizens see for a phase: its own `step`, the strings' `step.<id>`, or its label. */
export function stepLabel(phase: Phase): string {
  const key = `step.${phase.id}`;
  return phase.step ?? (Object.hasOwn(config.strings, key) ? config.strings[key as StringKey] : phase.label);
}
export type { StringKey } from './strings.ts';
