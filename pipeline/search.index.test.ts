// The store's fast paths give the same results as the plain ones: the per-character fold equals
// the whole-string fold, the index written from memory equals the index rebuilt from the rows, and
// the statements the store trusts without a second parse cannot have changed since normalize.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase, openDatabase } from './adapters/sqlite.ts';
import { emptyFields, parseStatement } from './schema.ts';
import { ensureSearchIndex, foldText } from './search.ts';
import { fixtureDocument, statementAt } from './store.fixtures.ts';
import { storeDocument } from './store.ts';

/** The definition: NFD, marks dropped, đ -> d, lower case, over the whole string. */
const foldWhole = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

describe('foldText', () => {
  // Vietnamese precomposed and decomposed, marks alone, Greek with Σ (final sigma depends on its
  // neighbours), Turkish İ, ß, Cyrillic, Hangul, CJK, fullwidth, an astral letter, a lone surrogate.
  const alphabet = [...'aAđĐệỆẫƯờ ,.%/-0123456789', 'e\u0302\u0301', '\u0323', '\u0301', ...'ΣσςΑΆΐİıßЁйᄀ한국漢ＡＢ', '\u{1D400}', '\ud800'];
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const strings = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) },
    () => alphabet[Math.floor(random() * alphabet.length)]).join(''));

  it('equals the whole-string fold on mixed scripts', () => {
    for (const s of [...strings, 'ΟΔΟΣ', 'ΟΔΟΣ ΝΕΑ', 'Σ', 'Thu nhập bình quân', 'ĐẮK LẮK', '']) expect([s, foldText(s)]).toEqual([s, foldWhole(s)]);
  });
});

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-index-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the index written by the store', () => {
  const ftsRows = (db: Db) => db.prepare('SELECT rowid, indicator, quote, facets FROM statements_fts ORDER BY rowid').all();

  it('equals the index rebuilt from the stored rows', () => {
    const db = openDatabase(path.join(dir, 'index.db'));
    const a = fixtureDocument('Thu nhập bình quân đạt 62 triệu đồng.\nTỷ lệ hộ nghèo còn 1,2%.\n', 'a.txt',
      ['Thu nhập bình quân đạt 62 triệu đồng', 'Tỷ lệ hộ nghèo còn 1,2%']);
    a.meta.published = '2024-03-05';
    a.statements[0] = { ...a.statements[0], indicator: 'Thu nhập bình quân', unit: 'triệu đồng', kind: 'ratio' };
    const b = fixtureDocument('Đắk Lắk có 28/28 trường đạt chuẩn.\n', 'b.txt', ['Đắk Lắk có 28/28 trường']);
    b.meta.published = '2023';
    b.statements[0] = { ...b.statements[0], unit: null, indicator: null };
    storeDocument(db, a, { version: 'v' });
    storeDocument(db, b, { version: 'v' });
    const written = ftsRows(db);
    expect(written).toHaveLength(3);
    db.exec(`DELETE FROM meta WHERE key = 'search_schema'`);
    closeDatabase(db);
    const again = openDatabase(path.join(dir, 'index.db'));
    expect(ensureSearchIndex(again)).toBe('built');
    expect(ftsRows(again)).toEqual(written);
    closeDatabase(again);
  });
});

describe('statements parsed by normalize', () => {
  it('are frozen, so the store may trust them without a second parse', () => {
    const doc = fixtureDocument('Tỷ lệ che phủ rừng đạt 28%.\n', 'c.txt', []);
    const s = parseStatement(statementAt(doc, 'đạt 28%', { value: 28, unit: '%' }));
    expect(Object.isFrozen(s) && Object.isFrozen(s.notes)).toBe(true);
    expect(() => { (s as { value: number }).value = Number.NaN; }).toThrow(TypeError);
    expect(() => parseStatement({ ...emptyFields('value'), doc: 'c.txt', quote: '', start: 0, end: 0, rule: 'x', notes: [] })).toThrow();
  });

  it('are still checked against the text of the document they are stored with', () => {
    const db = openDatabase(path.join(dir, 'trust.db'));
    const doc = fixtureDocument('Tỷ lệ che phủ rừng đạt 28%.\n', 'c.txt', []);
    doc.statements = [parseStatement({ ...statementAt(doc, 'đạt 28%'), start: 0 })];
    expect(() => storeDocument(db, doc, { version: 'v' })).toThrow(/quote "đạt 28%" is not the text at \[0, \d+\)/);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });
});
