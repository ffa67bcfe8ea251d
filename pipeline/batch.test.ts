// Several documents per transaction, each still all-or-nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase, openDatabase, readDocuments } from './adapters/sqlite.ts';
import { WriteBatch } from './batch.ts';
import { fixtureDocument } from './store.fixtures.ts';
import { storeDocument } from './store.ts';

let dir: string;
let db: Db;
const doc = (n: number) => fixtureDocument(`Tỷ lệ hộ nghèo giảm còn ${n},5%.`, `d${n}.txt`, [`${n},5%`]);
const stored = () => readDocuments(db).map((d) => d.doc);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-batch-'));
  db = openDatabase(path.join(dir, 'b.db'));
});
afterEach(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('WriteBatch', () => {
  it('undoes a document that fails inside the batch and keeps the others', () => {
    const batch = new WriteBatch(db, 10, 60_000);
    batch.write(0, () => storeDocument(db, doc(1), { version: 'v' }));
    expect(() => batch.write(1, () => db.transaction(() => {
      storeDocument(db, doc(2), { version: 'v' });
      throw new Error('a bug after the write');
    })())).toThrow(/a bug/);
    batch.write(2, () => storeDocument(db, doc(3), { version: 'v' }));
    expect(batch.pending).toBe(0);
    batch.commit();
    expect(batch.pending).toBeUndefined();
    expect(stored()).toEqual(['d1.txt', 'd3.txt']);
  });

  it('commits every `size` documents, and an abandoned batch stores nothing', () => {
    const batch = new WriteBatch(db, 2, 60_000);
    batch.write(0, () => storeDocument(db, doc(1), { version: 'v' }));
    batch.write(1, () => storeDocument(db, doc(2), { version: 'v' }));
    expect(batch.pending).toBeUndefined(); // full: committed
    batch.write(2, () => storeDocument(db, doc(3), { version: 'v' }));
    expect(batch.pending).toBe(2);
    batch.abandon();
    expect(stored()).toEqual(['d1.txt', 'd2.txt']);
  });
});
