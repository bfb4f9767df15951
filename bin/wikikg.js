#!/usr/bin/env node
'use strict';
// The command line lives in src/cli; this file only hands it the arguments.
let cli;
try {
  cli = require('../dist/src/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]src[\\/]cli[\\/]main\.js/.test(String(error.message))) {
    process.stderr.write('wikikg: not compiled yet; run `npm run build:ts` (or `npm install`) first\n');
    process.exit(1);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
