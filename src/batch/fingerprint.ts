/**
 * What built a graph, for the manifest: the package version and a hash of the code and data that decide
 * the output (`src/`, `mappings/`, `patterns/`, `ontology/`), so that an incremental build never keeps a graph made by
 * other code even when the version number did not change (as between two commits).
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareCodePoints } from '../util/text';
import { packageRoot, packageVersion } from '../util/packageRoot';
import { sha256Hex } from '../util/hash';

const HASHED_FOLDERS = ['src', 'mappings', 'patterns', 'ontology'];

let cached: string | undefined;

/** `wikikg 0.1.0 code:1a2b3c4d5e6f`, computed once per process. */
export function codeFingerprint(root: string = packageRoot()): string {
  if (cached) return cached;
  const hashes: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort(compareCodePoints);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const stats = fs.statSync(full);
      if (stats.isDirectory()) walk(full);
      else if (stats.isFile()) hashes.push(`${path.relative(root, full)} ${sha256Hex(fs.readFileSync(full))}`);
    }
  };
  for (const folder of HASHED_FOLDERS) walk(path.join(root, folder));
  return (cached = `wikikg ${packageVersion(root)} code:${sha256Hex(hashes.join('\n')).slice(0, 12)}`);
}

/** The build id of the manifest: the code's fingerprint and the settings that change the output. */
export function buildId(settings: Record<string, string | boolean | undefined>): string {
  const shown = Object.entries(settings)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => (value === true ? key : `${key}=${value}`))
    .join(' ');
  return `${codeFingerprint()}${shown ? ` ${shown}` : ''}`;
}
