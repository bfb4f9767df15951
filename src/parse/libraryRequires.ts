/**
 * Remembers where wikiparser-node's own relative `require`s lead.
 *
 * wikiparser-node loads three of its modules lazily, inside methods that run for every token it parses:
 * `require('../parser/quotes')` and `require('../parser/externalLinks')` in `Token`, and
 * `require('../src/index')` in `Shadow.run`. Node remembers a relative request's file only for the
 * folder and the name it was first loaded with (`relativeResolveCache` in `Module._load`), and these three
 * were first loaded from other folders under other names (`./quotes` from `parser/links.js`, `./src/index` from
 * `index.js`). So every such call resolves the file again, walking the folders up for a package.json: 7 %
 * of a build's CPU in a profile of the whole corpus, more than our Turtle writer.
 *
 * A relative request made by a file inside wikiparser-node's folder leads to the same file for the life of
 * the process, so it is kept here, per requiring module. Nothing outside that folder is touched: other
 * requests go to Node unchanged.
 */
import Module = require('module');
import * as path from 'path';

interface Loader {
  _load?: (request: string, parent: LoadingModule | undefined, isMain: boolean) => unknown;
  _resolveFilename: (request: string, parent: LoadingModule | undefined, isMain: boolean) => string;
  _cache: Record<string, { loaded: boolean; exports: unknown } | undefined>;
}

interface LoadingModule {
  path?: string;
}

let installed = false;

/**
 * Installs the memo for the package whose entry file `entry` is (from `require.resolve`), once per
 * thread; returns false where the loader does not have the hook (then nothing changes).
 *
 * A remembered request is answered as Node's own fast path answers it: the module in `require.cache`,
 * once it has finished loading (a module still loading, or one removed from the cache, goes to Node).
 */
export function rememberLibraryRequires(entry: string): boolean {
  const loader = Module as unknown as Loader;
  const original = loader._load;
  if (typeof original !== 'function' || typeof loader._resolveFilename !== 'function') return false;
  if (installed) return true;
  installed = true;
  const root = libraryFolder(entry);
  // Per requiring module: its relative requests' files, or null when it is not inside the package.
  const byParent = new WeakMap<LoadingModule, Map<string, string> | null>();
  const filesOf = (parent: LoadingModule): Map<string, string> | null => {
    let files = byParent.get(parent);
    if (files === undefined) {
      files = parent.path !== undefined && isInside(parent.path, root) ? new Map() : null;
      byParent.set(parent, files);
    }
    return files;
  };
  loader._load = function (request, parent, isMain) {
    const files = parent !== undefined && request[0] === '.' ? filesOf(parent) : null;
    if (files) {
      const file = files.get(request);
      const cached = file === undefined ? undefined : loader._cache[file];
      if (cached?.loaded) return cached.exports;
    }
    const exports = original.call(this, request, parent, isMain);
    if (files && !files.has(request)) files.set(request, loader._resolveFilename(request, parent, isMain));
    return exports;
  };
  return true;
}

/** The package's folder: `file`'s path up to the package's name under node_modules (its folder elsewhere). */
function libraryFolder(file: string): string {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return path.dirname(file);
  const rest = file.slice(at + marker.length).split(path.sep);
  const depth = rest[0].startsWith('@') ? 2 : 1;
  return file.slice(0, at + marker.length) + rest.slice(0, depth).join(path.sep);
}

function isInside(folder: string, root: string): boolean {
  return folder === root || folder.startsWith(root + path.sep);
}
