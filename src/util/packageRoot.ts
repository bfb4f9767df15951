/**
 * Where the installed package lives. Queries and the ontology ship with the package, so they are found
 * relative to this code rather than to the user's working directory; the code runs both from `src/`
 * (ts-jest) and from `dist/src/` (the compiled CLI), hence the search upwards.
 */
import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'wikikg';
let cachedRoot: string | undefined;

/** The directory holding wikikg's own `package.json`, found by walking up from this file. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (readPackageName(path.join(dir, 'package.json')) === PACKAGE_NAME) return (cachedRoot = dir);
    if (path.dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${__dirname}`);
  }
}

/** The `version` field of the package's `package.json`. */
export function packageVersion(root: string = packageRoot()): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

function readPackageName(file: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
