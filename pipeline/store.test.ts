import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase, DatabaseError, openDatabase, readDocuments, readStatements } from './adapters/sqlite.ts';
import type { Document } from './document.ts';
import { sqlColumns } from './schema.ts';
import { storeDocument as store } from './store.ts';
import { dumpDatabase, fixtureDocument, statementAt } from './store.fixtures.ts';

const TEXT = 'Thu nhập bình quân đạt 62 triệu đồng, đạt 95% chỉ tiêu.\nTỷ lệ hộ nghèo còn 1,2%, "giảm" 0,5%.';
const PIPELINE_VERSION = '9.9.9';
const storeDocument = (d: Db, doc: Document, options: { version?: string; now?: Date } = {}) =>
  store(d, doc, { version: PIPELINE_VERSION, ...options });
const QUOTES = ['đạt 62 triệu đồng', 'đạt 95% chỉ tiêu', 'còn 1,2%, "giảm" 0,5%'];

let dir: string;
let dbPath: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-store-'));
  dbPath = path.join(dir, 'sub', 'chitieu.db');
  db = openDatabase(dbPath);
});
afterEach(() => {
  if (db.open) closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('schema', () => {
  it('has exactly the statement columns of the zod schema, in order, with their SQL types', () => {
    const info = db.prepare('PRAGMA table_info(statements)').all() as { name: string; type: string; notnull: number }[];
    expect(info.map((c) => c.name)).toEqual(['id', 'document_id', ...sqlColumns().map((c) => c.name)]);
    for (const c of sqlColumns()) {
      const col = info.find((i) => i.name === c.name)!;
      expect([c.name, col.type, col.notnull]).toEqual([c.name, c.type, c.nullable ? 0 : 1]);
    }
  });

  it('runs in WAL mode with foreign keys and indexes on document, kind, unit, place, period and indicator key', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const indexed = (db.prepare(`SELECT name FROM pragma_index_list('statements')`).all() as { name: string }[])
      .flatMap(({ name }) => (db.prepare(`SELECT name FROM pragma_index_info(?)`).all(name) as { name: string }[]).map((c) => c.name));
    expect([...new Set(indexed)].sort()).toEqual(['document_id', 'indicator_key', 'kind', 'period_from', 'period_to', 'place', 'unit']);
  });

  it('names a missing file and a foreign database clearly', () => {
    const missing = path.join(dir, 'nope.db');
    expect(() => openDatabase(missing, { readonly: true })).toThrow(DatabaseError);
    expect(() => openDatabase(missing, { readonly: true })).toThrow(missing);
    const other = path.join(dir, 'other.db');
    const o = openDatabase(other);
    o.exec('DROP TABLE meta');
    closeDatabase(o);
    expect(() => openDatabase(other)).toThrow(/not a chitieu database/);
    fs.writeFileSync(path.join(dir, 'junk.db'), 'not sqlite at all, just text '.repeat(100));
    expect(() => openDatabase(path.join(dir, 'junk.db'))).toThrow(DatabaseError);
  });
});

describe('storeDocument', () => {
  it('stores statements and reads them back unchanged, doc being the document name', () => {
    const doc = fixtureDocument(TEXT, 'a.txt', QUOTES, '/in/a.txt');
    expect(storeDocument(db, doc)).toBe('new');
    expect(readStatements(db)).toEqual(doc.statements);
    expect(readStatements(db, { kind: 'ratio' })).toEqual([]);
    expect(readStatements(db, { unit: '%', limit: 1, offset: 1 })).toEqual([doc.statements[1]]);
    const [stored] = readDocuments(db);
    expect(stored).toMatchObject({ doc: 'a.txt', title: 'a', lang: 'vie', text: TEXT, id: doc.id, source: '/in/a.txt',
      format: 'txt', pipeline_version: PIPELINE_VERSION, statement_count: 3 });
    expect(Object.keys(stored).slice(0, 4)).toEqual(['doc', 'title', 'lang', 'text']);
  });

  it('keeps document diagnostics, with and without offsets', () => {
    const doc = fixtureDocument(TEXT, 'a.txt', QUOTES);
    doc.diagnostics = [{ code: 'lang/undetermined', stage: 'language', message: 'short' },
      { code: 'number/ambiguous', stage: 'extract', message: '2.5%', start: 3, end: 7 }];
    storeDocument(db, doc);
    expect(readDocuments(db)[0].diagnostics).toEqual(doc.diagnostics);
  });

  it('changes nothing when the same content is stored again', () => {
    storeDocument(db, fixtureDocument(TEXT, 'a.txt', QUOTES));
    const before = dumpDatabase(db);
    expect(storeDocument(db, fixtureDocument(TEXT, 'a.txt', QUOTES), { now: new Date(2030, 0, 1) })).toBe('unchanged');
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('replaces a changed file: same source, new content', () => {
    const old = fixtureDocument(TEXT, 'a.txt', QUOTES, '/in/a.txt');
    storeDocument(db, old);
    const other = fixtureDocument('Một tài liệu khác đạt 10%.', 'b.txt', ['đạt 10%'], '/in/b.txt');
    storeDocument(db, other);
    const changed = fixtureDocument(TEXT.replace('62', '63'), 'a.txt', ['đạt 63 triệu đồng'], '/in/a.txt');
    expect(storeDocument(db, changed)).toBe('replaced');
    expect(readDocuments(db).map((d) => d.id).sort()).toEqual([changed.id, other.id].sort());
    expect(readStatements(db, { doc: 'a.txt' }).map((s) => s.quote)).toEqual(['đạt 63 triệu đồng']);
    expect(readStatements(db, { documentId: old.id })).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM statements').get()).toEqual({ n: 2 });
  });

  it('keeps both paths of byte-identical content: two sources of one document, neither deletes the other', () => {
    const first = fixtureDocument(TEXT, 'report.txt', QUOTES, '/a/report.txt');
    expect(storeDocument(db, first)).toBe('new');
    const copy = fixtureDocument(TEXT, 'report.txt', QUOTES, '/b/report.txt');
    expect(storeDocument(db, copy)).toBe('copy');
    expect(storeDocument(db, copy)).toBe('unchanged');
    expect(readDocuments(db).map((d) => d.source)).toEqual(['/a/report.txt']);
    expect(readStatements(db)).toHaveLength(3);
    expect(db.prepare('SELECT source, document_id FROM sources ORDER BY source').all())
      .toEqual([{ source: '/a/report.txt', document_id: first.id }, { source: '/b/report.txt', document_id: first.id }]);
    // the first path changes: its old content stays, shown by the second path
    const changed = fixtureDocument(TEXT.replace('62', '63'), 'report.txt', ['đạt 63 triệu đồng'], '/a/report.txt');
    expect(storeDocument(db, changed)).toBe('replaced');
    expect(readDocuments(db).map((d) => [d.id, d.source]).sort()).toEqual([[first.id, '/b/report.txt'], [changed.id, '/a/report.txt']].sort());
    expect(readStatements(db)).toHaveLength(4);
    // the second path changes back to the first's new content: the old content has no source left
    expect(storeDocument(db, fixtureDocument(TEXT.replace('62', '63'), 'report.txt', ['đạt 63 triệu đồng'], '/b/report.txt'))).toBe('replaced');
    expect(readDocuments(db).map((d) => d.id)).toEqual([changed.id]);
    expect(readStatements(db)).toHaveLength(1);
  });

  it('reads and upgrades a schema-1 database (no sources table)', () => {
    storeDocument(db, fixtureDocument(TEXT, 'a.txt', QUOTES, '/in/a.txt'));
    db.exec(`DROP TABLE sources; UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
    closeDatabase(db);
    const reader = openDatabase(dbPath, { readonly: true });
    expect(readStatements(reader)).toHaveLength(3);
    closeDatabase(reader);
    db = openDatabase(dbPath);
    expect(db.prepare('SELECT source FROM sources').all()).toEqual([{ source: '/in/a.txt' }]);
    expect(storeDocument(db, fixtureDocument(TEXT, 'a.txt', QUOTES, '/in/a.txt'))).toBe('unchanged');
  });

  it('redoes a document stored by another pipeline version', () => {
    const doc = fixtureDocument(TEXT, 'a.txt', QUOTES);
    storeDocument(db, doc, { version: '0.0.1' });
    expect(storeDocument(db, doc)).toBe('replaced');
    expect(readDocuments(db)[0].pipeline_version).toBe(PIPELINE_VERSION);
    expect(readStatements(db)).toHaveLength(3);
  });

  it('rejects a statement whose quote is not the text at [start, end), storing nothing', () => {
    const good = fixtureDocument(TEXT, 'a.txt', QUOTES, '/in/a.txt');
    storeDocument(db, good);
    const before = dumpDatabase(db);
    const bad = fixtureDocument(TEXT + ' ', 'a.txt', QUOTES, '/in/a.txt');
    bad.statements.push({ ...statementAt(bad, 'đạt 95%'), start: 0 });
    expect(() => storeDocument(db, bad)).toThrow(/rule fixture.*quote "đạt 95%" is not the text at \[0, \d+\)/);
    const invalid = fixtureDocument(TEXT + '  ', 'a.txt', QUOTES, '/in/a.txt');
    invalid.statements[0] = { ...invalid.statements[0], value: Number.NaN };
    expect(() => storeDocument(db, invalid)).toThrow(/statement 0 \(rule fixture\) does not match the statement schema: value/);
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('lets a reader query while a writer holds an open transaction (WAL)', () => {
    storeDocument(db, fixtureDocument(TEXT, 'a.txt', QUOTES));
    db.exec('BEGIN IMMEDIATE; DELETE FROM documents;');
    const reader = openDatabase(dbPath, { readonly: true });
    try {
      expect(readStatements(reader)).toHaveLength(3);
    } finally {
      closeDatabase(reader);
      db.exec('ROLLBACK');
    }
  });
});

/** Runs the crash child on `dbPath` and SIGKILLs it at an arbitrary moment; resolves to documents it reported stored. */
async function storeThenKill(dbPath: string, round: number): Promise<number> {
  const child = spawn(process.execPath, ['bin/run-ts.js', 'pipeline/store.crash-child.ts', dbPath, String(round)], {
    cwd: path.resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stored = 0;
  let stderr = '';
  let armed = false;
  child.stderr.on('data', (b) => { stderr += b; });
  child.stdout.on('data', (b: Buffer) => {
    const m = /stored (\d+)\n$/.exec(b.toString());
    if (m) stored = Number(m[1]);
    // once a few documents are in, kill after a random delay: in step with the child's output it
    // would always land between two documents
    if (stored >= 10 && !armed) {
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 100);
    }
  });
  const end = await new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  expect(end, stderr).toBe('SIGKILL');
  return stored;
}

describe('an ingest killed midway', () => {
  it('leaves a readable database holding only whole documents, again and again', async () => {
    closeDatabase(db);
    for (let round = 1; round <= 3; round++) {
      const stored = await storeThenKill(dbPath, round);
      const after = openDatabase(dbPath, { readonly: true });
      try {
        expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(after.pragma('foreign_key_check')).toEqual([]);
        const docs = after.prepare(`SELECT d.text, d.statement_count,
          (SELECT count(*) FROM statements s WHERE s.document_id = d.id) AS rows,
          (SELECT count(*) FROM diagnostics g WHERE g.document_id = d.id) AS diags FROM documents d`).all() as
          { text: string; statement_count: number; rows: number; diags: number }[];
        expect(docs.length).toBeGreaterThanOrEqual(stored);
        for (const d of docs) expect([d.statement_count, d.rows, d.diags]).toEqual([300, 300, 1]);
        expect(docs.filter((d) => d.text.includes(`(lượt ${round})`)).length).toBeGreaterThanOrEqual(stored);
      } finally {
        closeDatabase(after);
      }
    }
  }, 90_000); // three rounds of ten documents each: slow on a busy machine
});
