/**
 * A small argument parser, declared per command (no dependency: the grammar is tiny and the error
 * messages matter more than features). Supported: `--name value`, `--name=value`, `-x value`, flags,
 * `-` as an ordinary argument (standard input or output), `--` to end the options, a fixed set of
 * choices per option, and defaults shown in the help.
 */
import { closestMatch } from '../util/text';
import { UsageError } from './errors';

/** One option a command accepts. */
export interface OptionSpec {
  /** Long name without the dashes: `out` for `--out`. */
  name: string;
  /** One-letter alias without the dash: `o` for `-o`. */
  short?: string;
  /** Placeholder for the value (`DIR`); absent for flags, which take no value. */
  value?: string;
  /** The only values allowed, if the set is fixed. */
  choices?: readonly string[];
  /** Value used when the option is absent; also shown in the help. */
  default?: string;
  /** What the help says the default is, when it is worked out rather than fixed (`from the file name`). */
  defaultHelp?: string;
  /** The option may be given more than once (`--page-props a.sql.gz --page-props b.sql.gz`); see `ParsedArgs.all`. */
  repeatable?: boolean;
  description: string;
}

/** A command's arguments: what the help shows and what the parser accepts. */
export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Arguments after the command, as shown in the usage line: `[FILE|DIR ...]`. */
  operands: string;
  /** What each operand means, shown under "Arguments". */
  operandHelp: string[];
  /** Fewest and most operands accepted. */
  minOperands: number;
  maxOperands: number;
  options: OptionSpec[];
  examples: string[];
}

/** The parsed command line of one command. */
export class ParsedArgs {
  constructor(
    private readonly values: ReadonlyMap<string, string | true>,
    /** Arguments that are not options, in order. */
    readonly operands: string[],
    private readonly repeated: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  /** The value of a value option (its default when absent), or undefined; the first of a repeatable one. */
  value(name: string): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** Every value of a repeatable option, in the order given (none when absent). */
  all(name: string): readonly string[] {
    return this.repeated.get(name) ?? [];
  }

  /** Whether a flag (or any option) was given. */
  has(name: string): boolean {
    return this.values.has(name);
  }
}

/** Parses `argv` (the arguments after the command name) against `options`; throws `UsageError`. */
export function parseArgs(argv: readonly string[], options: readonly OptionSpec[], command?: string): ParsedArgs {
  const values = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const { spec, inline } = findOption(arg, options, command);
    if (values.has(spec.name) && !spec.repeatable) throw new UsageError(`option --${spec.name} given more than once`, command);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`, command);
      values.set(spec.name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
      throw new UsageError(`option --${spec.name} needs a value (${spec.value})`, command);
    }
    const checked = checkChoice(spec, value, command);
    if (!values.has(spec.name)) values.set(spec.name, checked);
    if (spec.repeatable) repeated.set(spec.name, [...(repeated.get(spec.name) ?? []), checked]);
  }
  for (const spec of options) {
    if (spec.default !== undefined && !values.has(spec.name)) values.set(spec.name, spec.default);
  }
  return new ParsedArgs(values, operands, repeated);
}

/** The spec `arg` (`--name`, `--name=value` or `-x`) refers to, and its inline value. */
function findOption(
  arg: string,
  options: readonly OptionSpec[],
  command?: string,
): { spec: OptionSpec; inline?: string } {
  const long = arg.startsWith('--');
  const equals = long ? arg.indexOf('=') : -1;
  const name = equals >= 0 ? arg.slice(2, equals) : arg.replace(/^--?/, '');
  const spec = options.find((option) => (long ? option.name === name : option.short === name));
  if (!spec) {
    const shown = equals >= 0 ? arg.slice(0, equals) : arg;
    const suggestion = closestMatch(name, options.map((option) => option.name));
    throw new UsageError(`unknown option ${shown}${suggestion ? `; did you mean --${suggestion}?` : ''}`, command);
  }
  return { spec, inline: equals >= 0 ? arg.slice(equals + 1) : undefined };
}

function checkChoice(spec: OptionSpec, value: string, command?: string): string {
  if (spec.choices && !spec.choices.includes(value)) {
    throw new UsageError(`option --${spec.name} must be one of ${spec.choices.join(', ')} (got '${value}')`, command);
  }
  return value;
}
