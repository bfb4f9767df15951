import type { Extractor } from '../extractor';
import { categoriesExtractor } from './categories';
import { citationsExtractor } from './citations';
import { eventDatesExtractor } from './eventDates';
import { foundingExtractor } from './founding';
import { headquartersExtractor } from './headquarters';
import { leadershipExtractor } from './leadership';
import { locationExtractor } from './location';
import { meetingsExtractor } from './meetings';
import { mentionsExtractor } from './mentions';
import { noteTAExtractor } from './noteTA';
import { pageExtractor } from './page';
import { openingExtractor } from './opening';
import { originExtractor } from './origin';
import { placeHierarchyExtractor } from './placeHierarchy';
import { staffEventsExtractor } from './staffEvents';
import { staffingExtractor } from './staffing';
import { subjectExtractor } from './subject';
import { countFrame } from '../frames/count';
import { infoboxExtractor } from '../infobox/extractor';
import { documentFrame } from '../frames/document';
import { eventFrame } from '../frames/event';
import { glossFrame } from '../frames/gloss';
import { organizationFrame } from '../frames/organization';
import { positionFrame } from '../frames/position';

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
  foundingExtractor,
  headquartersExtractor,
  originExtractor,
  locationExtractor,
  openingExtractor,
  leadershipExtractor,
  meetingsExtractor,
  staffingExtractor,
  staffEventsExtractor,
  // The general relation frames over typed mentions (src/extract/frames).
  positionFrame,
  eventFrame,
  documentFrame,
  organizationFrame,
  countFrame,
  glossFrame,
];
