import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One `onestop <name>` command. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, io: CommandIO): Promise<number> | number;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as text (for --stdin). */
  stdin(): AsyncIterable<string>;
}

/** Wrong usage of a command: printed with the usage line, exit 2. */
export class UsageError extends Error {}

/** Input Onestop cannot use, e.g. a damaged build: printed without the usage line or a stack trace, exit 2. */
export class InputError extends Error {}

/** A command that could not do its work for a reason outside Onestop (disk full, no permission): printed without a stack trace, exit 1. */
export class CommandError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const { positionals, values } = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
    return { positionals, values: values as ParsedArgs['values'] };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/, ''));
  }
}

export function requirePositional(args: ParsedArgs, index: number, what: string): string {
  const v = args.positionals[index];
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
}

export function intOption(args: ParsedArgs, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${String(raw)}"`);
  return n;
}
