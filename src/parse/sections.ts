/** Sections: the lead (section 0) and one section per top-level heading, up to the next heading of any level. */
import type { HeadingBlock } from './blocks';
import type { Section } from './model';
import type { OffsetIndex } from './offsets';
import { projectChildren, ProjectionContext } from './plainText';
import { childOfType } from './wikiparser';

/** Sections in UTF-16 (for lookups) and in the model's code points. */
export interface Sections {
  sections: Section[];
  /** Section index of a UTF-16 position. */
  sectionAt: (utf16: number) => number;
}

/** Builds the section list from the headings; sections are flat (a subsection ends its parent's text). */
export function buildSections(headings: readonly HeadingBlock[], length16: number, offsets: OffsetIndex, context: ProjectionContext): Sections {
  const starts = [0, ...headings.map((h) => h.node.start)];
  const sections: Section[] = starts.map((start16, index) => {
    const end16 = index + 1 < starts.length ? starts[index + 1] : length16;
    const heading = index === 0 ? undefined : headings[index - 1];
    const title = heading && childOfType(heading.node, 'heading-title');
    return {
      index,
      level: heading ? heading.level : 0,
      heading: title ? projectChildren(title, context).text.trim() : '',
      start: offsets.toCodePoint(start16),
      end: offsets.toCodePoint(end16),
    };
  });
  // A binary search: a page of many headings and many tables or list items asks once for each.
  const sectionAt = (utf16: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= utf16) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { sections, sectionAt };
}
