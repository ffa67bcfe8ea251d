import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLinear } from '../test/linear.ts';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase, openDatabase } from './adapters/sqlite.ts';
import { runCli } from './commands/cli.fixtures.ts';
import { parseCsv } from './csv.ts';
import type { SearchHit, SearchQuery } from './search.ts';
import {
  countStatements, displayFields, foldText, formatQuantity, indicatorSeries, matchExpression, openSearchDatabase,
  parseQuery, QueryError, RANK_WINDOW, RESULT_COLUMNS, searchStatements, searchTokens,
} from './search.ts';
import cases from './search.cases.json' with { type: 'json' };
import { fixtureDocument, statementAt } from './store.fixtures.ts';
import { storeDocument } from './store.ts';

describe('folding', () => {
  it.each(cases.fold)('folds $text', ({ text, folded }) => {
    expect(foldText(text)).toBe(folded);
  });
  it.each(cases.tokens)('tokens of $text', ({ text, tokens }) => {
    expect(searchTokens(text)).toEqual(tokens);
  });
  it('quotes every token so FTS5 operators in the text stay words', () => {
    expect(matchExpression('NEAR(thu) OR "nhập" -x')).toBe('"near" "thu" "or" "nhap" "x"');
    expect(matchExpression('%%%')).toBeUndefined();
  });
  it('runs in linear time on adversarial input', { timeout: 60_000 }, () => {
    const junkAt = (k: number) => 'đ̂́.,/ 9'.repeat(15_000 * k) + 'ệ'.repeat(10_000 * k);
    const small = junkAt(1), junk = junkAt(10);
    expectLinear((scale) => { const s = scale === 1 ? small : junk; foldText(s); searchTokens(s); matchExpression(s); });
    expect(() => parseQuery({ min: '1'.repeat(1_000_000) + 'x' })).toThrow(QueryError);
    expect(() => parseQuery({ from: '2'.repeat(1_000_000) })).toThrow(QueryError);
  });
});

describe('Vietnamese display', () => {
  it.each(cases.quantities)('$text', ({ value, value_max, unit, text }) => {
    expect(formatQuantity(value, unit, value_max ?? null)).toBe(text);
  });
  const empty = {
    kind: 'value', value: null, value_max: null, unit: null, approx: null, estimate: false, percent: null, relation: null,
    reference: null, achieved: null, total: null, target_value: null, target_unit: null, target_value_max: null,
  };
  it.each(cases.display)('$value_text', ({ statement, value_text, percent_text, target_text }) => {
    expect(displayFields({ ...empty, ...statement } as Parameters<typeof displayFields>[0])).toEqual({ value_text, percent_text, target_text });
  });
});

describe('query parameters', () => {
  it.each(cases.badQueries)('refuses $query', ({ query, message }) => {
    expect(() => parseQuery(query)).toThrow(QueryError);
    expect(() => parseQuery(query)).toThrow(message);
  });
  it.each(cases.goodQueries)('reads $query', ({ query, parsed }) => {
    expect(parseQuery(query)).toEqual(parsed);
  });
});

describe('search over the seeds and fixtures', () => {
  let dir: string;
  let dbPath: string;
  let db: Db;
  const search = (q: SearchQuery) => searchStatements(db, q);
  const quotes = (hits: SearchHit[]) => hits.map((h) => h.quote);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-search-'));
    dbPath = path.join(dir, 'chitieu.db');
    const ingested = await runCli(['ingest', 'seeds', '--db', dbPath]);
    expect(ingested.code, ingested.stderr).toBe(0);
    // Documents with titles and dates, written as the store writes them.
    const w = openDatabase(dbPath);
    const dated = (name: string, published: string, text: string, quotes: [string, Partial<SearchHit>][]) => {
      const doc = fixtureDocument(text, name);
      doc.meta.title = `Báo cáo ${name}`;
      doc.meta.published = published;
      doc.statements = quotes.map(([q, extra]) => statementAt(doc, q, extra as never));
      storeDocument(w, doc, { version: 'test' });
    };
    dated('daklak-2023.txt', '2023-06-30', 'Năm 2023, thu nhập bình quân tỉnh Đắk Lắk đạt 48 triệu đồng/người/năm.\n',
      [['thu nhập bình quân tỉnh Đắk Lắk đạt 48 triệu đồng/người/năm', { indicator: 'thu nhập bình quân', value: 48e6, unit: 'đồng/người/năm' }]]);
    dated('daklak-2024.txt', '2024-12-31T08:00:00+07:00', 'Năm 2024, thu nhập bình quân tỉnh Đắk Lắk đạt 52 triệu đồng/người/năm.\n',
      [['thu nhập bình quân tỉnh Đắk Lắk đạt 52 triệu đồng/người/năm', { indicator: 'thu nhập bình quân', value: 52e6, unit: 'đồng/người/năm' }]]);
    dated('hoa-2022.txt', '2022-01-15', 'Tỷ lệ đô thị hoá đạt 40%, tỷ lệ hộ nghèo còn 2,5%.\n', [
      ['Tỷ lệ đô thị hoá đạt 40%', { indicator: 'Tỷ lệ đô thị hoá', value: 40, unit: '%' }],
      ['tỷ lệ hộ nghèo còn 2,5%', { indicator: 'tỷ lệ hộ nghèo', value: 2.5, unit: '%', kind: 'value' }],
    ]);
    closeDatabase(w);
    db = openSearchDatabase(dbPath);
  }, 30_000);

  afterAll(() => {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds "Thu nhập bình quân" from "thu nhap binh quan", best matches first', () => {
    const hits = search({ text: 'thu nhap binh quan' });
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(hits.every((h) => foldText(`${h.indicator} ${h.quote}`).includes('thu nhap binh quan'))).toBe(true);
    const seeds = hits.filter((h) => h.doc.startsWith('00'));
    expect(seeds.map((h) => h.value)).toEqual(expect.arrayContaining([53e6, 62e6]));
    expect(hits.map((h) => h.rank!)).toEqual([...hits.map((h) => h.rank!)].sort((a, b) => a - b));
  });

  it('finds "hộ nghèo" from "ho ngheo"', () => {
    const hits = search({ text: 'ho ngheo' });
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => /hộ\s+nghèo/iu.test(`${h.indicator} ${h.quote}`))).toBe(true);
  });

  it('"hoá" and "hóa" find each other', () => {
    const a = quotes(search({ text: 'hoá' }));
    const b = quotes(search({ text: 'hóa' }));
    expect(new Set(a)).toEqual(new Set(b));
    expect(a.some((q) => q.includes('hoá'))).toBe(true);
    expect(a.some((q) => q.includes('hóa'))).toBe(true);
  });

  it('"đ" and "d" find each other ("dak lak" finds "Đắk Lắk", "dong" finds "đồng")', () => {
    const dakLak = search({ text: 'dak lak' });
    expect(dakLak.map((h) => h.doc)).toEqual(['daklak-2024.txt', 'daklak-2023.txt']);
    expect(quotes(search({ text: 'Đắk Lắk' }))).toEqual(quotes(dakLak));
    expect(quotes(search({ text: 'DAK LAK thu nhap' }))).toEqual(quotes(dakLak));
    const dong = quotes(search({ text: 'dong nguoi nam' }));
    expect(dong.length).toBeGreaterThan(2);
    expect(dong.some((q) => q.includes('đồng/người/năm'))).toBe(true);
    expect(search({ text: 'dong nguoi nam' }).every((h) => ['dong', 'nguoi', 'nam']
      .every((w) => searchTokens(`${h.indicator} ${h.quote}`).includes(w)))).toBe(true);
    expect(quotes(search({ text: 'ĐỒNG người năm' }))).toEqual(dong);
  });

  it('ranks ties by the document date, newest first', () => {
    const hits = search({ text: 'thu nhap binh quan dat trieu', doc: undefined, unit: 'đồng/người/năm', from: '2023' });
    expect(hits.map((h) => h.doc)).toEqual(['daklak-2024.txt', 'daklak-2023.txt']);
    expect(hits[0].title).toBe('Báo cáo daklak-2024.txt');
  });

  it('filters by kind, unit, document, value range and date', () => {
    const all = search({});
    const kinds = new Set(all.map((h) => h.kind));
    expect(kinds.size).toBeGreaterThan(2);
    for (const kind of kinds) {
      const hits = search({ kind });
      expect(hits.length).toBe(all.filter((h) => h.kind === kind).length);
    }
    expect(search({ unit: '%' }).every((h) => h.unit === '%')).toBe(true);
    const oneDoc = search({ doc: '003_3a56d2ba2c696163.txt' });
    expect(oneDoc.length).toBeGreaterThan(10);
    expect(oneDoc.every((h) => h.doc === '003_3a56d2ba2c696163.txt')).toBe(true);
    expect(search({ doc: oneDoc[0].document_id }).length).toBe(oneDoc.length);
    const ranged = search({ min: 50e6, max: 60e6, unit: 'đồng/người/năm' });
    expect(ranged.map((h) => h.value).sort()).toEqual([52e6, 53e6]);
    // the seeds carry their own datelines (2020-09-22, 2023-09-08); the fixtures add 2022-2024
    const dated = (hits: ReturnType<typeof search>) => [...new Set(hits.map((h) => h.doc))].sort();
    expect(dated(search({ from: '2024-01-01' }))).toEqual(['daklak-2024.txt']);
    expect(dated(search({ to: '2023' }))).toEqual(['000_1490403c53d0f87d.txt', '002_d283fae558def2a2.txt', 'daklak-2023.txt', 'hoa-2022.txt']);
    expect(dated(search({ from: '2023-06-30', to: '2023-06-30' }))).toEqual(['daklak-2023.txt']);
    expect(dated(search({ from: '2024-12-31', to: '2024-12-31' }))).toEqual(['daklak-2024.txt']); // a date-time on the last day counts
    expect(search({ text: 'ho ngheo', from: '2022', to: '2022' }).map((h) => h.indicator)).toEqual(['tỷ lệ hộ nghèo']);
    expect(search({ text: 'ho ngheo', kind: 'target', doc: 'hoa-2022.txt' })).toEqual([]);
  });

  it('pages with limit and offset and counts the whole result', () => {
    const all = search({ text: 'ty le' });
    expect(search({ text: 'ty le', limit: 3 })).toEqual(all.slice(0, 3));
    expect(search({ text: 'ty le', limit: 3, offset: 3 })).toEqual(all.slice(3, 6));
    expect(countStatements(db, { text: 'ty le' })).toEqual({ count: all.length, capped: false });
    expect(countStatements(db, { text: 'ty le' }, 5)).toEqual({ count: 5, capped: true });
  });

  it('charts one indicator across documents, oldest first, in one unit', () => {
    const series = indicatorSeries(db, 'Thu nhập bình quân');
    expect(series.unit).toBe('đồng/người/năm');
    expect(series.points.map((p) => [p.doc, p.value])).toEqual([['daklak-2023.txt', 48e6], ['daklak-2024.txt', 52e6]]);
    expect(series.points[0].value_text).toBe('48 triệu đồng/người/năm');
    expect(indicatorSeries(db, 'thu nhap binh quan dau nguoi').points.map((p) => p.value)).toEqual(expect.arrayContaining([53e6, 62e6]));
  });
});

describe('the index follows the statements', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-fts-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const ftsRows = (db: Db) => db.prepare('SELECT rowid, indicator, quote FROM statements_fts ORDER BY rowid').all();
  const statementRows = (db: Db) => db.prepare('SELECT id FROM statements ORDER BY id').all().map((r) => (r as { id: number }).id);

  it('drops the rows of a replaced document and indexes the new ones', () => {
    const dbPath = path.join(dir, 'replace.db');
    const db = openDatabase(dbPath);
    const first = fixtureDocument('Tỷ lệ hộ nghèo còn 3,1%.\nTỷ lệ che phủ rừng đạt 28%.\n', 'a.txt', ['Tỷ lệ hộ nghèo còn 3,1%', 'Tỷ lệ che phủ rừng đạt 28%']);
    storeDocument(db, first, { version: 'v' });
    expect(searchStatements(db, { text: 'ho ngheo' }).map((h) => h.quote)).toEqual(['Tỷ lệ hộ nghèo còn 3,1%']);
    storeDocument(db, fixtureDocument('Số xã đạt chuẩn nông thôn mới: 12 xã.\n', 'b.txt', ['12 xã']), { version: 'v' });
    const changed = fixtureDocument('Tỷ lệ đô thị hóa đạt 79%.\n', 'a.txt', ['Tỷ lệ đô thị hóa đạt 79%']);
    expect(storeDocument(db, changed, { version: 'v' })).toBe('replaced');
    expect(ftsRows(db).map((r) => (r as { rowid: number }).rowid)).toEqual(statementRows(db));
    expect(searchStatements(db, { text: 'ho ngheo' })).toEqual([]);
    expect(searchStatements(db, { text: 'do thi hoá' }).map((h) => h.quote)).toEqual(['Tỷ lệ đô thị hóa đạt 79%']);
    closeDatabase(db);
  });

  it('builds the index for a database stored before it existed', () => {
    const dbPath = path.join(dir, 'old.db');
    const db = openDatabase(dbPath);
    storeDocument(db, fixtureDocument('Tỉnh Đắk Lắk có 28/28 trường đạt chuẩn.\n', 'c.txt', ['Đắk Lắk có 28/28 trường']), { version: 'v' });
    db.exec(`DROP VIEW statements_view; DROP TRIGGER statements_fts_delete; DROP TABLE statements_fts;
      DELETE FROM meta WHERE key = 'search_schema'`);
    closeDatabase(db);
    const reader = openSearchDatabase(dbPath);
    expect(reader.readonly).toBe(true);
    expect(searchStatements(reader, { text: 'dak lak' }).map((h) => h.quote)).toEqual(['Đắk Lắk có 28/28 trường']);
    expect(reader.prepare('SELECT count(*) AS n FROM statements_view').get()).toEqual({ n: 1 });
    closeDatabase(reader);
  });
});

describe('chitieu query', () => {
  let dir: string;
  let dbPath: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-query-'));
    dbPath = path.join(dir, 'chitieu.db');
    expect((await runCli(['ingest', 'seeds', '--db', dbPath])).code).toBe(0);
  }, 30_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a table in Vietnamese formatting', async () => {
    const { code, stdout } = await runCli(['query', 'thu nhap binh quan', '--db', dbPath]);
    expect(code).toBe(0);
    expect(stdout).toContain('ước 62 triệu đồng/người/năm');
    expect(stdout).toContain('95% chỉ tiêu Nghị quyết đại hội');
    expect(stdout).toContain('65 triệu đồng/người/năm');
    expect(stdout).toContain('53 triệu đồng/người/năm');
    expect(stdout.split('\n')[0]).toMatch(/indicator\s+value\s+kind/);
  });

  it('writes CSV with display text and raw fields', async () => {
    const { code, stdout } = await runCli(['query', 'thu', 'nhap', 'binh', 'quan', '--format', 'csv', '--db', dbPath]);
    expect(code).toBe(0);
    const [header, ...rows] = parseCsv(stdout);
    expect(header).toEqual([...RESULT_COLUMNS]);
    expect(rows).toHaveLength(2);
    const progress = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))).find((r) => r.kind === 'progress')!;
    expect(progress).toMatchObject({ value_text: 'ước 62 triệu đồng/người/năm', value: '62000000', unit: 'đồng/người/năm', percent: '95' });
  });

  it('writes JSONL, honours --limit and the filters', async () => {
    const { code, stdout } = await runCli(['query', '--kind', 'progress', '--unit', '%', '--min', '100', '--format', 'jsonl', '--limit', '3', '--db', dbPath]);
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    for (const r of records) expect(r).toMatchObject({ kind: 'progress', unit: '%' });
    expect(records.every((r) => r.value >= 100)).toBe(true);
  });

  it('says so when nothing matches', async () => {
    const { code, stdout } = await runCli(['query', 'khong co gi nhu the nay', '--db', dbPath]);
    expect(code).toBe(0);
    expect(stdout).toBe('no statements found\n');
  });

  it('refuses bad options with exit 2 and a missing database with exit 1', async () => {
    const bad = await runCli(['query', 'x', '--kind', 'bogus', '--db', dbPath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind must be one of');
    expect((await runCli(['query', 'x', '--format', 'xml', '--db', dbPath])).code).toBe(2);
    expect((await runCli(['query', 'x', '--from', '2024-02-30', '--db', dbPath])).stderr).toContain('--from: no day 30');
    const missing = await runCli(['query', 'x', '--db', path.join(dir, 'none.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such database file');
    expect(missing.stderr).toContain('run `chitieu ingest');
  });
});

describe('a search with more matches than the ranking window', () => {
  let dir: string;
  let db: Db;
  const n = RANK_WINDOW + 1000;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-window-'));
    const w = openDatabase(path.join(dir, 'many.db'));
    const lines = Array.from({ length: n }, (_, i) => `Chỉ tiêu số ${i} đạt kế hoạch năm.`);
    storeDocument(w, fixtureDocument(lines.join('\n'), 'many.txt', lines), { version: 'v' });
    closeDatabase(w);
    db = openSearchDatabase(path.join(dir, 'many.db'));
  }, 30_000);
  afterAll(() => {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('still finds the old matches that a value filter asks for', () => {
    // fixtureDocument gives statement i the value i + 0.5: these two are the oldest stored.
    const hits = searchStatements(db, { text: 'chi tieu ke hoach', max: 2, limit: 50 });
    expect(hits.map((h) => h.value).sort()).toEqual([0.5, 1.5]);
  });

  it('returns every match when asked for all of them, each page in rank order', () => {
    expect(searchStatements(db, { text: 'chi tieu' })).toHaveLength(n);
    const page = searchStatements(db, { text: 'chi tieu', limit: 50 });
    expect(page).toHaveLength(50);
    expect(page.map((h) => h.rank!)).toEqual([...page.map((h) => h.rank!)].sort((a, b) => a - b));
    expect(countStatements(db, { text: 'chi tieu' })).toEqual({ count: n, capped: false });
    expect(countStatements(db, { text: 'chi tieu' }, 100)).toEqual({ count: 100, capped: true });
  });
});
