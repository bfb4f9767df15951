/**
 * The `wikikg` command line: picks the verb, parses its options and runs it, turning every failure into
 * one line on stderr (`wikikg: <message>`) and an exit code: 0 done, 1 the command failed, 2 the command
 * line was wrong. The stack trace is shown only with `--verbose`.
 */
import { closestMatch, firstLine } from '../util/text';
import { packageVersion } from '../util/packageRoot';
import { parseArgs } from './args';
import { COMMON_OPTIONS, type Command } from './command';
import { buildCommand } from './commands/build';
import { exportCommand } from './commands/export';
import { linkCommand } from './commands/link';
import { pushCommand } from './commands/push';
import { queryCommand } from './commands/query';
import { serveCommand } from './commands/serve';
import { validateCommand } from './commands/validate';
import { EXIT, UsageError } from './errors';
import { commandHelp, globalHelp } from './help';
import { processIo, quietOnClosedPipe, type CliIo } from './io';

const COMMANDS: readonly Command[] = [buildCommand, linkCommand, validateCommand, queryCommand, exportCommand, pushCommand, serveCommand];

/** Runs `wikikg` with `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const fullIo: CliIo = { ...processIo(), ...io };
  if (fullIo.stdout === process.stdout) quietOnClosedPipe();
  try {
    return await dispatch(argv, fullIo);
  } catch (error) {
    return report(error, fullIo, wantsVerbose(argv));
  }
}

/** Handles the global options and `help`, then hands over to the command. */
async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const globals = argv.slice(0, leadingOptionCount(argv));
  const [verb, ...rest] = argv.slice(globals.length);
  const unknown = globals.find((arg) => !['-h', '--help', '--version', '--verbose'].includes(arg));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
  if (globals.includes('--version')) return print(io, `wikikg ${packageVersion(io.packageRoot)}\n`);
  if (globals.includes('-h') || globals.includes('--help')) return print(io, globalHelp(specs()));
  if (verb === undefined) throw new UsageError(`missing command (${specs().map((spec) => spec.name).join(', ')}); try 'wikikg --help'`);
  if (verb === 'help') return help(rest, io);
  const command = findCommand(verb);
  const args = parseArgs(rest, [...command.spec.options, ...COMMON_OPTIONS], command.spec.name);
  if (args.has('help')) return print(io, commandHelp(command.spec));
  checkOperandCount(command, args.operands.length);
  return command.run(args, io);
}

/** `wikikg help [COMMAND]`. */
function help(rest: readonly string[], io: CliIo): number {
  if (rest.length > 1) throw new UsageError('help takes at most one command name');
  return print(io, rest.length === 0 ? globalHelp(specs()) : commandHelp(findCommand(rest[0]).spec));
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.spec.name === name);
  if (command) return command;
  const suggestion = closestMatch(name, [...specs().map((spec) => spec.name), 'help']);
  const hint = suggestion ? `did you mean '${suggestion}'?` : "try 'wikikg --help'";
  throw new UsageError(`unknown command '${name}'; ${hint}`);
}

function checkOperandCount(command: Command, count: number): void {
  const { name, minOperands, maxOperands, operands } = command.spec;
  if (count < minOperands || count > maxOperands) {
    const expected = maxOperands === 0 ? 'no arguments' : `arguments ${operands}`;
    throw new UsageError(`${name} takes ${expected} (got ${count})`, name);
  }
}

/** Writes the one-line error (plus the stack with --verbose) and picks the exit code. */
function report(error: unknown, io: CliIo, verbose: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    const helpHint = error.command ? ` (see 'wikikg ${error.command} --help')` : '';
    io.stderr.write(`wikikg: ${firstLine(message)}${helpHint}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`wikikg: ${firstLine(message)}\n`);
  if (verbose && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
  }
  return EXIT.failure;
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return EXIT.ok;
}

function specs() {
  return COMMANDS.map((command) => command.spec);
}

/** How many arguments before the verb are options (`wikikg --verbose build`). */
function leadingOptionCount(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => !arg.startsWith('-') || arg === '-');
  return index < 0 ? argv.length : index;
}

/** --verbose anywhere before `--`, looked up by hand so that it works even when parsing fails. */
function wantsVerbose(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--verbose');
}
