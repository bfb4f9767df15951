import * as fs from 'fs';
import * as path from 'path';
import { mappingsTable, ontologyTable, updateReadme, withMappingsTable, withTable } from '../../scripts/ontologyTable';
import { ROOT } from '../helpers/seedStore';

/** The README's ontology table is generated from the ontology; it may not drift from it. */
describe('README', () => {
  if (process.env.UPDATE_DOCS === '1') updateReadme(ROOT);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('holds the ontology table exactly as generated from ontology/wikikg.ttl (npm run docs rewrites it)', () => {
    const table = ontologyTable(fs.readFileSync(path.join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8'));
    expect(withTable(readme, table)).toBe(readme);
  });

  it('holds the infobox mappings table exactly as generated from mappings/ (npm run docs rewrites it)', () => {
    expect(withMappingsTable(readme, mappingsTable(ROOT))).toBe(readme);
  });

  it('gives the two set-up commands, and .ci/run calls the same test command', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('documents every command of the command line', () => {
    for (const command of fs.readdirSync(path.join(ROOT, 'src', 'cli', 'commands'))) {
      expect(readme).toContain(`wikikg ${command.replace(/\.ts$/, '')}`);
    }
  });
});
