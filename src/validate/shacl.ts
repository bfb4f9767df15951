/**
 * Adapter over rdf-validate-shacl (SHACL Core in JavaScript): the only file that imports it.
 *
 * The library is ESM-only; Node 20 `require()`s it and jest compiles it (see `transformIgnorePatterns`).
 * Our quads are RDF/JS terms from n3, which the library accepts as they are: the shapes go into its own
 * dataset, the data into an indexed n3 `Store` (about twice as fast as the library's default dataset).
 */
import { Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import SHACLValidator from 'rdf-validate-shacl';

/** One validation result as SHACL reports it (`sh:ValidationResult`). */
export interface ShaclResult {
  focusNode: Term;
  /** `sh:resultPath`; absent for node-level constraints. */
  path?: Term;
  /** `sh:value`, the offending value when there is one. */
  value?: Term;
  /** `sh:sourceShape`. */
  shape: Term;
  /** `sh:resultSeverity`: `sh:Violation`, `sh:Warning` or `sh:Info`. */
  severity: Term;
  /** `sh:resultMessage`s (the shape's `sh:message`, else the library's own wording). */
  messages: string[];
}

/** A shapes graph compiled once and applied to any number of data graphs. */
export class ShaclEngine {
  private readonly validator: SHACLValidator;

  constructor(shapes: Iterable<Quad>) {
    // maxNodeChecks guards against recursive shapes (sh:node cycles); ours have none, and the per-check
    // bookkeeping costs a third of the run.
    const options = { maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1];
    this.validator = new SHACLValidator([...shapes] as never, options);
  }

  /** Validates one data graph; every result, in the library's order. */
  async validate(data: Iterable<Quad>): Promise<ShaclResult[]> {
    const report = await this.validator.validate(new Store([...data]) as never);
    return report.results.map((result) => ({
      focusNode: result.focusNode,
      path: result.path ?? undefined,
      value: result.value ?? undefined,
      shape: result.sourceShape,
      severity: result.severity,
      messages: result.message.map((message) => message.value),
    }));
  }
}
