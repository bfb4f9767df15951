/**
 * `wikikg export`: every RDF file of the data folder, merged into one graph and written in one syntax.
 * The syntax comes from `--format`, else from the `--out` file's extension; with no `--out` (or `-`)
 * the graph goes to stdout, as Turtle unless `--format` says otherwise.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Quad } from '@rdfjs/types';
import { formatFromExtension, RDF_FORMATS, type RdfFormat } from '../../export/formats';
import { writeFileAtomic } from '../../util/atomicWrite';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, readRdfText, withFileName } from '../dataFiles';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo } from '../io';

/** The `export` command. */
export const exportCommand: Command = {
  spec: {
    name: 'export',
    summary: 'Write all built graphs as one RDF file',
    operands: '',
    operandHelp: [],
    minOperands: 0,
    maxOperands: 0,
    options: [
      { name: 'data', short: 'd', value: 'DIR', default: 'output/', description: 'Folder of RDF files to export' },
      {
        name: 'format',
        short: 'f',
        value: 'FORMAT',
        choices: [...RDF_FORMATS, 'quickstatements'],
        defaultHelp: 'from the --out extension, else ttl',
        description: 'RDF syntax, or quickstatements (facts of linked entities as QuickStatements V1)',
      },
      { name: 'profile', value: 'PROFILE', choices: ['rdf', 'wikidata'], default: 'rdf', description: "rdf: the graphs as built; wikidata: linked entities' facts in Wikidata's RDF model" },
      { name: 'out', short: 'o', value: 'FILE', default: '-', description: 'File to write; - is stdout' },
    ],
    examples: [
      'wikikg export --out graph.nt',
      'wikikg export --format jsonld > graph.jsonld',
      'wikikg export --data graphs/ --format trig --out all.trig',
      'wikikg export --profile wikidata --out wikidata.ttl',
      'wikikg export --format quickstatements --out facts.qs',
    ],
  },
  run: runExport,
};

async function runExport(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = args.value('out')!;
  const format = chooseFormat(args.value('format') as RdfFormat | undefined, out);
  const files = listRdfFiles(io, args.value('data')!);
  // Loaded on demand: the serialisers pull in several RDF libraries that `build --help` never needs.
  const { parseRdf, serialize } = await import('../../export/serialize');
  const quads: Quad[] = [];
  for (const file of files) {
    const text = readRdfText(file);
    quads.push(...withFileName(file, () => parseRdf(text, file.format)));
  }
  const wikidata = args.value('profile') === 'wikidata' || format === ('quickstatements' as RdfFormat);
  const output = wikidata ? await wikidataExport(quads, format, io) : await serialize(quads, format);
  if (out === '-') {
    io.stdout.write(output);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(resolveIn(io, out), output);
  } catch (error) {
    throw new CommandError(`cannot write ${out}: ${(error as Error).message}`);
  }
  return EXIT.ok;
}

/** The Wikidata profile or QuickStatements, with the shipped ontology for the property mappings. */
async function wikidataExport(quads: Quad[], format: RdfFormat, io: CliIo): Promise<string> {
  const { exportForWikidata } = await import('../../export/wikidataExport');
  const ontology = fs.readFileSync(path.join(io.packageRoot, 'ontology', 'wikikg.ttl'), 'utf8');
  return exportForWikidata(quads, ontology, format);
}

/** `--format` wins; else the extension of `--out`; stdout defaults to Turtle. */
function chooseFormat(given: RdfFormat | undefined, out: string): RdfFormat {
  if (given) return given;
  if (out === '-') return 'ttl';
  const fromExtension = formatFromExtension(out);
  if (!fromExtension) throw new UsageError(`cannot tell the RDF syntax of ${out} from its extension; give --format`, 'export');
  return fromExtension;
}
