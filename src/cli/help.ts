/** The help texts, generated from the command specs so that they cannot drift from what is parsed. */
import type { CommandSpec, OptionSpec } from './args';
import { COMMON_OPTIONS } from './command';

/** Help for one command: usage line, summary, arguments, options (its own and the common ones), examples. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: wikikg ${spec.name} ${spec.operands ? `${spec.operands} ` : ''}[options]`, '', spec.summary];
  if (spec.operandHelp.length > 0) lines.push('', 'Arguments:', ...spec.operandHelp.map((line) => `  ${line}`));
  lines.push('', 'Options:', ...alignColumns([...spec.options, ...COMMON_OPTIONS].map(optionRow)));
  lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  return lines.join('\n') + '\n';
}

/** Help for `wikikg` itself: the commands and the global options. */
export function globalHelp(specs: readonly CommandSpec[]): string {
  const commands = alignColumns([
    ...specs.map((spec): [string, string] => [spec.name, spec.summary]),
    ['help [COMMAND]', 'Show help for a command'],
  ]);
  return [
    'Usage: wikikg <command> [options]',
    '',
    'Builds a knowledge graph (RDF) from Wikipedia articles and answers SPARQL queries over it.',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...alignColumns([
      ['-h, --help', 'Show this help'],
      ['    --version', 'Print the version'],
      ['    --verbose', 'Show the stack trace when a command fails'],
    ]),
    '',
    'Examples:',
    '  wikikg build seeds/ --out output/',
    '  wikikg query --all',
    '  wikikg export --out graph.nt',
    '',
    "Run 'wikikg help COMMAND' for a command's options.",
  ].join('\n') + '\n';
}

function optionRow(option: OptionSpec): [string, string] {
  const names = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  const choices = option.choices ? ` (${option.choices.join('|')})` : '';
  const shown = option.defaultHelp ?? option.default;
  const fallback = shown !== undefined ? ` [default: ${shown}]` : '';
  const again = option.repeatable ? ' (may be given more than once)' : '';
  return [names, `${option.description}${choices}${fallback}${again}`];
}

/** Two-column rows, indented, with the second column aligned. */
function alignColumns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length), 14);
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
