import { z } from 'zod';

/** A step of a citizen journey. The order of a phase list is the order of the journey. */
export const phaseSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, starting with a letter')
    .describe('Identifier used in page frontmatter, e.g. `orientatie`.'),
  label: z.string().min(1).describe('Name of the phase for the people who plan the journeys, e.g. `Oriëntatie`; citizens see `step`.'),
  need: z.string().min(1).describe('What content this phase needs, e.g. `informatief`.'),
  step: z
    .string()
    .min(1)
    .optional()
    .describe('Optional: the word citizens see for this step, e.g. `Vergelijken`. Default: the text `step.<id>` of the strings (set for the default phases), else `label`.'),
  handoff: z
    .boolean()
    .optional()
    .describe('Optional: `true` lets a page of this phase hand the visitor off to another site (`cta.handoff`), e.g. to apply on a portal. Default phases: only `beslissing`.'),
});

export type Phase = z.infer<typeof phaseSchema>;

/** The phases whose pages may hand the visitor off to another site (`cta.handoff`). */
export function handoffPhases(phases: readonly Phase[]): Phase[] {
  return phases.filter((phase) => phase.handoff === true);
}

export const DEFAULT_PHASES: readonly Phase[] = [
  { id: 'orientatie', label: 'Oriëntatie', need: 'informatief' },
  { id: 'overweging', label: 'Overweging', need: 'persuasief en instructief' },
  { id: 'beslissing', label: 'Beslissing', need: 'uitnodigen tot actie', handoff: true },
  { id: 'gedrag', label: 'Gedrag', need: 'de gewenste actie en daarna' },
];
