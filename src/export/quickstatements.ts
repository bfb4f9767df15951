/**
 * `export --format quickstatements`: each fact about a linked entity as a QuickStatements V1 command
 * (https://www.wikidata.org/wiki/Help:QuickStatements), one line per supporting source, ready for an
 * editor to review; then, apart and commented out, the facts that involve entities without an item, as
 * proposals with `{name}` where an item id is still missing.
 */
import { LANGUAGE_ITEMS, primaryLanguage, sourceTime, WIKI_ITEMS, wikidataTime, type WikidataStatement } from './wikidataModel';
import type { FactSource, WikidataValue } from './wikidataFacts';

const PROPOSALS_HEADER = [
  '# PROPOSALS: not for QuickStatements as they stand. These facts involve entities that have no Wikidata',
  '# item yet, written {name}; find or create each item, replace {name} by its id, review, then remove the #.',
];

/** The QuickStatements text: runnable commands first, then the commented proposals. */
export function quickStatements(statements: WikidataStatement[]): string {
  const ready: string[] = [];
  const proposals: string[] = [];
  for (const statement of statements) {
    const involvesUnlinked = statement.subject.kind === 'unlinked' || statement.value.kind === 'unlinked';
    const lines = commandLines(statement);
    if (involvesUnlinked) proposals.push(...lines.map((line) => `# ${line}`));
    else ready.push(...lines);
  }
  const parts = [ready.join('\n'), proposals.length > 0 ? [...PROPOSALS_HEADER, ...proposals].join('\n') : ''];
  return parts.filter((part) => part !== '').join('\n\n') + '\n';
}

/** One command per source (QuickStatements makes one reference of the S… pairs of a line). */
function commandLines(statement: WikidataStatement): string[] {
  const value = valueText(statement.value);
  if (value === undefined) return [];
  const head = [entityText(statement.subject), statement.property, value];
  for (const qualifier of statement.qualifiers) {
    const text = valueText(qualifier.value);
    if (text !== undefined) head.push(qualifier.property, text);
  }
  const sources = statement.sources.length > 0 ? statement.sources : [undefined];
  return sources.map((source) => [...head, ...(source ? sourceCells(source) : [])].join('\t'));
}

/** The S… pairs of one source: the cited work, or the article it was imported from. */
function sourceCells(source: FactSource): string[] {
  const cells: Array<[string, string | undefined]> = source.kind === 'article'
    ? [['S143', WIKI_ITEMS[primaryLanguage(source.language) ?? '']], ['S4656', quoted(source.url)]]
    : [
        ['S854', quoted(source.url)],
        ['S1476', source.title ? `${source.titleLang?.toLowerCase() ?? 'und'}:${quoted(source.title)}` : undefined],
        ['S577', timeText(sourceTime(source.published))],
        ['S123', source.publisherItem],
        ['S407', LANGUAGE_ITEMS[primaryLanguage(source.language) ?? '']],
        ['S813', timeText(sourceTime(source.retrieved))],
      ];
  return cells.filter(([, v]) => v !== undefined).flatMap(([p, v]) => [p, v!]);
}

function entityText(value: WikidataValue): string {
  return value.kind === 'item' ? value.id : value.kind === 'unlinked' ? `{${value.label}}` : '';
}

/** A value in QuickStatements syntax; undefined for a kind it cannot write (booleans, durations). */
function valueText(value: WikidataValue): string | undefined {
  if (value.kind !== 'literal') return entityText(value);
  const time = wikidataTime(value.value, value.datatype);
  if (time) return timeText(time);
  if (value.lang) return `${value.lang.toLowerCase()}:${quoted(value.value)}`;
  if (/#(integer|decimal|nonNegativeInteger)$/.test(value.datatype)) return value.value;
  if (/#(string|anyURI)$/.test(value.datatype)) return quoted(value.value);
  return undefined;
}

function timeText(time: { time: string; precision: number } | undefined): string | undefined {
  return time ? `${time.time}/${time.precision}` : undefined;
}

function quoted(text: string | undefined): string | undefined {
  // A command is one line of tab-separated cells: no tabs or line breaks inside a value.
  return text === undefined ? undefined : `"${text.replace(/[\t\r\n]+/g, ' ')}"`;
}
