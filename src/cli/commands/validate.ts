/**
 * `wikikg validate`: checks the built graphs against the SHACL shapes (`ontology/shapes.ttl`, or
 * `--shapes FILE`) and lists what is wrong, one line per result. Each file is validated on its own, as
 * `build` validates each article's graph before writing it (`runArticle` in `pipeline.ts`).
 */
import type { Quad } from '@rdfjs/types';
import type { Report, Shapes, Violation } from '../../validate';

/** The validate stage, loaded on demand: it brings the SHACL engine, which no other command needs. */
type ValidateModule = typeof import('../../validate');
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, readRdfText, withFileName, type RdfFile } from '../dataFiles';
import { CommandError, EXIT } from '../errors';
import { resolveIn, type CliIo } from '../io';

const REPORT_FORMATS = ['text', 'json'] as const;

/** The `validate` command. */
export const validateCommand: Command = {
  spec: {
    name: 'validate',
    summary: 'Check the built graphs against the SHACL shapes',
    operands: '',
    operandHelp: [],
    minOperands: 0,
    maxOperands: 0,
    options: [
      { name: 'data', short: 'd', value: 'DIR', default: 'output/', description: 'Folder of RDF files to check' },
      { name: 'shapes', value: 'FILE', defaultHelp: 'ontology/shapes.ttl', description: 'SHACL shapes in Turtle' },
      { name: 'format', short: 'f', value: 'FORMAT', choices: REPORT_FORMATS, default: 'text', description: 'Report format' },
    ],
    examples: ['wikikg validate', 'wikikg validate --data graphs/ --format json'],
  },
  run: runValidate,
};

interface FileReport {
  file: RdfFile;
  triples: number;
  report: Report;
}

async function runValidate(args: ParsedArgs, io: CliIo): Promise<number> {
  const dataDir = args.value('data')!;
  const files = listRdfFiles(io, dataDir);
  const validate = await import('../../validate');
  const shapes = chooseShapes(validate, args, io);
  const { parseRdf } = await import('../../export/serialize');
  const reports: FileReport[] = [];
  for (const file of files) {
    const quads: Quad[] = withFileName(file, () => parseRdf(readRdfText(file), file.format));
    reports.push({ file, triples: quads.length, report: await validate.validateQuads(quads, shapes) });
  }
  const json = args.value('format') === 'json';
  io.stdout.write(json ? jsonReport(validate, reports) : textReport(validate, reports, dataDir, shapes));
  return reports.every(({ report }) => report.conforms) ? EXIT.ok : EXIT.failure;
}

function chooseShapes(validate: ValidateModule, args: ParsedArgs, io: CliIo): Shapes {
  const file = args.value('shapes');
  try {
    return file === undefined ? validate.shippedShapes(io.packageRoot) : validate.loadShapes(resolveIn(io, file), file);
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
}

/** `file: severity: focus path: message (value v)` per result, then one summary line. */
function textReport(validate: ValidateModule, reports: FileReport[], dataDir: string, shapes: Shapes): string {
  const lines = reports.flatMap(({ file, report }) =>
    report.violations.map((v) => `${file.shown}: ${validate.formatViolation(v, shapes.prefixes)}`),
  );
  return [...lines, summaryLine(reports, dataDir)].join('\n') + '\n';
}

function summaryLine(reports: FileReport[], dataDir: string): string {
  const all = reports.flatMap(({ report }) => report.violations);
  const triples = reports.reduce((sum, { triples: n }) => sum + n, 0);
  const failing = reports.filter(({ report }) => !report.conforms).length;
  const checked = `${dataDir}: ${plural(reports.length, 'file')}, ${plural(triples, 'triple')}`;
  const counts = `${plural(count(all, 'Violation'), 'violation')}, ${plural(count(all, 'Warning'), 'warning')}`;
  const verdict = failing === 0 ? 'conforms' : `${plural(failing, 'file')} ${failing === 1 ? 'does' : 'do'} not conform`;
  return `${checked}: ${counts}; ${verdict}`;
}

/** `{ conforms, files: [{ file, conforms, triples, violations }] }`, results as `violationJson` gives them. */
function jsonReport(validate: ValidateModule, reports: FileReport[]): string {
  const files = reports.map(({ file, triples, report }) => ({
    file: file.shown,
    conforms: report.conforms,
    triples,
    violations: report.violations.map(validate.violationJson),
  }));
  return `${JSON.stringify({ conforms: files.every((f) => f.conforms), files }, null, 2)}\n`;
}

function count(violations: Violation[], severity: Violation['severity']): number {
  return violations.filter((v) => v.severity === severity).length;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

