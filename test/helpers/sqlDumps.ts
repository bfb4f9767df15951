/**
 * Small SQL table dumps in the exact form Wikimedia publishes them (mysqldump/MariaDB text: header,
 * `CREATE TABLE`, `INSERT INTO … VALUES (…),(…);` with MySQL's escapes), written by the tests.
 *
 * The page ids and Wikidata items in tests are FIXTURES, not Wikidata's: items are `Q99000xxxx`, far
 * beyond any real item, and mean nothing outside the test that writes them.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** One value as mysqldump writes it: numbers bare, strings quoted with backslash escapes, `NULL`. */
export function sqlValue(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  const escaped = value.replace(/[\\'"\n\r\t\0\x1a]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0', '\x1a': '\\Z' })[c]!);
  return `'${escaped}'`;
}

/** The `CREATE TABLE` bodies of today's MediaWiki (from its dumps), by table. */
const CREATE: Record<string, string> = {
  page: [
    '  `page_id` int(10) unsigned NOT NULL AUTO_INCREMENT,',
    '  `page_namespace` int(11) NOT NULL DEFAULT 0,',
    "  `page_title` varbinary(255) NOT NULL DEFAULT '',",
    '  `page_is_redirect` tinyint(3) unsigned NOT NULL DEFAULT 0,',
    '  `page_is_new` tinyint(3) unsigned NOT NULL DEFAULT 0,',
    '  `page_random` double unsigned NOT NULL DEFAULT 0,',
    "  `page_touched` binary(14) NOT NULL DEFAULT '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0',",
    '  `page_links_updated` varbinary(14) DEFAULT NULL,',
    '  `page_latest` int(10) unsigned NOT NULL DEFAULT 0,',
    '  `page_len` int(10) unsigned NOT NULL DEFAULT 0,',
    '  `page_content_model` varbinary(32) DEFAULT NULL,',
    '  `page_lang` varbinary(35) DEFAULT NULL,',
    '  PRIMARY KEY (`page_id`),',
    '  UNIQUE KEY `page_name_title` (`page_namespace`,`page_title`),',
    '  KEY `page_random` (`page_random`),',
    '  KEY `page_len` (`page_len`),',
    '  KEY `page_redirect_namespace_len` (`page_is_redirect`,`page_namespace`,`page_len`)',
  ].join('\n'),
  redirect: [
    "  `rd_from` int(10) unsigned NOT NULL DEFAULT 0,",
    '  `rd_namespace` int(11) NOT NULL DEFAULT 0,',
    "  `rd_title` varbinary(255) NOT NULL DEFAULT '',",
    '  `rd_interwiki` varbinary(32) DEFAULT NULL,',
    '  `rd_fragment` varbinary(255) DEFAULT NULL,',
    '  PRIMARY KEY (`rd_from`),',
    '  KEY `rd_ns_title` (`rd_namespace`,`rd_title`,`rd_from`)',
  ].join('\n'),
  page_props: [
    '  `pp_page` int(10) unsigned NOT NULL,',
    "  `pp_propname` varbinary(60) NOT NULL DEFAULT '',",
    '  `pp_value` blob NOT NULL,',
    '  `pp_sortkey` float DEFAULT NULL,',
    '  PRIMARY KEY (`pp_page`,`pp_propname`),',
    '  UNIQUE KEY `pp_propname_page` (`pp_propname`,`pp_page`),',
    '  UNIQUE KEY `pp_propname_sortkey_page` (`pp_propname`,`pp_sortkey`,`pp_page`)',
  ].join('\n'),
  langlinks: [
    '  `ll_from` int(10) unsigned NOT NULL DEFAULT 0,',
    "  `ll_lang` varbinary(35) NOT NULL DEFAULT '',",
    "  `ll_title` varbinary(255) NOT NULL DEFAULT '',",
    '  PRIMARY KEY (`ll_from`,`ll_lang`),',
    '  KEY `ll_lang` (`ll_lang`,`ll_title`)',
  ].join('\n'),
};

/**
 * A table's dump as mysqldump writes it for Wikimedia: rows grouped `perInsert` to an `INSERT`
 * statement (real dumps put about a megabyte in each; tests use a few to cross statements).
 */
export function sqlDump(wiki: string, table: keyof typeof CREATE, rows: Array<Array<string | number | null>>, perInsert = 3): string {
  const inserts: string[] = [];
  for (let i = 0; i < rows.length; i += perInsert) {
    inserts.push(`INSERT INTO \`${table}\` VALUES ${rows.slice(i, i + perInsert).map((row) => `(${row.map(sqlValue).join(',')})`).join(',')};`);
  }
  return [
    '/*M!999999\\- enable the sandbox mode */ ',
    '-- MariaDB dump 10.19  Distrib 10.5.29-MariaDB, for debian-linux-gnu (x86_64)',
    '--',
    `-- Host: db1206.eqiad.wmnet    Database: ${wiki}`,
    '-- ------------------------------------------------------',
    '-- Server version\t10.11.13-MariaDB-log',
    '',
    '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
    '/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;',
    '/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;',
    '/*!40101 SET NAMES utf8mb4 */;',
    '/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;',
    "/*!40103 SET TIME_ZONE='+00:00' */;",
    '/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;',
    '/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;',
    "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
    '/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;',
    '',
    '--',
    `-- Table structure for table \`${table}\``,
    '--',
    '',
    `DROP TABLE IF EXISTS \`${table}\`;`,
    '/*!40101 SET @saved_cs_client     = @@character_set_client */;',
    '/*!40101 SET character_set_client = utf8mb4 */;',
    `CREATE TABLE \`${table}\` (`,
    CREATE[table],
    ') ENGINE=InnoDB DEFAULT CHARSET=binary ROW_FORMAT=COMPRESSED;',
    '/*!40101 SET character_set_client = @saved_cs_client */;',
    '',
    '--',
    `-- Dumping data for table \`${table}\``,
    '--',
    '',
    `/*!40000 ALTER TABLE \`${table}\` DISABLE KEYS */;`,
    ...inserts,
    `/*!40000 ALTER TABLE \`${table}\` ENABLE KEYS */;`,
    '/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;',
    '',
    '/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;',
    '/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;',
    '/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;',
    '/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;',
    '/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;',
    '/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;',
    '/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;',
    '',
    '-- Dump completed on 2026-01-01  0:00:00',
    '',
  ].join('\n');
}

/** A `page` row as MediaWiki stores it (title with `_`), the rest of its columns filled plausibly. */
export function pageRow(id: number, title: string, isRedirect = false, ns = 0): Array<string | number | null> {
  return [id, ns, title.replace(/ /g, '_'), isRedirect ? 1 : 0, 0, 0.5, '20260101000000', '20260101000000', id * 10, 100, 'wikitext', null];
}

/** A `page_props` row giving a page its (fixture) Wikidata item. */
export function itemRow(page: number, item: string): Array<string | number | null> {
  return [page, 'wikibase_item', item, null];
}

/** Writes `text` to `dir/name`, gzipped when the name ends in `.gz`; returns the path. */
export function writeSqlFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, name.endsWith('.gz') ? zlib.gzipSync(text) : text);
  return file;
}
