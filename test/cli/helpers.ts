/** Runs the command line in-process against temp folders and captures what it prints. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the trailing empty one. */
  errorLines: string[];
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'wikikg-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `dir` and returns `dir`. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Runs `wikikg ...argv` with `cwd` as working directory (and optionally a package root and stdin). */
export async function runCli(
  argv: string[],
  options: { cwd?: string; packageRoot?: string; stdin?: string | Uint8Array } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? tempDir(),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    ...(options.packageRoot ? { packageRoot: options.packageRoot } : {}),
  });
  const errorLines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
  return { code, stdout, stderr, errorLines };
}

/** Every file under `dir` with its bytes, to check that a failed command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of fs.readdirSync(current).sort()) {
      const child = path.join(current, name);
      if (fs.statSync(child).isDirectory()) walk(child);
      else files[path.relative(dir, child)] = fs.readFileSync(child).toString('base64');
    }
  };
  walk(dir);
  return files;
}
