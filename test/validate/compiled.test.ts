import * as fs from 'fs';
import * as path from 'path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { readCacheFile } from '../../src/link/cache';
import { linkFromCache } from '../../src/link/linkGraph';
import { buildArticle } from '../../src/pipeline';
import { parseShapes, shippedShapes, validateQuads } from '../../src/validate';
import { CompiledShapes, compileShapes } from '../../src/validate/compiled';
import { ShaclEngine, type ShaclResult, type ShapesEngine } from '../../src/validate/shacl';
import { ROOT, seedBuild } from '../helpers/seedStore';
import { kindOf, MUTATIONS, multiset, mutate, prng, shapeFacts, withoutMessages, type ShapeFacts } from './differential';
import { FEATURE_SHAPES, randomGraph } from './synthetic';

const { literal, namedNode, quad } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'articles');

/** The constraint kinds a shapes graph uses: the local names of its component parameters. */
function kindsUsed(shapes: readonly Quad[]): string[] {
  const kinds = ['class', 'datatype', 'nodeKind', 'minCount', 'maxCount', 'minLength', 'maxLength', 'pattern', 'minInclusive',
    'maxInclusive', 'minExclusive', 'maxExclusive', 'in', 'hasValue', 'or', 'lessThan', 'lessThanOrEquals', 'qualifiedMinCount', 'qualifiedMaxCount'];
  return kinds.filter((kind) => shapes.some((q) => q.predicate.value === SH + kind)).sort();
}

/** Both engines over one shapes graph; `bare` ones have no sh:message, so results name their component. */
interface Pair {
  compiled: ShapesEngine;
  library: ShapesEngine;
  bare: boolean;
}

function pairs(shapes: readonly Quad[]): Pair[] {
  return [shapes, withoutMessages(shapes)].map((quads, i) => {
    const compiled = compileShapes(quads);
    if (!compiled) throw new Error('the shapes do not compile');
    return { compiled, library: new ShaclEngine(quads), bare: i === 1 };
  });
}

/** What a differential run saw: mismatches (should be none), components and severities that fired. */
const stats: string[] = [];

class Tally {
  readonly mismatches: string[] = [];
  readonly kinds = new Set<string>();
  readonly severities = new Set<string>();
  readonly shapes = new Set<string>();
  graphs = 0;
  failing = 0;

  constructor(private readonly facts: ShapeFacts) {}

  summary(): string {
    return `${this.graphs} graphs (${this.failing} with violations); kinds fired: ${[...this.kinds].sort().join(', ')}; severities: ${[...this.severities].join(', ')}`;
  }

  async compare(label: string, graph: Quad[], engines: Pair[]): Promise<void> {
    this.graphs++;
    let failing = false;
    for (const { compiled, library, bare } of engines) {
      const expected: ShaclResult[] = await library.validate(graph);
      const actual = multiset(await compiled.validate(graph));
      const wanted = multiset(expected);
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        const missing = wanted.filter((r) => !actual.includes(r));
        const extra = actual.filter((r) => !wanted.includes(r));
        this.mismatches.push(`${label}${bare ? ' (bare)' : ''}: missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}`);
      }
      for (const result of expected) {
        if (bare) this.kinds.add(kindOf(result, this.facts.classShapes));
        this.severities.add(result.severity.value.slice(SH.length));
        this.shapes.add(result.shape.value);
        failing ||= result.severity.value === `${SH}Violation`;
      }
    }
    if (failing) this.failing++;
  }
}

describe('the compiled validator gives the results of rdf-validate-shacl', () => {
  const shapes = shippedShapes().quads;
  const facts = shapeFacts(shapes);

  test('on the seed graph, linked, and 60 graphs broken from it, firing every kind of constraint the shapes use', async () => {
    const seed = [...seedBuild().quads];
    const linked = [...seed, ...linkFromCache(seed, readCacheFile(path.join(ROOT, 'links', 'wikidata-cache.tsv'))).quads];
    const engines = pairs(shapes);
    const tally = new Tally(facts);
    await tally.compare('seed', linked, engines);
    const rng = prng(20240611);
    for (let i = 0; i < 60; i++) {
      // The first variants start with each mutation in turn, so that each is tried at least once.
      const { quads, names } = mutate(linked, rng, facts, 1 + Math.floor(rng() * 4), MUTATIONS[i]);
      await tally.compare(`seed variant ${i} (${names.join(', ')})`, quads, engines);
    }
    stats.push(tally.summary());
    expect(tally.mismatches).toEqual([]);
    expect([...tally.kinds].sort()).toEqual(kindsUsed(shapes));
    expect([...tally.severities].sort()).toEqual(['Violation', 'Warning']);
    expect(tally.failing).toBeGreaterThanOrEqual(32);
  }, 300_000);

  (fs.existsSync(CORPUS) ? test : test.skip)('on corpus articles and graphs broken from them', async () => {
    const articles = ['en', 'zh', 'de'].flatMap((lang) => {
      const dir = path.join(CORPUS, lang);
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.wiki')).sort() : [];
      const small = files.filter((f) => fs.statSync(path.join(dir, f)).size < 40_000).slice(0, 2);
      return small.map((f) => ({ title: f.slice(0, -'.wiki'.length).replace(/_/g, ' '), lang, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    });
    expect(articles.length).toBeGreaterThan(0);
    const engines = pairs(shapes);
    const tally = new Tally(facts);
    const rng = prng(7);
    for (const article of articles) {
      const graph = [...buildArticle(article).quads];
      await tally.compare(article.title, graph, engines);
      for (let i = 0; i < 4; i++) {
        const { quads, names } = mutate(graph, rng, facts, 1 + Math.floor(rng() * 4));
        await tally.compare(`${article.title} variant ${i} (${names.join(', ')})`, quads, engines);
      }
    }
    stats.push(tally.summary());
    expect(tally.mismatches).toEqual([]);
    expect(tally.failing).toBeGreaterThan(articles.length * 3);
  }, 300_000);

  afterEach(() => stats.splice(0).forEach((line) => process.env.DIFF_STATS && console.log(line)));

  test('on 300 random graphs against shapes that use every supported feature', async () => {
    const features = parseShapes(FEATURE_SHAPES, 'features.ttl').quads;
    const engines = pairs(features);
    const tally = new Tally(shapeFacts(features));
    const rng = prng(42);
    for (let i = 0; i < 300; i++) await tally.compare(`random graph ${i}`, randomGraph(rng), engines);
    stats.push(tally.summary());
    expect(tally.mismatches).toEqual([]);
    expect([...tally.kinds].sort()).toEqual(kindsUsed(features));
    expect([...tally.severities].sort()).toEqual(['Info', 'Violation', 'Warning']);
    // A deactivated shape reports nothing, and an sh:or with a deactivated member always holds.
    expect(['urn:ex:Asleep', 'urn:ex:Dozing'].filter((s) => tally.shapes.has(s))).toEqual([]);
    const targeted = ['urn:ex:Thing', 'urn:ex:Fixed', 'urn:ex:Parts', 'urn:ex:Coded', 'urn:ex:Anything', 'urn:ex:Deep', 'urn:ex:Never', 'urn:ex:Limits'];
    expect(targeted.filter((s) => !tally.shapes.has(s))).toEqual([]);
  }, 300_000);
});

describe('compileShapes', () => {
  const tiny = (body: string) =>
    parseShapes(
      `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
       @prefix owl: <http://www.w3.org/2002/07/owl#> . ${body}`,
      'tiny.ttl',
    );

  test('compiles ontology/shapes.ttl, and the shipped shapes validate with it', () => {
    expect(compileShapes(shippedShapes().quads)).toBeInstanceOf(CompiledShapes);
    expect(shippedShapes().engine()).toBeInstanceOf(CompiledShapes);
  });

  test.each([
    ['sh:node', 'ex:S sh:targetClass ex:C ; sh:node ex:T . ex:T sh:minLength 1 .'],
    ['an inverse path', 'ex:S sh:targetClass ex:C ; sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 .'],
    ['a sequence path', 'ex:S sh:targetClass ex:C ; sh:path ( ex:p ex:q ) ; sh:minCount 1 .'],
    ['sh:and', 'ex:S sh:targetClass ex:C ; sh:and ( [ sh:minLength 1 ] ) .'],
    ['sh:not', 'ex:S sh:targetClass ex:C ; sh:not [ sh:minLength 1 ] .'],
    ['sh:xone', 'ex:S sh:targetClass ex:C ; sh:xone ( [ sh:minLength 1 ] ) .'],
    ['sh:closed', 'ex:S sh:targetClass ex:C ; sh:closed true .'],
    ['sh:equals', 'ex:S sh:targetClass ex:C ; sh:path ex:p ; sh:equals ex:q .'],
    ['sh:languageIn', 'ex:S sh:targetClass ex:C ; sh:path ex:p ; sh:languageIn ( "en" ) .'],
    ['sh:uniqueLang', 'ex:S sh:targetClass ex:C ; sh:path ex:p ; sh:uniqueLang true .'],
    ['SPARQL', 'ex:S sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE {}" ] .'],
    ['an implicit class target', 'ex:C a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .'],
    ['owl:imports', '<urn:shapes> owl:imports <urn:other> . ex:S sh:targetClass ex:C ; sh:nodeKind sh:IRI .'],
    ['sh:minCount on a node shape', 'ex:S sh:targetClass ex:C ; sh:minCount 1 .'],
    ['a pattern JavaScript cannot read', 'ex:S sh:targetClass ex:C ; sh:path ex:p ; sh:pattern "(" .'],
  ])('leaves a shapes graph with %s to the library', (_name, body) => {
    const shapes = tiny(body);
    expect(compileShapes(shapes.quads)).toBeUndefined();
    expect(shapes.engine()).toBeInstanceOf(ShaclEngine);
  });

  test('still validates what it does not compile, through the library', async () => {
    const shapes = tiny('ex:S sh:targetNode <urn:a> ; sh:node ex:T . ex:T sh:property [ sh:path ex:p ; sh:minCount 1 ] .');
    const report = await validateQuads([quad(namedNode('urn:a'), namedNode('urn:ex:q'), literal('1'))], shapes);
    expect(report.violations.map((v) => [v.focusNode.value, v.shape.value])).toEqual([['urn:a', 'urn:ex:S']]);
  });
});
