import type { Extractor } from '../extractor';
import { categoriesExtractor } from './categories';
import { citationsExtractor } from './citations';
import { eventDatesExtractor } from './eventDates';
import { mentionsExtractor } from './mentions';
import { noteTAExtractor } from './noteTA';
import { pageExtractor } from './page';
import { placeHierarchyExtractor } from './placeHierarchy';
import { subjectExtractor } from './subject';
import { infoboxExtractor } from '../infobox/extractor';
import { glossFrame } from '../structures/languageNames';
import { successionBoxesExtractor } from '../structures/successionBoxes';
import { tablesExtractor } from '../structures/tables';
import { patternExtractor } from '../matcher/engine';

/** Every extractor, in the order their facts appear in the output. */
export const allExtractors: Extractor[] = [
  subjectExtractor,
  mentionsExtractor,
  categoriesExtractor,
  pageExtractor,
  noteTAExtractor,
  citationsExtractor,
  infoboxExtractor,
  eventDatesExtractor,
  placeHierarchyExtractor,
  // Structures every article may have (src/extract/structures).
  glossFrame,
  tablesExtractor,
  successionBoxesExtractor,
  // The rows of patterns/{lang}/*.tsv.
  patternExtractor,
];
