// Builds a large database for the query benchmark: ingests the seeds once, then copies their
// documents and statements in SQL (INSERT ... SELECT) with varied numbers and publication dates
// until there are at least `statements` statements, then builds the search index once.
//
//   node bin/run-ts.js bench/make-big-db.ts [OUT.db] [STATEMENTS]   (default out/big.db, 1000000)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDatabase, openDatabase } from '../pipeline/adapters/sqlite.ts';
import { main } from '../pipeline/cli.ts';
import { sqlColumns } from '../pipeline/schema.ts';
import { ensureSearchIndex } from '../pipeline/search.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));

/** Makes `file` (replacing it) with at least `target` statements; returns the counts. */
export async function makeBigDb(file: string, target = 1_000_000, log: (m: string) => void = () => {}): Promise<{ documents: number; statements: number; ms: number }> {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const out = process.stdout.write;
  process.stdout.write = () => true; // the ingest summary is not wanted here
  let code: number;
  try {
    code = await main(['ingest', SEEDS, '--db', file]);
  } finally {
    process.stdout.write = out;
  }
  if (code !== 0) throw new Error(`ingest of the seeds into ${file} failed (exit ${code})`);

  let db = openDatabase(file);
  db.pragma('synchronous = OFF');
  const { n: seedCount, maxId } = db.prepare('SELECT count(*) AS n, max(id) AS maxId FROM statements').get() as { n: number; maxId: number };
  const copies = Math.ceil(target / seedCount) - 1;
  const stride = maxId + 1; // statement id of copy c of seed statement s: c * stride + s.id
  const columns = sqlColumns().map((c) => `"${c.name}"`);
  // Numbers vary by copy (±20%) so range filters and charts see different values.
  const vary = (col: string) => `CASE WHEN s.${col} IS NULL THEN NULL ELSE s.${col} * (0.8 + ((c.n * 13 + s.id) % 41) / 100.0) END`;
  const selected = columns.map((c) => (c === '"value"' || c === '"target_value"' || c === '"percent"' ? vary(c) : `s.${c}`));
  log(`${seedCount} seed statements, making ${copies} copies`);
  db.transaction(() => {
    db.exec(`CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY);
      WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ${copies}) INSERT INTO copies SELECT n FROM k;`);
    db.exec(`INSERT INTO documents (id, source, name, title, published, url, site, author, format, lang, text, ingested_at,
        pipeline_version, statement_count)
      SELECT d.id || printf('-%06d', c.n), d.source || printf('#%06d', c.n), printf('copy%06d-', c.n) || d.name,
        'Bản sao ' || c.n || ' của ' || d.name, date('2015-01-01', '+' || ((c.n * 37 + length(d.name)) % 3650) || ' days'),
        d.url, d.site, d.author, d.format, d.lang, d.text, d.ingested_at, d.pipeline_version, d.statement_count
      FROM documents d, copies c`);
    db.exec(`INSERT INTO sources (source, document_id, name, ingested_at)
      SELECT d.source || printf('#%06d', c.n), d.id || printf('-%06d', c.n), printf('copy%06d-', c.n) || d.name, d.ingested_at
      FROM documents d, copies c WHERE d.id NOT LIKE '%-%'`);
    db.exec(`INSERT INTO statements (id, document_id, ${columns.join(', ')})
      SELECT c.n * ${stride} + s.id, s.document_id || printf('-%06d', c.n), ${selected.join(', ')}
      FROM copies c, statements s WHERE s.id < ${stride} ORDER BY c.n, s.id`);
    // The copies are indexed in one go below, faster than one trigger-and-insert per row.
    db.exec(`DELETE FROM meta WHERE key = 'search_schema'`);
  })();
  log('indexing');
  const reopened = openDatabase(file);
  closeDatabase(db);
  db = reopened;
  db.pragma('synchronous = OFF');
  ensureSearchIndex(db);
  log('optimizing the full-text index');
  db.exec(`INSERT INTO statements_fts (statements_fts) VALUES ('optimize'); ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);`);
  const counts = db.prepare(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM statements) AS statements`).get() as
    { documents: number; statements: number };
  closeDatabase(db);
  return { ...counts, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'out/big.db';
  const target = Number(process.argv[3] ?? 1_000_000);
  const made = await makeBigDb(file, target, (m) => process.stderr.write(`${m}\n`));
  const size = fs.statSync(file).size;
  process.stdout.write(`${file}: ${made.documents} documents, ${made.statements} statements, `
    + `${(size / 1e6).toFixed(0)} MB, in ${(made.ms / 1000).toFixed(1)} s\n`);
}
