/**
 * What the `wikikg serve` tests share: a server over a data folder on 127.0.0.1 (port 0), the result
 * formats read back, and Debian's Chromium (installed by `scripts/chromium/install.sh` when missing)
 * driven by playwright-core.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import type { Browser, Page } from 'playwright-core';
import { listRdfFiles } from '../../src/cli/dataFiles';
import { processIo } from '../../src/cli/io';
import { DEFAULT_BASE, ONTOLOGY_IRI } from '../../src/graph/vocab';
import { startServer, type RunningServer, type ServeOptions } from '../../src/serve/server';
import type { DataFile } from '../../src/serve/dataset';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_ENTITY = `${DEFAULT_BASE}resource/zh/南北共同聯絡辦公室`;
export const SEED_ARTICLE = `${DEFAULT_BASE}article/zh/南北共同聯絡辦公室`;
export const FOUNDED_BY = 'https://w3id.org/wikikg/ontology#foundedBy';

/** The RDF files of a data folder plus the ontology (in its own graph), as `wikikg serve` loads them. */
export function dataFiles(dir: string): DataFile[] {
  const ontology: DataFile = { path: path.join(ROOT, 'ontology', 'wikikg.ttl'), shown: 'ontology/wikikg.ttl', format: 'ttl', graph: ONTOLOGY_IRI };
  return [...listRdfFiles({ ...processIo(), cwd: ROOT }, dir), ontology];
}

/** A server over `dir` (default the seed's build, `output/`) on a free port of 127.0.0.1, under the base its manifest names. */
export function serve(dir = 'output', options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return startServer({
    files: dataFiles(dir),
    host: '127.0.0.1',
    port: 0,
    timeoutMs: 10_000,
    maxRows: 10_000,
    workers: 2,
    packageRoot: ROOT,
    log: () => undefined,
    ...options,
  });
}

/** Reads SPARQL XML results into rows of variable → value (and `boolean` for ASK). */
export function parseResultsXml(xml: string): { variables: string[]; rows: Array<Record<string, string>>; boolean?: boolean } {
  const parser = new SaxesParser({ xmlns: true });
  const variables: string[] = [];
  const rows: Array<Record<string, string>> = [];
  let booleanValue: boolean | undefined;
  let binding: string | undefined;
  let text = '';
  parser.on('opentag', (tag) => {
    text = '';
    if (tag.local === 'variable') variables.push(String(tag.attributes.name?.value ?? ''));
    if (tag.local === 'result') rows.push({});
    if (tag.local === 'binding') binding = String(tag.attributes.name?.value ?? '');
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (['uri', 'literal', 'bnode'].includes(tag.local) && binding !== undefined) rows[rows.length - 1][binding] = text;
    if (tag.local === 'boolean') booleanValue = text.trim() === 'true';
  });
  parser.write(xml).close();
  return { variables, rows, ...(booleanValue !== undefined ? { boolean: booleanValue } : {}) };
}

/** RFC 4180 CSV into rows of fields. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Installs Chromium with the project's script when it is missing; the reason when that cannot be done. */
export function ensureChromium(): { ok: true } | { ok: false; reason: string } {
  if (fs.existsSync(CHROMIUM)) return { ok: true };
  const install = spawnSync('bash', [path.join(ROOT, 'scripts', 'chromium', 'install.sh')], { encoding: 'utf8', timeout: 600_000 });
  if (install.status === 0 && fs.existsSync(CHROMIUM)) return { ok: true };
  const said = `${install.stderr ?? ''}${install.stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
  return { ok: false, reason: `scripts/chromium/install.sh could not install Chromium (exit ${install.status}${said ? `: ${said}` : ''})` };
}

/** Debian's Chromium; never a browser that a tool downloads. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * `describe` when Chromium is there (installing it if need be); in CI a missing browser fails the file,
 * elsewhere the tests are skipped with the reason printed.
 */
export function describeWithChromium(): jest.Describe {
  const available = ensureChromium();
  if (available.ok) return describe;
  if (process.env.CI) throw new Error(`Chromium is needed in CI: ${available.reason}`);
  console.warn(`skipping the browser tests: ${available.reason}`);
  return describe.skip;
}

/** Starts headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** What a page said on its console and threw, so a test can require silence (no CSP violation, no error). */
export function watchPage(page: Page): { problems: string[]; dialogs: string[] } {
  const seen = { problems: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) seen.problems.push(message.text());
  });
  page.on('pageerror', (error) => seen.problems.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}
