import { diagnosticAt } from '../../src/parse/diagnostics';
import type { Table, TableCell } from '../../src/parse/model';
import { buildOffsetIndex, codePointSlice } from '../../src/parse/offsets';
import { MAX_ROWSPAN, MAX_SPAN_COPIES } from '../../src/parse/tableGrid';
import { collectTables } from '../../src/parse/tables';
import { parseWikitext } from '../../src/parse/wikiparser';
import { INLINE_TEMPLATES } from '../../src/parse/lexicon/templates';
import { parse, sourceOf } from './helpers';
import { describeRealset, realArticle, realsetTitles } from './realset';

/** The tables of some wikitext. */
const tablesOf = (text: string): Table[] => parse(text).tables;

/** The only table of some wikitext. */
function tableOf(text: string): Table {
  const tables = tablesOf(text);
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** A cell as one short string: `!` for a header, `~` for a copy, `_` for an absent slot, then its text. */
const show = (cell: TableCell): string => `${cell.header ? '!' : ''}${cell.copy ? '~' : ''}${cell.absent ? '_' : ''}${cell.text}`;

/** The table's grid as strings, row by row. */
const grid = (table: Table): string[][] => table.rows.map((row) => row.cells.map(show));

describe('a wikitable', () => {
  it('has a header row, data rows and its columns named by the headers', () => {
    const table = tableOf('{| class="wikitable"\n! 姓名 !! 任期\n|-\n| 甲 || 1990年\n|-\n| 乙\n| 2000年\n|}');
    expect(grid(table)).toEqual([['!姓名', '!任期'], ['甲', '1990年'], ['乙', '2000年']]);
    expect(table.columns).toEqual(['姓名', '任期']);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.column))).toEqual([[0, 1], [0, 1], [0, 1]]);
  });

  it('reads `||` after a `!` cell as another header, as MediaWiki does', () => {
    expect(grid(tableOf('{|\n!任||姓名\n|-\n|第1任||甲\n|}'))).toEqual([['!任', '!姓名'], ['第1任', '甲']]);
  });

  it('spans from `{|` to `|}`, and each row from its `|-` to its last cell', () => {
    const article = parse('前文\n{|\n|-\n| a\n|}\n後文');
    const [table] = article.tables;
    expect(sourceOf(article, table)).toBe('{|\n|-\n| a\n|}');
    expect(sourceOf(article, table.rows[0])).toBe('|-\n| a');
  });

  it('gives the caption as plain text, and no caption as an empty string', () => {
    expect(tableOf("{|\n|+ '''歷任'''[[總統]]\n|-\n| a\n|}").caption).toBe('歷任總統');
    expect(tableOf('{|\n| a\n|}').caption).toBe('');
  });

  it('leaves cell attributes out of the text and the span', () => {
    const article = parse('{|\n| style="color:red" | 紅\n|-\n| rowspan="1" colspan=1 |綠\n|}');
    const [table] = article.tables;
    expect(grid(table)).toEqual([['紅'], ['綠']]);
    expect(table.rows.map((row) => sourceOf(article, row.cells[0]))).toEqual(['紅', '綠']);
  });

  it('reads a `!` cell in the middle of a row as a header cell', () => {
    const table = tableOf('{|\n! 屆 !! 人\n|-\n! scope=row | 1\n| 甲\n|-\n| 2 !! 乙\n|}');
    expect(grid(table)).toEqual([['!屆', '!人'], ['!1', '甲'], ['2 !! 乙']]);
    expect(table.columns).toEqual(['屆', '人']);
  });

  it('names columns from the last non-empty header row above the data, copies of spanning headers included', () => {
    const table = tableOf('{|\n! rowspan=2 | 姓名 !! colspan=2 | 任期\n|-\n! 起 !! 迄\n|-\n| 甲 || 1990 || 1995\n|}');
    expect(grid(table)).toEqual([['!姓名', '!任期', '!~任期'], ['!~姓名', '!起', '!迄'], ['甲', '1990', '1995']]);
    expect(table.columns).toEqual(['姓名', '起', '迄']);
  });

  it('has no column names when no header sits above the first data row', () => {
    expect(tableOf('{|\n! 鍵\n| 值\n|}').columns).toEqual(['', '']);
  });
});

describe('rowspan and colspan', () => {
  it('copy a rowspan cell into the rows below, shifting later cells right', () => {
    const table = tableOf('{|\n| rowspan="2" | 甲乙 || 1961 \n|-\n| 1962\n|}');
    expect(grid(table)).toEqual([['甲乙', '1961'], ['~甲乙', '1962']]);
    const [original, copy] = [table.rows[0].cells[0], table.rows[1].cells[0]];
    expect({ start: copy.start, end: copy.end, column: copy.column, copy: copy.copy }).toEqual({ start: original.start, end: original.end, column: 0, copy: true });
  });

  it('copy a colspan cell into the columns to its right', () => {
    expect(grid(tableOf('{|\n| colspan=3 | 全 || 後\n|-\n| a || b || c || d\n|}'))).toEqual([['全', '~全', '~全', '後'], ['a', 'b', 'c', 'd']]);
  });

  it('combine: a 2×2 cell covers four slots', () => {
    expect(grid(tableOf('{|\n| a || rowspan=2 colspan=2 | B || c\n|-\n| d || e\n|}'))).toEqual([
      ['a', 'B', '~B', 'c'],
      ['d', '~B', '~B', 'e'],
    ]);
  });

  it('cover only rows that exist, and `rowspan=0` covers every row after it', () => {
    expect(grid(tableOf('{|\n| rowspan=9 | a || b\n|-\n| c\n|}'))).toEqual([['a', 'b'], ['~a', 'c']]);
    expect(grid(tableOf('{|\n| rowspan=0 | a || b\n|-\n| c\n|-\n| d\n|}'))).toEqual([['a', 'b'], ['~a', 'c'], ['~a', 'd']]);
  });

  it('leave an absent slot where a row ends before a rowspan from above', () => {
    const table = tableOf('{|\n| a || b || rowspan=2 | c\n|-\n| d\n|}');
    expect(grid(table)).toEqual([['a', 'b', 'c'], ['d', '_', '~c']]);
    expect(table.rows[1].cells[1]).toMatchObject({ column: 1, text: '', plainToSource: [table.rows[1].cells[0].end], mentions: [] });
  });

  it('read a span the way a browser does: its leading digits, 1 when unreadable', () => {
    expect(grid(tableOf('{|\n| colspan="2px" | a || b\n|-\n| colspan=x | c || d\n|}'))).toEqual([['a', '~a', 'b'], ['c', 'd']]);
  });

  it(`are cut at ${MAX_ROWSPAN} rows, with a warning`, () => {
    const rows = Array.from({ length: MAX_ROWSPAN + 200 }, (_, i) => `| r${i}`);
    const article = parse(`{|\n| rowspan=100000 | 長 |${rows.join('\n|-\n')}\n|}`);
    const [table] = article.tables;
    expect(table.rows).toHaveLength(MAX_ROWSPAN + 200);
    expect(grid(table)[MAX_ROWSPAN - 1]).toEqual(['~長', `r${MAX_ROWSPAN - 1}`]);
    expect(grid(table)[MAX_ROWSPAN]).toEqual([`r${MAX_ROWSPAN}`]);
    expect(article.diagnostics).toEqual([expect.objectContaining({ code: 'table-span-capped', severity: 'warning', line: 2, column: 20 })]);
  });

  it(`stop being expanded past ${MAX_SPAN_COPIES} copies in one article, with a warning for each table cut short`, () => {
    const article = parse(Array.from({ length: 150 }, (_, i) => `{|\n| colspan=1000 | ${i}\n|}`).join('\n'));
    const copies = article.tables.flatMap((t) => t.rows.flatMap((row) => row.cells)).filter((cell) => cell.copy).length;
    expect(copies).toBeLessThanOrEqual(MAX_SPAN_COPIES);
    expect(copies).toBeGreaterThan(MAX_SPAN_COPIES - 1000);
    expect(grid(article.tables[149])).toEqual([['149']]);
    expect(article.diagnostics.length).toBe(article.tables.filter((t) => t.rows[0].cells.length === 1).length);
  });
});

describe('the text of a cell', () => {
  it('is projected as prose: link text kept, refs and block templates dropped, inline templates and dates shown', () => {
    const text = "{|\n| '''[[甲乙丙|甲乙丙]]'''（{{lang|ko|갑을병}}）{{Birth date|1950|1|2}}<ref name=un>某組織</ref>\n|}";
    const [cell] = tableOf(text).rows[0].cells;
    expect(cell.text).toBe('甲乙丙（갑을병）1950年1月2日');
    expect(cell.mentions.map((m) => [m.kind, m.text, m.target])).toEqual([
      ['bold', '甲乙丙', undefined],
      ['link', '甲乙丙', '甲乙丙'],
    ]);
    expect(sourceOf(parse(text), cell.mentions[1])).toBe('[[甲乙丙|甲乙丙]]');
  });

  it('lists the references used in it, at their place in its text', () => {
    const article = parse('本文<ref name=a>甲</ref>。\n{|\n| 乙<ref name=a/> 丙<ref>丁</ref>\n|}');
    const [cell] = article.tables[0].rows[0].cells;
    expect(cell.references.map((r) => [r.referenceId, r.plainOffset, r.sentence])).toEqual([
      ['a', 1, -1],
      ['ref-2', 3, -1],
    ]);
    expect(sourceOf(article, cell.references[0])).toBe('<ref name=a/>');
  });

  it('keeps the line breaks of a multi-line cell and of `<br>`', () => {
    const [cell] = tableOf('{|\n| 第一行\n第二行<br />第三行\n|}').rows[0].cells;
    expect(cell.text).toBe('第一行\n第二行\n第三行');
  });

  it('maps every character back to its code point in the source, astral characters included', () => {
    const text = "𠀀\n{|\n| '''𠮷[[野家|野家]]'''𠀀 ||\n|}";
    const article = parse(text);
    for (const cell of article.tables[0].rows[0].cells) {
      expect(cell.plainToSource).toHaveLength(cell.text.length + 1);
      for (let i = 0; i < cell.text.length; i++) {
        const at = cell.plainToSource[i];
        expect(codePointSlice(text, at, at + 1)).toBe(String.fromCodePoint(cell.text.codePointAt(i - (isLowSurrogate(cell.text, i) ? 1 : 0))!));
      }
    }
    const [cell, empty] = article.tables[0].rows[0].cells;
    expect(cell.text).toBe('𠮷野家𠀀');
    expect(sourceOf(article, cell)).toBe("'''𠮷[[野家|野家]]'''𠀀");
    expect(cell.plainToSource[cell.text.length]).toBe(cell.end);
    expect(cell.mentions.find((m) => m.kind === 'link')).toMatchObject({ text: '野家', target: '野家', plainStart: 2, plainEnd: 4 });
    expect(empty).toMatchObject({ text: '', plainToSource: [empty.start], end: empty.start });
  });
});

describe('nested tables', () => {
  it('are listed after the table they sit in, one level deeper, and left out of its cell text', () => {
    const tables = tablesOf('{|\n| 外\n{|\n| 內\n|}\n| 次\n|}\n{|\n| 後\n|}');
    expect(tables.map((t) => [t.index, t.depth, grid(t)])).toEqual([
      [0, 0, [['外', '次']]],
      [1, 1, [['內']]],
      [2, 0, [['後']]],
    ]);
  });

  it('are not listed inside templates or refs', () => {
    expect(tablesOf('{{Navbox|list1=\n{{{!}}\n{{!}} x\n{{!}}}\n}}<ref>\n{|\n| r\n|}\n</ref>')).toEqual([]);
  });

  it('are listed when indented, and the indented table is no list item', () => {
    const article = parse('前文。\n:{|\n| 縮排\n|}\n後文。');
    expect(article.tables.map(grid)).toEqual([[['縮排']]]);
    expect(article.paragraphs.map((p) => sourceOf(article, p))).toEqual(['前文。', '後文。']);
  });
});

describe('a table among prose', () => {
  const text = '== 歷任 ==\n導言。\n{|\n! 姓名\n|-\n| 甲。乙。\n|}\n結語。';
  const article = parse(text);

  it('gives no paragraph and no sentence of its own', () => {
    expect(article.sentences.map((s) => s.text)).toEqual(['導言。', '結語。']);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('knows the section it starts in', () => {
    expect(article.tables[0].section).toBe(1);
  });
});

describe('malformed tables', () => {
  it.each([
    ['an unclosed table', '{|\n! h\n|-\n| a', [['!h'], ['a']]],
    ['rows without cells', '{|\n|-\n|-\n| a\n|-\n|}', [['a']]],
    ['a stray `|}`', '{|\n| a\n|}\n|}\n', [['a']]],
    ['text between rows', '{|\nstray\n|-\nmore\n| a\n|}', [['a']]],
    ['a caption after the rows', '{|\n| a\n|+ late\n| b\n|}', [['a', 'b']]],
    ['an empty table', '{|\n|}', []],
    ['a table of only a caption', '{|\n|+ c\n|}', []],
  ])('give what is readable of %s', (_name, text, expected) => {
    expect(grid(tableOf(text))).toEqual(expected);
  });

  it('never throw, whatever the table markup', () => {
    const pieces = ['{|', '|}', '|-', '|+', '!', '!!', '||', '|', 'rowspan=3 |', 'colspan=0|', 'x', '\n', '[[a|', ']]', "'''", '<ref>', '</ref>', '{{lang|en|', '}}'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => pieces[next()]).join('');
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('many tables in one page', () => {
  /** Milliseconds to read the tables of a page of n small tables (the library's parse not counted), and their cells. */
  function readTime(n: number): { ms: number; cells: number } {
    const text = Array.from({ length: n }, (_, i) => `{|\n| colspan=2 | ${i}\n|-\n| rowspan=2 | a || b\n|-\n| c\n|}`).join('\n');
    const document = parseWikitext(text, 'zh');
    const offsets = buildOffsetIndex(text);
    const context = {
      source: text,
      templatePrefixes: document.namespaces.template,
      offsets,
      sectionAt: () => 0,
      referenceAt: () => undefined,
      diagnosticAt: (utf16: number, code: string, message: string) => diagnosticAt(offsets, utf16, code, message),
    };
    const started = process.hrtime.bigint();
    const { tables } = collectTables(document, context);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(tables).toHaveLength(n);
    return { ms, cells: tables.reduce((sum, t) => sum + t.rows.reduce((k, row) => k + row.cells.length, 0), 0) };
  }

  // How the time grows is a benchmark's to print, not a test's to assert (no timing assertion in a test).
  it('are read whole, cells linear in their number', () => {
    const small = readTime(1_000);
    const large = readTime(4_000);
    expect(large.cells).toBe(4 * small.cells);
  });
});

/** Characters the projection makes rather than copies: an inline template's separator. */
const SEPARATORS = new Set(Object.values(INLINE_TEMPLATES).flatMap((rule) => [...rule.separator]));

/** Why a cell's character i does not show the source character it maps to, or '' when it does. */
function mismatch(source: string, cell: TableCell, i: number): string {
  const at = cell.plainToSource[i];
  const shown = String.fromCodePoint(cell.text.codePointAt(i)!);
  const there = codePointSlice(source, at, at + 1);
  if (there === shown) return '';
  if (shown === '\n' && /^<\/?br\b/i.test(codePointSlice(source, at, at + 4))) return ''; // a <br> kept as a line break
  if (SEPARATORS.has(shown) && cell.plainToSource[i + 1] === at) return ''; // a separator, placed at the argument after it
  // A date template's date (`1900年4月25日`): its characters stand for the call, from `{{` to `}}`.
  if (there === '{' && /^\{\{\s*(?:[Bb]irth|[Dd]eath|[Ss]tart|[Ee]nd|[Dd]ate|[Dd]ts|bd\b)/.test(codePointSlice(source, at, at + 12))) return '';
  if (there === '}' && codePointSlice(source, at - 1, at + 1) === '}}') return '';
  return `${JSON.stringify(shown)} at ${i} of ${JSON.stringify(cell.text)} maps to ${JSON.stringify(there)}`;
}

describeRealset('the tables of the real set', () => {
  describe.each(realsetTitles())('%s', (title) => {
    const article = realArticle(title);
    const source = article.source.text;
    const cells = article.tables.flatMap((table) => table.rows.flatMap((row) => row.cells));

    it('maps every character of every cell to the character shown', () => {
      const problems: string[] = [];
      for (const cell of cells) {
        if (cell.plainToSource.length !== cell.text.length + 1) problems.push(`map of ${JSON.stringify(cell.text)} has ${cell.plainToSource.length} entries`);
        for (let i = 0; i < cell.text.length; i++) {
          if (isLowSurrogate(cell.text, i)) expect(cell.plainToSource[i]).toBe(cell.plainToSource[i - 1]);
          else problems.push(mismatch(source, cell, i));
        }
        if (cell.text) {
          if (cell.plainToSource[0] < cell.start || cell.plainToSource[cell.text.length] > cell.end) problems.push(`${JSON.stringify(cell.text)} maps outside its span`);
        }
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });

    it('gives mentions whose text is the cell text they cover, and links that slice to their markup', () => {
      for (const cell of cells) {
        for (const mention of cell.mentions) {
          expect(mention.text).toBe(cell.text.slice(mention.plainStart, mention.plainEnd));
          // A wikilink, or a link template (`{{link-en|本地|Foreign}}`) whose local page it links.
          if (mention.kind === 'link') expect(codePointSlice(source, mention.start, mention.end)).toMatch(/^(?:\[\[[\s\S]*\]\]|\{\{\s*[Ll]ink-[\s\S]*\}\})$/);
        }
      }
    });

    it('puts each cell at its column, and each copy on the span of a cell above or to the left', () => {
      for (const table of article.tables) {
        table.rows.forEach((row, r) => {
          row.cells.forEach((cell, c) => {
            expect(cell.column).toBe(c);
            if (!cell.copy) return;
            const originals = table.rows.slice(0, r + 1).flatMap((above) => above.cells.filter((o) => !o.copy && o.column <= c));
            expect(originals.some((o) => o.start === cell.start && o.end === cell.end && o.text === cell.text)).toBe(true);
          });
        });
      }
    });
  });

  /** The first table of a section, by its heading. */
  const tableUnder = (title: string, heading: string): Table => {
    const article = realArticle(title);
    const section = article.sections.find((s) => s.heading === heading);
    const table = article.tables.find((t) => t.section === section?.index);
    if (!table) throw new Error(`no table under ${heading} in ${title}`);
    return table;
  };
  /** The cells of a table's data rows in the columns of a name (a colspan header names several). */
  const columnOf = (table: Table, name: string): TableCell[] => {
    const columns = table.columns.flatMap((column, c) => (column === name ? [c] : []));
    return table.rows.filter((row) => row.cells.some((cell) => !cell.header)).flatMap((row) => columns.map((c) => row.cells[c]));
  };
  const linked = (cell: TableCell | undefined): string[] => (cell?.mentions ?? []).filter((m) => m.kind === 'link').map((m) => m.target!);

  it('reads the holders of 联合国秘书长: names under 秘书长, 吳丹 spanning his two terms, 潘基文 linked', () => {
    const article = realArticle('联合国秘书长');
    const holders = article.tables[0];
    expect(holders.columns.slice(0, 5)).toEqual(['任次', '秘书长', '秘书长', '就任日期', '卸任日期']);
    const names = columnOf(holders, '秘书长');
    expect(names.flatMap(linked)).toEqual(expect.arrayContaining(['格拉德温·杰布', '吳丹', '潘基文', '安东尼奥·古特雷斯']));
    const third = holders.rows.find((row) => row.cells[0].text === '3')!;
    expect([third.cells[1].copy, linked(third.cells[1]), third.cells[3].text]).toEqual([true, ['吳丹'], '1962年11月30日']);
    const living = article.tables.find((t) => t.columns[0] === '姓名')!;
    expect(linked(living.rows[1].cells[0])).toEqual(['潘基文']);
  });

  it('reads the heads of 中華民國僑務委員會 under 歷任首長', () => {
    const table = tableUnder('中華民國僑務委員會', '歷任首長');
    expect(table.columns).toEqual(['任別', '圖片', '姓名', '政黨', '籍貫', '就職時間', '卸任時間']);
    const first = table.rows[1].cells;
    expect([first[0].text, linked(first[2]), first[5].text]).toEqual(['1', ['陳樹人'], '1932年4月27日']);
  });

  it('reads the presidents of 延世大學 under 历任校长', () => {
    const table = tableUnder('延世大學', '历任校长');
    expect(table.columns).toEqual(['任', '姓名', '任期', '备注']);
    expect(table.rows[1].cells.map((cell) => cell.text)).toEqual(['第1任', '白樂濬（백낙준）', '1957年~ 1959年', '']);
    expect(linked(table.rows[1].cells[1])).toEqual(['白樂濬']);
  });

  it('reads the directors-general of 联合国教育、科学及文化组织, numbered by header cells, an acting one spanning two rows', () => {
    const table = tableUnder('联合国教育、科学及文化组织', '歷任总干事');
    expect(table.columns).toEqual(['届', '总干事', '总干事', '出生国', '任职时间']);
    expect(table.rows[1].cells.map(show)).toEqual(['!1', '', '朱利安·赫胥黎', '', '1946年12月 - 1948年12月']);
    const fifth = table.rows.find((row) => row.cells[0].text === '5')!;
    expect(fifth.cells.map(show)).toEqual(['!5', '~', '~勒内·马厄', '~', '1962年11月 - 1974年11月']);
    expect(columnOf(table, '总干事').flatMap(linked)).toContain('松浦晃一郎');
  });
});

function isLowSurrogate(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
