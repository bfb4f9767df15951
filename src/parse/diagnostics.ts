/** Diagnostics: wikiparser-node's lint errors and the parse stage's own findings, placed by line and column. */
import type { Diagnostic } from './model';
import { lineColumn, OffsetIndex } from './offsets';
import type { WikiLintError } from './wikiparser';

/** Makes a diagnostic at a UTF-16 index of the source. */
export function diagnosticAt(offsets: OffsetIndex, utf16: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  const { line, column } = lineColumn(offsets, offsets.toCodePoint(Math.max(0, utf16)));
  return { severity, message, line, column, code };
}

/** The linter's errors (warnings are left out: real articles have hundreds), code `lint/<rule>`. */
export function lintDiagnostics(errors: readonly WikiLintError[], offsets: OffsetIndex): Diagnostic[] {
  return errors
    .filter((error) => error.severity === 'error')
    .map((error) => diagnosticAt(offsets, error.startIndex, `lint/${error.rule}`, error.message));
}
