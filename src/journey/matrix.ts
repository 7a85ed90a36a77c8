import { journeyPhases, pagePersonas } from './check.ts';
import type { ContentSnapshot } from './model.ts';

export interface MatrixCell {
  phase: string;
  /** Number of pages of this persona in this phase. */
  pages: number;
  /** Whether the persona's journey requires this phase. */
  required: boolean;
}

export interface MatrixRow {
  persona: string;
  name: string;
  cells: MatrixCell[];
}

export interface JourneyMatrix {
  phases: { id: string; label: string }[];
  rows: MatrixRow[];
}

/** Persona × phase coverage: the data behind the CLI table (and a future journey-map page). */
export function buildMatrix(content: ContentSnapshot): JourneyMatrix {
  const counts = new Map<string, number>();
  const count = (personas: readonly string[], phase: string | undefined) => {
    for (const persona of personas) {
      const key = `${persona}\u0000${phase}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  for (const page of content.pages) count(pagePersonas(page), page.data.phase);
  // A page with frontmatter errors still exists: it fills its cell while its errors are fixed.
  for (const page of content.invalidPages ?? []) count(page.personas ?? [], page.phase);
  return {
    phases: content.phases.map(({ id, label }) => ({ id, label })),
    rows: content.personas.map((persona) => {
      const required = new Set(journeyPhases(persona, content.phases).map((phase) => phase.id));
      return {
        persona: persona.id,
        name: persona.data.name,
        cells: content.phases.map((phase) => ({
          phase: phase.id,
          pages: counts.get(`${persona.id}\u0000${phase.id}`) ?? 0,
          required: required.has(phase.id),
        })),
      };
    }),
  };
}

/** A cell is a gap when the journey requires the phase and no page covers it. */
export function isGap(cell: MatrixCell): boolean {
  return cell.required && cell.pages === 0;
}
