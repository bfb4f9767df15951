/** The fixed prefixes (`wkg:`, `schema:`, ...) declared before every query, so users need not declare them. */
import { NS } from '../graph/vocab';

/** `PREFIX p: <iri>` for every prefix of the fixed table, on one line without a line break. */
export const PREFIX_DECLARATIONS = Object.entries(NS).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join(' ');
