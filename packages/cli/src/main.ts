/** The `onestop` command line: a thin shell over @onestop/core. */
import { CatalogError } from '@onestop/core';
import { CatalogDirError } from '@onestop/core/node';
import { CommandError, InputError, parseCommandArgs, UsageError, type Command, type CommandIO } from './command.js';
import { formatProblems } from './print-problems.js';
import { terminalSafe } from './terminal-text.js';
import { commands } from './commands/index.js';
import { cliVersion } from './version.js';

const nodeIO: CommandIO = {
  // Every command's output passes here, so no catalog text can drive the terminal.
  out: (text) => process.stdout.write(terminalSafe(text) + '\n'),
  err: (text) => process.stderr.write(terminalSafe(text) + '\n'),
  async *stdin() {
    const { createInterface } = await import('node:readline');
    yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
  },
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'onestop — tools for Onestop catalog editors',
    '',
    'Usage: onestop <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "onestop <command> --help" for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(cliVersion());
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`onestop: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(parseCommandArgs(command, rest), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`onestop ${command.name}: ${e.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`onestop ${command.name}: ${e.message}`);
      return 2;
    }
    if (e instanceof CommandError) {
      io.err(`onestop ${command.name}: ${e.message}`);
      return 1;
    }
    if (e instanceof CatalogDirError) {
      io.err(formatProblems([e.problem], '').join('\n'));
      return 1;
    }
    if (e instanceof CatalogError) {
      for (const line of formatProblems(e.problems, argv[1] ?? '')) io.err(line);
      return 1;
    }
    io.err(`onestop ${command.name}: internal error — this is a bug in Onestop, please report it:\n${(e as Error).stack ?? String(e)}`);
    return 70;
  }
}
