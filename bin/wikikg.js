#!/usr/bin/env node
'use strict';
// The command line lives in src/cli; this file only hands it the arguments.
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
