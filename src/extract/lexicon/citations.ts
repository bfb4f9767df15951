/**
 * Citation-template fields that name who published or wrote a source, in order of preference
 * (field names as the parse stage normalises them).
 */
export const citationFields = {
  publisher: ['work', 'agency', 'publisher', 'website', 'newspaper', 'journal', 'magazine', 'periodical', 'via'],
  author: ['author', 'author1', 'authors'],
};
