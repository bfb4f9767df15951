/**
 * The `redirect` magic word of MediaWiki in each language (from its `Messages{Lang}.php` files): a page
 * whose text starts with one of them followed by `[[Target]]` is a redirect. Every wiki also accepts the
 * English `#REDIRECT`. Compared case-insensitively; an optional `:` may follow the word. Extend it when a
 * dump needs more.
 */
export const REDIRECT_MAGIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['#REDIRECT'],
  zh: ['#重定向', '#重新導向', '#重新导向'],
  ja: ['#転送', '#リダイレクト', '＃転送', '＃リダイレクト'],
  ko: ['#넘겨주기'],
  de: ['#WEITERLEITUNG'],
  fr: ['#REDIRECTION'],
  es: ['#REDIRECCIÓN', '#REDIRECCION'],
  it: ['#RINVIA', '#RINVIO', '#RIMANDO'],
  pt: ['#REDIRECIONAMENTO', '#REDIRECIONA'],
  ru: ['#ПЕРЕНАПРАВЛЕНИЕ', '#ПЕРЕНАПР'],
  uk: ['#ПЕРЕНАПРАВЛЕННЯ', '#ПЕРЕНАПР'],
  pl: ['#PATRZ', '#PRZEKIERUJ', '#TAM'],
  nl: ['#DOORVERWIJZING'],
  sv: ['#OMDIRIGERING'],
  no: ['#OMDIRIGERING'],
  da: ['#VIDERESTIL', '#OMDIRIGERING'],
  fi: ['#OHJAUS', '#UUDELLEENOHJAUS'],
  cs: ['#PŘESMĚRUJ'],
  hu: ['#ÁTIRÁNYÍTÁS'],
  tr: ['#YÖNLENDİRME', '#YÖNLENDİR'],
  ca: ['#REDIRECCIÓ'],
  id: ['#ALIH'],
  vi: ['#ĐỔI'],
  he: ['#הפניה'],
  ar: ['#تحويل'],
  fa: ['#تغییر_مسیر', '#تغییرمسیر'],
};

/**
 * Every redirect magic word as written, longest first (so `#REDIRECTION` is tried before `#REDIRECT`).
 * Match them case-insensitively with a `u` regular expression rather than by lower-casing, which changes
 * the length of some words (`İ`).
 */
export const ALL_REDIRECT_WORDS: readonly string[] = [...new Set(Object.values(REDIRECT_MAGIC_WORDS).flat())].sort((a, b) => b.length - a.length);

/** A regular expression source matching any redirect magic word (escape-safe alternation). */
export const REDIRECT_WORD_ALTERNATION = ALL_REDIRECT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
