/**
 * Citation-template fields that name who published or wrote a source, in order of preference
 * (field names as the parse stage normalises them).
 */
export const citationFields = {
  publisher: ['work', 'agency', 'publisher', 'website', 'newspaper', 'journal', 'magazine', 'periodical', 'via'],
  author: ['author', 'author1', 'authors'],
};

/** Fields whose value is a news organisation whatever the template (`agency=`, `newspaper=`). */
export const newsFields = ['agency', 'newspaper'];

/** Citation templates whose `work=` and `publisher=` are news organisations (`cite news`, `cite newspaper`). */
export const newsTemplates = /news|新聞|新闻|ニュース/i;

/**
 * Words that make an author field a body, not a person (`NASA`, `U.S. Census Bureau`, `Staff`): compared
 * with the field's words, case-insensitively. A single Latin word (`Reuters`) is no person's name either.
 */
export const bodyWords = [
  'inc', 'ltd', 'llc', 'co', 'corp', 'corporation', 'company', 'group', 'society', 'association', 'institute', 'institution',
  'university', 'college', 'press', 'agency', 'department', 'ministry', 'office', 'bureau', 'service', 'services', 'council',
  'committee', 'commission', 'organization', 'organisation', 'foundation', 'center', 'centre', 'staff', 'team', 'news',
  'board', 'government', 'museum', 'library', 'network', 'project', 'program', 'programme', 'authority', 'editors', 'editorial',
  'publications', 'publishing', 'publishers', 'publisher', 'books', 'media', 'magazine', 'journal', 'review',
];

/**
 * News organisations a citation's `work=` names in any template (`{{cite web|work=BBC}}`): wire services,
 * broadcasters and papers of record, as their own wikis and others write them. General knowledge, extended
 * freely; a name's ending (`…通訊社`, `…日報`) already says so for many more.
 */
export const newsOrganizations = new Set([
  'BBC', 'BBC News', 'BBC中文網', 'BBC中文网', 'CNN', 'Reuters', '路透社', '路透', 'Associated Press', 'AP', 'AP News', '美聯社', '美联社',
  'Agence France-Presse', 'AFP', '法新社', '中央社', '中央通訊社', '中央通讯社', 'NHK', 'NHKニュース', '共同社', '共同通信', '共同通信社',
  '時事通信', '時事通信社', 'Yonhap', 'Yonhap News Agency', '聯合報', '联合报', '聯合新聞網', '联合新闻网', '聯合早報', '联合早报', '自由時報',
  '自由时报', '人民網', '人民网', '人民日報', '人民日报', '新浪網', '新浪网', '鳳凰網', '凤凰网', '澎湃新聞', '澎湃新闻', '明報', '明报',
  '蘋果日報', '苹果日报', '星島日報', '星岛日报', '南華早報', '南华早报', '朝日新聞', '読売新聞', '毎日新聞', '日本経済新聞', '産経新聞',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Guardian', 'The Times', 'The Independent',
  'The Daily Telegraph', 'The Telegraph', 'Financial Times', 'The Wall Street Journal', 'Wall Street Journal', 'Los Angeles Times',
  'USA Today', 'Bloomberg', 'Bloomberg News', 'Al Jazeera', 'Deutsche Welle', 'Der Spiegel', 'Die Welt', 'Die Zeit', 'Le Monde',
  'Le Figaro', 'El País', 'ABC News', 'CBS News', 'NBC News', 'NPR', 'Fox News', 'Sky News', 'The Economist', 'Time', 'Newsweek',
]);

/**
 * Words that make a publisher field a website or an online service rather than the body behind it
 * (`National Statistics Online`, `Jewish Virtual Library`, `某某ウェブサイト`): Latin words compared with the
 * name's words case-insensitively, the others with its ending.
 */
export const websiteWords = {
  latin: ['online', 'website', 'homepage', 'blog', 'blogspot', 'wiki', 'database', 'virtual', 'portal', 'forum'],
  endings: ['オンライン', 'ウェブ', 'ウェブサイト', 'ウヱブサイト', 'ホームページ', 'サイト', 'ブログ', '网站', '網站', '主页', '主頁', '官网', '官網', '博客', '部落格', '论坛', '論壇'],
};

/** Words a byline opens with before the author's name (`By Jane Roe`, `Von Andrea Roe`), in the languages cited. */
export const bylineWords = ['By', 'by', 'Von', 'von', 'Par', 'par', 'Door', 'door'];
