/**
 * Entry of the `wegwijzer` command (bin/wegwijzer.js): picks the command from the registry, checks the
 * Node it needs, runs it and sets the exit code. A thrown error prints its message (no stack trace) and exits 2.
 * It sets exitCode rather than calling exit(), so output piped elsewhere (a --json report, a CSV
 * export larger than the pipe buffer) is written in full before the process ends.
 */
import { COMMANDS } from './commands.ts';
import { nodeTooOld } from './node-version.ts';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: wegwijzer <command> [options]\n\nCommands:\n${lines.join('\n')}\n\n'wegwijzer <command> --help' shows a command's options.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    console.error(`Unknown command \`${name}\`.\n\n${usage()}`);
    return 2;
  }
  const tooOld = nodeTooOld(name, command);
  if (tooOld !== undefined) {
    console.error(tooOld);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
