/** The journey map's words for where a CTA leads, shared by its diagram and its table. */
import type { CtaTarget, MapStage } from '../journey/map.ts';
import type { Phase } from '../journey/phases.ts';

export interface TargetText {
  /** A symbol for the diagram; the table says the same in words. */
  icon: string;
  /** What the CTA leads to: a page title, a document title, a host or path. */
  text: string;
  /** What kind of step that is, in words. */
  note: string;
  /** A link to the target on this site, when there is one. */
  href?: string;
}

export function targetText(target: CtaTarget, phases: readonly Phase[]): TargetText {
  const label = (id: string) => phases.find((phase) => phase.id === id)?.label ?? id;
  switch (target.kind) {
    case 'page':
      if (target.direction === 'self') return { icon: '↺', text: target.title, note: 'naar deze pagina zelf', href: target.url };
      if (!target.ownJourney) return { icon: '→', text: target.title, note: `pagina voor een andere doelgroep (${label(target.phase)})`, href: target.url };
      return {
        icon: target.direction === 'earlier' ? '←' : target.direction === 'same' ? '↓' : '→',
        text: target.title,
        note: target.direction === 'earlier' ? `terug naar ${label(target.phase)}` : target.direction === 'same' ? `zelfde fase` : `volgende stap: ${label(target.phase)}`,
        href: target.url,
      };
    case 'download':
      return { icon: '⤓', text: target.title, note: target.gated ? 'download met formulier' : 'vrije download' };
    case 'event':
      return { icon: '✎', text: target.title, note: 'aanmelden voor een bijeenkomst' };
    case 'contact':
      return { icon: '☎', text: target.title, note: 'contactverzoek' };
    case 'route':
      return { icon: '→', text: target.url, note: /\.[a-z0-9]+$/i.test(target.url) ? 'bestand op de site' : 'pagina van de site', href: target.url };
    case 'external':
      return { icon: '↗', text: hostOf(target.href), note: 'buiten de site', href: target.href };
    case 'handoff':
      return { icon: '→', text: target.host, note: 'overdracht aan portaal', href: target.href };
    case 'missing':
      return { icon: '✗', text: target.ref === '' ? 'geen doel' : target.ref, note: 'bestaat niet' };
  }
}

/** How a stage of a journey reads in the map's table and diagram. */
export function stageText(stage: MapStage): string {
  if (stage.status === 'gap') return 'Ontbreekt: nog geen pagina';
  if (stage.status === 'skipped') return 'Overgeslagen: hoort niet bij deze reis';
  return stage.pages.length === 1 ? '1 pagina' : `${stage.pages.length} pagina’s`;
}

/** The command that fills a gap, ready to copy. */
export function newPageCommand(personaId: string, phaseId: string): string {
  return `npm run new -- page --persona ${personaId} --phase ${phaseId} --title "…"`;
}

function hostOf(href: string): string {
  return URL.canParse(href) ? new URL(href).host : href;
}
