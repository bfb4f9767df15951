import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../../util/packageRoot';
import { ENTITY_TYPES, type EntityType } from '../fact';

/**
 * Name endings that tell what kind of thing a name names (a hint: see `patterns/zh/lexicon/name-endings.tsv`,
 * which a domain expert extends), longest first when matched.
 */
export interface SuffixRule {
  suffix: string;
  types: EntityType[];
  /** Names ending so that are NOT of this kind (`俱樂部` ends in `部` but is no ministry). */
  except?: string[];
  /** A one-character ending that alone gives its class's family (`市`: a place); longer ones always do. */
  alone?: boolean;
}

export const nameSuffixes: SuffixRule[] = readEndings(path.join(packageRoot(), 'patterns', 'zh', 'lexicon', 'name-endings.tsv'));

/** Reads a name-endings file (`patterns/zh/lexicon/name-endings.tsv`: its header says the columns). */
export function readEndings(file: string): SuffixRule[] {
  const rules: SuffixRule[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [suffix, types, alone, except] = line.split('\t');
    const classes = (types ?? '').split(',').filter((t) => t !== '');
    const unknown = classes.find((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
    if (!suffix || classes.length === 0 || unknown !== undefined || (alone && alone !== 'family')) {
      throw new Error(`${file}:${i + 1}: expected ending<TAB>types[<TAB>family[<TAB>except]]${unknown ? ` (unknown class ${unknown})` : ''}`);
    }
    rules.push({
      suffix,
      types: classes as EntityType[],
      ...(alone === 'family' ? { alone: true } : {}),
      ...(except ? { except: except.split(',').filter((e) => e !== '') } : {}),
    });
  });
  return rules;
}

/**
 * Endings that make a place name from another place name (`X工業區` lies in `X`): a place named
 * `X` + one of these is located in the place `X` when the text names both.
 */
export const placeDerivingSuffixes = ['工業區', '工业区', '工業園區', '工业园区', '特區', '特区', '港', '站', '機場', '机场'];
