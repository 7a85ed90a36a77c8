/**
 * A command's arguments, parsed the same way for every command: `--help`/`-h` prints the usage and
 * stops with 0, a wrong argument prints what is wrong and the usage and stops with 2.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Config<O extends ParseArgsOptionsConfig, P extends boolean> = { args: string[]; allowPositionals: P; options: O & typeof HELP };
type Parsed<O extends ParseArgsOptionsConfig, P extends boolean> = ReturnType<typeof parseArgs<Config<O, P>>>;

/** The parsed arguments, or the exit code when the command should stop here. */
export function commandArgs<const O extends ParseArgsOptionsConfig, const P extends boolean = false>(
  argv: string[],
  usage: string,
  options: O,
  allowPositionals = false as P,
): Parsed<O, P> | number {
  let parsed: Parsed<O, P>;
  try {
    parsed = parseArgs<Config<O, P>>({ args: argv, allowPositionals, options: { ...options, ...HELP } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
