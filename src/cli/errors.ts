/**
 * The two ways a command fails, told apart by exit code: the user asked for something the command line
 * does not accept (2, like most Unix tools), or the command could not do what was asked (1).
 */

/** The command line itself is wrong: unknown option, missing value, conflicting arguments. Exit 2. */
export class UsageError extends Error {
  /** The command whose help explains the right usage, when there is one. */
  readonly command?: string;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** A runtime failure whose message is already written for the user (no stack needed). Exit 1. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Exit codes of the `wikikg` command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
