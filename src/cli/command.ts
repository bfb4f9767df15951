/** What every `wikikg` verb provides to the dispatcher. */
import type { CommandSpec, OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';

/** One verb: its arguments and what it does with them. Returns the exit code. */
export interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Options every command accepts, appended to its own. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', description: 'Show this help' },
  { name: 'verbose', description: 'Say more: one line per article (build), the stack trace when the command fails' },
];
