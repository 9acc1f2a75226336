import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config.js';

/**
 * The one command-line parser of the CLIs (`npm run <name> -- …`): node:util's parseArgs, strict, plus what
 * every command owes its user: `--help`/`-h` prints the usage and exits 0 before anything runs; an unknown
 * option, a missing or extra argument prints the problem and the usage and exits 2; a bad setting
 * (ConfigError) or a failure the command reports with CliFailure is one line and exit 1, not a stack trace.
 */
type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** As in `npm run <name>`; prefixes every message. */
  name: string;
  usage: string;
  options?: O;
  /** How many positional arguments the command takes (default none). */
  positionals?: { min?: number; max?: number };
}

/** A failure the command explains itself (a missing file, a bad corpus): `<name>: <message>`, exit 1. */
export class CliFailure extends Error {}

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export function parseCli<const O extends Options>(spec: CliSpec<O>, argv = process.argv.slice(2)): Parsed<O> {
  explainFailures(spec.name);
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } satisfies Options;
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as unknown as Parsed<O>;
  } catch (err) {
    // Node's message goes on about '--'; its first sentence says what is wrong.
    usageError(spec, (err as Error).message.split(/\.\s/)[0]);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.usage);
    process.exit(0);
  }
  const { min = 0, max = 0 } = spec.positionals ?? {};
  const count = parsed.positionals.length;
  if (count < min) usageError(spec, count === 0 ? 'an argument is missing' : `expected at least ${min} arguments, got ${count}`);
  if (count > max) usageError(spec, `unexpected argument${count - max > 1 ? 's' : ''}: ${parsed.positionals.slice(max).join(' ')}`);
  return parsed;
}

/** `<name>: <message>`, the usage, exit 2: for a bad value the command finds after parsing. */
export function usageError(spec: { name: string; usage: string }, message: string): never {
  console.error(`${spec.name}: ${message}\n\n${spec.usage}`);
  process.exit(2);
}

/** Turns a bad setting or a CliFailure anywhere in the command (top-level await included) into one line. */
function explainFailures(name: string): void {
  process.on('uncaughtException', (err) => {
    if (err instanceof ConfigError || err instanceof CliFailure) console.error(`${name}: ${err.message}`);
    else console.error(err);
    process.exit(1);
  });
}
