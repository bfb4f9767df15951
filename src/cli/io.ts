/**
 * Everything a command touches outside its arguments, so that tests run `main` in-process with a
 * temporary working directory and captured output instead of spawning a process.
 */
import * as path from 'path';
import { packageRoot } from '../util/packageRoot';

/** Something text can be written to (`process.stdout` is one). */
export interface Writer {
  write(text: string): unknown;
}

/** The command's surroundings. */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Directory relative paths on the command line are resolved against. */
  cwd: string;
  /** Reads all of standard input (for `-` as an input). */
  readStdin: () => Promise<Uint8Array>;
  /** Where the shipped `queries/` and `ontology/` are; the installed package unless a test says otherwise. */
  packageRoot: string;
}

/** The real process's surroundings. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    readStdin: readProcessStdin,
    packageRoot: packageRoot(),
  };
}

/** `file` resolved against the command's working directory. */
export function resolveIn(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

let pipeHandled = false;

/** `wikikg export | head` closes stdout early: stop quietly, as Unix tools do, instead of crashing. */
export function quietOnClosedPipe(): void {
  if (pipeHandled) return;
  pipeHandled = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
