/**
 * Adapter over rdf-validate-shacl (SHACL Core in JavaScript): the only file that imports it, and only
 * when a shapes graph does not compile (`compiled.ts`), since loading it costs more than validating.
 *
 * The library is ESM-only; Node 20 `require()`s it and jest compiles it (see `transformIgnorePatterns`).
 * Our quads are RDF/JS terms from n3, which the library accepts as they are: the shapes go into its own
 * dataset, the data into an indexed n3 `Store` (about twice as fast as the library's default dataset).
 */
import { Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type SHACLValidator from 'rdf-validate-shacl';

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

/** A validator for one shapes graph: the compiled one (`compiled.ts`) or the library (`ShaclEngine`). */
export interface ShapesEngine {
  /** Validates one data graph; every result, in no particular order. */
  validate(data: Iterable<Quad>): Promise<ShaclResult[]>;
}

/** rdf-validate-shacl over a shapes graph: loaded and set up on the first validation, then reused. */
export class ShaclEngine implements ShapesEngine {
  private readonly shapes: Quad[];
  private validator?: SHACLValidator;

  constructor(shapes: Iterable<Quad>) {
    this.shapes = [...shapes];
  }

  /** Validates one data graph; every result, in the library's order. */
  async validate(data: Iterable<Quad>): Promise<ShaclResult[]> {
    const validator = (this.validator ??= await this.load());
    const report = await validator.validate(new Store([...data]) as never);
    return report.results.map((result) => ({
      focusNode: result.focusNode,
      path: result.path ?? undefined,
      value: result.value ?? undefined,
      shape: result.sourceShape,
      severity: result.severity,
      messages: result.message.map((message) => message.value),
    }));
  }

  private async load(): Promise<SHACLValidator> {
    const { default: Validator } = await import('rdf-validate-shacl');
    // maxNodeChecks guards against recursive shapes (sh:node cycles); ours have none, and the per-check
    // bookkeeping costs a third of the run.
    const options = { maxNodeChecks: 0 } as ConstructorParameters<typeof Validator>[1];
    return new Validator(this.shapes as never, options);
  }
}
