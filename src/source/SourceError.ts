import * as path from 'path';

/**
 * Input that cannot be read as an article at all (missing, binary, not wikitext). Problems *inside*
 * wikitext are diagnostics; this is for files the pipeline should never see. The message is one line
 * that names the file and says what is wrong, ready to be shown to the user as is.
 */
export class SourceError extends Error {
  /** The path the message is about. */
  readonly path: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'SourceError';
    this.path = file;
  }
}

/** One line for a failed file system call, without Node's `ENOENT: …, stat '…'` noise. */
export function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file or directory: ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${file}`;
  if (code === 'ENOTDIR') return `not a directory: ${path.dirname(file)} (in ${file})`;
  return `cannot read ${file}: ${(error as Error).message}`;
}
