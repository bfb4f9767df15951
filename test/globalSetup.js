/**
 * Before the tests: compile `dist/` when any TypeScript source is newer than it, because `build --jobs N`
 * runs its worker threads from the compiled JavaScript (worker threads cannot run the TypeScript that
 * ts-jest compiles in memory). On a fresh clone `npm ci` has compiled it already, so this is quick.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.tsv') || entry.name.endsWith('.json')) latest = Math.max(latest, fs.statSync(full).mtimeMs);
  }
  return latest;
}

module.exports = async function globalSetup() {
  const compiled = path.join(root, 'dist', 'src', 'batch', 'worker.js');
  const stale = !fs.existsSync(compiled) || newest(path.join(root, 'src')) > fs.statSync(compiled).mtimeMs;
  if (!stale) return;
  process.stderr.write('\nwikikg: compiling dist/ for the worker threads (tsc)\n');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
  // tsc leaves an unchanged file's time alone: mark the worker as fresh so the next run skips this.
  const now = new Date();
  fs.utimesSync(compiled, now, now);
};
