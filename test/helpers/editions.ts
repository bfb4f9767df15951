/**
 * Two editions' dumps with their tables, joined the two ways a build can join them: en Berlin and zh 柏林
 * share an item (page_props), zh 德國 names en Germany (langlinks); zh 漢堡 and en Paris are joined to
 * nothing. Page ids and items are FIXTURES (test/helpers/sqlDumps.ts), not Wikidata's.
 */
import { writeTree } from '../cli/helpers';
import { itemRow, sqlDump } from './sqlDumps';
import { xmlDump } from './wikiDumps';

/** Writes the dumps and tables into `dir`; returns the `wikikg build` arguments that build them linked. */
export function writeEditions(dir: string): string[] {
  writeTree(dir, {
    'zhwiki.xml': xmlDump('zhwiki', [
      { id: 11, title: '柏林', text: "'''柏林'''是[[德國]]的首都。" },
      { id: 12, title: '德國', text: "'''德國'''是歐洲國家。" },
      { id: 13, title: '漢堡', text: "'''漢堡'''是德國城市。" },
    ]),
    'enwiki.xml': xmlDump('enwiki', [
      { id: 21, title: 'Berlin', text: "'''Berlin''' is the capital of [[Germany]]." },
      { id: 22, title: 'Germany', text: "'''Germany''' is a country." },
      { id: 23, title: 'Paris', text: "'''Paris''' is a city." },
    ]),
    'zhwiki-page_props.sql': sqlDump('zhwiki', 'page_props', [itemRow(11, 'Q990002001')]),
    'enwiki-page_props.sql': sqlDump('enwiki', 'page_props', [itemRow(21, 'Q990002001'), itemRow(23, 'Q990002003')]),
    'zhwiki-langlinks.sql': sqlDump('zhwiki', 'langlinks', [[12, 'en', 'Germany'], [12, 'fr', 'Allemagne']]),
  });
  return ['zhwiki.xml', 'enwiki.xml', '--page-props', 'zhwiki-page_props.sql', '--page-props', 'enwiki-page_props.sql', '--langlinks', 'zhwiki-langlinks.sql'];
}

/** The answer of queries/20-across-editions on them. */
export const EDITIONS_ANSWER = [
  ['en', 'Berlin', 'zh', '柏林', 'Q990002001'],
  ['en', 'Germany', 'zh', '德國', ''],
];
