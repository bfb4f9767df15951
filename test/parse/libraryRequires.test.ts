/**
 * The memo of wikiparser-node's relative requires: a package that loads a module under one name and
 * then requires it lazily under another (as wikiparser-node does in its parse) makes Node resolve the
 * file on every call; with the memo, only the first. Node's real loader is needed (jest has its own), so
 * the scenario runs in a child process on the compiled `dist/` that the tests' global set-up keeps fresh.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const MEMO = path.resolve(__dirname, '../../dist/src/parse/libraryRequires.js');

/** What reaches Node's own resolver when a lazy require runs 50 times, inside and outside the library. */
const SCENARIO = `
const Module = require('module');
const original = Module._resolveFilename;
const calls = [];
Module._resolveFilename = function (request, ...rest) { calls.push(request); return original.call(this, request, ...rest); };
const remembered = process.argv[2] === 'memo' ? require(${JSON.stringify(MEMO)}).rememberLibraryRequires(require.resolve('lazy-lib')) : false;
const lib = require('lazy-lib');
const loaded = require('lazy-lib/dist/parser/quotes');
const outside = require('./node_modules/outside.js');
calls.length = 0;
const same = Array.from({ length: 50 }, () => lib.token.quotes()).every((answer) => answer === loaded);
for (let i = 0; i < 50; i++) outside.quotes();
const count = (request) => calls.filter((r) => r === request).length;
console.log(JSON.stringify({ remembered, same, inside: count('../parser/quotes'), outside: count('./lazy-lib/dist/parser/quotes') }));
`;

describe('rememberLibraryRequires', () => {
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-requires-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    const pkg = 'node_modules/lazy-lib/';
    write(`${pkg}package.json`, JSON.stringify({ name: 'lazy-lib', main: 'dist/index.js' }));
    // links.js loads quotes.js first, as `./quotes`; the token requires it lazily as `../parser/quotes`.
    write(`${pkg}dist/parser/quotes.js`, 'exports.id = Math.random();');
    write(`${pkg}dist/parser/links.js`, "exports.quotes = require('./quotes');");
    write(`${pkg}dist/src/token.js`, "exports.quotes = () => require('../parser/quotes');");
    write(`${pkg}dist/index.js`, "require('./parser/links'); exports.token = require('./src/token');");
    write('node_modules/outside.js', "exports.quotes = () => require('./lazy-lib/dist/parser/quotes');");
    write('scenario.js', SCENARIO);
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (mode: string) => JSON.parse(execFileSync(process.execPath, ['scenario.js', mode], { cwd: root, encoding: 'utf8' }));

  it('reproduces the cost: without the memo, Node resolves the lazy require on every call', () => {
    expect(run('plain')).toEqual({ remembered: false, same: true, inside: 50, outside: 50 });
  });

  it("resolves a library's lazy relative require on its first call only, gives the same module, and leaves other requests to Node", () => {
    // The first call is resolved twice (by Node, then for the memo); the other 49 not at all.
    expect(run('memo')).toEqual({ remembered: true, same: true, inside: 2, outside: 50 });
  });
});
