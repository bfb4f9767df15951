/**
 * The files of the browser UI: the project's own scripts and styles from `ui/` at the package root, and
 * the front-end libraries from `node_modules/`, each a file named in `VENDOR_FILES` (nothing else of
 * node_modules is reachable). No build step: they are served as they are installed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { IncomingMessage, ServerResponse } from 'http';
import { HttpError, send } from './http';

/** `/vendor/NAME` → the package and the file in it. */
export const VENDOR_FILES: Record<string, { pkg: string; file: string }> = {
  'yasqe.min.js': { pkg: '@zazuko/yasqe', file: 'build/yasqe.min.js' },
  'yasqe.min.css': { pkg: '@zazuko/yasqe', file: 'build/yasqe.min.css' },
  'cytoscape.min.js': { pkg: 'cytoscape', file: 'dist/cytoscape.min.js' },
  'vis-timeline-graph2d.min.js': { pkg: 'vis-timeline', file: 'standalone/umd/vis-timeline-graph2d.min.js' },
  'vis-timeline-graph2d.min.css': { pkg: 'vis-timeline', file: 'styles/vis-timeline-graph2d.min.css' },
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Where a package is installed, searched as `require` would from the package root. */
function packageDir(packageRoot: string, pkg: string): string | undefined {
  for (let dir = packageRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', pkg);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The file behind `/vendor/NAME`, or undefined. */
export function vendorFile(packageRoot: string, name: string): string | undefined {
  const entry = VENDOR_FILES[name];
  const dir = entry && packageDir(packageRoot, entry.pkg);
  return dir ? path.join(dir, entry.file) : undefined;
}

/** The file behind `/ui/NAME` (`ui/` and its `lib/`), or undefined for a name that is not one of ours. */
export function uiFile(packageRoot: string, name: string): string | undefined {
  if (!/^(lib\/)?[a-z][a-z0-9-]*\.(js|css|svg|png)$/.test(name)) return undefined;
  return path.join(packageRoot, 'ui', name);
}

/** Gzipped library files, made once: they are half a megabyte each and never change while serving. */
const gzipped = new Map<string, Buffer>();

/**
 * Sends a static file, or 404. Library files are cached for a day (and gzipped when the client takes
 * it), ours are checked each time.
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string | undefined, cacheSeconds: number): void {
  if (file === undefined) throw new HttpError(404, 'no such file');
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    throw new HttpError(404, 'no such file');
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Cache-Control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-cache', Vary: 'Accept-Encoding' };
  if (cacheSeconds > 0 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body));
    return send(res, 200, type, gzipped.get(file) as Buffer, { ...headers, 'Content-Encoding': 'gzip' });
  }
  send(res, 200, type, body, headers);
}
