/**
 * The shapes graph: `ontology/shapes.ttl` as shipped with the package, or any other SHACL file. Parsed
 * once per process; its validator is kept with it: the compiled one (`compiled.ts`) when the shapes use
 * only what that compiles, else rdf-validate-shacl (`shacl.ts`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { packageRoot } from '../util/packageRoot';
import { compileShapes } from './compiled';
import { ShaclEngine, type ShapesEngine } from './shacl';

/** A parsed shapes graph, its prefixes (to print IRIs short) and its compiled validator. */
export class Shapes {
  private compiled?: ShapesEngine;

  constructor(
    readonly quads: Quad[],
    /** Prefix → namespace, as declared in the shapes file. */
    readonly prefixes: Record<string, string>,
  ) {}

  /** The validator for these shapes, made on first use: compiled when they compile, else the library. */
  engine(): ShapesEngine {
    return (this.compiled ??= compileShapes(this.quads) ?? new ShaclEngine(this.quads));
  }
}

/** Parses a shapes graph written in Turtle; `name` says where it came from in a syntax error. */
export function parseShapes(turtle: string, name: string): Shapes {
  const prefixes: Record<string, string> = {};
  try {
    // n3 reports each @prefix through the third callback argument; the quads come back from parse().
    const quads = new Parser({ format: 'Turtle' }).parse(turtle, null, (prefix, iri) => {
      prefixes[prefix] = iri.value;
    });
    return new Shapes(quads, prefixes);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

/** Reads and parses a shapes file. */
export function loadShapes(file: string, shown: string = file): Shapes {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? `no such shapes file: ${shown}` : `cannot read ${shown}: ${(error as Error).message}`);
  }
  return parseShapes(text, shown);
}

const shippedCache = new Map<string, Shapes>();

/** `ontology/shapes.ttl` of the package at `root` (the installed one by default), parsed once. */
export function shippedShapes(root: string = packageRoot()): Shapes {
  const file = path.join(root, 'ontology', 'shapes.ttl');
  let shapes = shippedCache.get(file);
  if (!shapes) shippedCache.set(file, (shapes = loadShapes(file, 'ontology/shapes.ttl')));
  return shapes;
}
