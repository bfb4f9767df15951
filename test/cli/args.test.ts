import { parseArgs, type OptionSpec } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';

const OPTIONS: OptionSpec[] = [
  { name: 'out', short: 'o', value: 'DIR', default: 'output/', description: 'where' },
  { name: 'format', value: 'FORMAT', choices: ['table', 'json'], description: 'how' },
  { name: 'all', description: 'everything' },
  { name: 'table', value: 'FILE', repeatable: true, description: 'tables' },
];

/** The options and operands `argv` parses to. */
function parsed(...argv: string[]) {
  const args = parseArgs(argv, OPTIONS);
  return { out: args.value('out'), format: args.value('format'), all: args.has('all'), operands: args.operands };
}

/** The usage error `argv` produces. */
function refused(...argv: string[]): string {
  try {
    parseArgs(argv, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('applies defaults', () => expect(parsed()).toEqual({ out: 'output/', format: undefined, all: false, operands: [] }));
  it('reads a value after the option', () => expect(parsed('--out', 'x/').out).toBe('x/'));
  it('reads a value after =', () => expect(parsed('--out=x/').out).toBe('x/'));
  it('reads an empty value after =', () => expect(parsed('--out=').out).toBe(''));
  it('reads a value with = in it', () => expect(parsed('--out=a=b').out).toBe('a=b'));
  it('reads short options', () => expect(parsed('-o', 'x/').out).toBe('x/'));
  it('reads flags', () => expect(parsed('--all').all).toBe(true));
  it('keeps operands in order around options', () => expect(parsed('a', '--all', 'b').operands).toEqual(['a', 'b']));
  it('takes - as an operand', () => expect(parsed('-').operands).toEqual(['-']));
  it('takes - as a value', () => expect(parsed('--out', '-').out).toBe('-'));
  it('stops reading options after --', () => expect(parsed('--', '--all', '-x').operands).toEqual(['--all', '-x']));
  it('accepts an allowed choice', () => expect(parsed('--format', 'json').format).toBe('json'));
  it('keeps every value of a repeatable option, in order', () => {
    const args = parseArgs(['--table', 'a.sql', 'x', '--table=b.sql'], OPTIONS);
    expect(args.all('table')).toEqual(['a.sql', 'b.sql']);
    expect(args.value('table')).toBe('a.sql');
    expect(args.operands).toEqual(['x']);
    expect(parseArgs([], OPTIONS).all('table')).toEqual([]);
  });
});

describe('parseArgs refuses', () => {
  it('an unknown option, naming it', () => expect(refused('--verbosity')).toBe('unknown option --verbosity'));
  it('an unknown option with a value, naming only the option', () => expect(refused('--bogus=1')).toBe('unknown option --bogus'));
  it('a misspelt option, with a suggestion', () => expect(refused('--fromat', 'json')).toBe('unknown option --fromat; did you mean --format?'));
  it('an unknown short option', () => expect(refused('-x')).toBe('unknown option -x'));
  it('a missing value', () => expect(refused('--out')).toBe('option --out needs a value (DIR)'));
  it('an option where the value should be', () => expect(refused('--out', '--all')).toBe('option --out needs a value (DIR)'));
  it('a value for a flag', () => expect(refused('--all=yes')).toBe('option --all takes no value'));
  it('a value outside the choices', () => expect(refused('--format', 'xml')).toBe("option --format must be one of table, json (got 'xml')"));
  it('an option given twice', () => expect(refused('--out', 'a', '-o', 'b')).toBe('option --out given more than once'));
});
