/**
 * wikiparser-node's parse alone over a folder of `{lang}/*.wiki` files, configured as our adapter
 * configures it: the baseline of `npm run bench:build`, run in a process of its own like the builds.
 */
import * as fs from 'fs';
import * as path from 'path';
import Parser = require('wikiparser-node');
import { configForLanguage } from '../src/parse/wikiparser';

const dir = process.argv[2];
let count = 0;
for (const lang of fs.readdirSync(dir).sort()) {
  const folder = path.join(dir, lang);
  if (!fs.statSync(folder).isDirectory()) continue;
  for (const name of fs.readdirSync(folder).sort()) {
    if (!name.endsWith('.wiki')) continue;
    const configName = configForLanguage(lang);
    if (Parser.config !== configName) Parser.config = configName;
    Parser.viewOnly = true;
    Parser.parse(fs.readFileSync(path.join(folder, name), 'utf8'), false);
    count++;
  }
}
process.stderr.write(`parsed ${count} articles\n`);
