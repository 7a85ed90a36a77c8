/**
 * The `wegwijzer` command line: one registry of commands. Adding a command means adding one entry
 * here and one module in this folder that exports `run(argv): Promise<number>` (the exit code).
 * Modules load on demand, so `wegwijzer check` does not pay for `leads` or `new-site`.
 */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

export interface Command {
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: Record<string, Command> = {
  check: { summary: 'journey checks and SEO lint without building; the persona × phase matrix', load: () => import('./check.ts') },
  'new-site': { summary: 'create a new site that depends on this package: new-site <folder> --org "…" --site https://…', load: () => import('./new-site.ts') },
  leads: { summary: 'leads in the inbox: export, purge, stats; their deliveries: outbox, retry', load: () => import('./leads.ts') },
  stats: { summary: 'the journey funnel per persona from cookieless daily counts; import an access log', load: () => import('./stats.ts') },
  verify: { summary: 'check the built site: accessibility, keyboard, links, HTML, privacy, budgets, statements', load: () => import('./verify.ts') },
  new: { summary: 'a new page, persona or download, from the content schemas; then the journey check', load: () => import('./new.ts') },
};
