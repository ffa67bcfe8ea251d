import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../adapters/sqlite.ts';
import { parseCsv } from '../csv.ts';
import { storeDocument } from '../store.ts';
import { fixtureDocument } from '../store.fixtures.ts';
import { writeAgreementDocs } from '../agreement.fixtures.ts';
import { runCli } from './cli.fixtures.ts';
import { DOCUMENT_COLUMNS, EXPORT_STATEMENT_COLUMNS } from './export.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const jsonl = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-export-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chitieu export of an ingest of the seeds', () => {
  let statements: Record<string, unknown>[] = [];
  let documents: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const db = path.join(dir, 'seeds.db');
    const ingest = await runCli(['ingest', SEEDS, '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const s = await runCli(['export', '--db', db]);
    const d = await runCli(['export', '--db', db, '--what', 'documents', '--format', 'jsonl']);
    expect([s.code, d.code, s.stderr + d.stderr]).toEqual([0, 0, '']);
    statements = jsonl(s.stdout);
    documents = jsonl(d.stdout);
  });

  it('exports every seed document with its cleaned text, keys in the documented order', () => {
    expect(documents.map((d) => d.doc)).toEqual(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort());
    for (const d of documents) {
      expect(Object.keys(d)).toEqual([...DOCUMENT_COLUMNS]);
      expect(typeof d.text).toBe('string');
      expect(d.statement_count).toBe(statements.filter((s) => s.doc === d.doc).length);
    }
  });

  it("gives every statement's quote as the exported text at [start, end), fields in the spec's order", () => {
    const texts = new Map(documents.map((d) => [d.doc, d.text as string]));
    for (const s of statements) {
      expect(Object.keys(s)).toEqual([...EXPORT_STATEMENT_COLUMNS]);
      expect(s.source).toMatch(new RegExp(`seeds[/\\\\]${s.doc}$`));
      expect(s.document_id).toBe(documents.find((d) => d.doc === s.doc)?.id);
      expect(texts.get(s.doc)?.slice(s.start as number, s.end as number), `${s.doc} ${s.rule}`).toBe(s.quote);
    }
  });

  it('finds no seed contradicting another: no record carries check/disagreement', () => {
    expect(statements.filter((s) => (s.notes as string[]).some((n) => n.startsWith('check/disagreement')))).toEqual([]);
  });

  it('has statements to check (skipped until the extractors find some)', (ctx) => {
    if (statements.length === 0) ctx.skip('the pipeline found no statements in the seeds yet');
    expect(statements.length).toBeGreaterThan(0);
  });
});

describe('chitieu export', () => {
  const db = () => path.join(dir, 'awkward.db');
  beforeAll(() => {
    const h = openDatabase(db());
    const text = 'Chỉ tiêu "A", đạt 95%,\r\nhai dòng; tỷ lệ 1,2% đạt\nkế hoạch.';
    storeDocument(h, fixtureDocument(text, 'tên, có "dấu".txt', ['Chỉ tiêu "A", đạt 95%,', '1,2% đạt\nkế hoạch']), { version: 'test' });
    closeDatabase(h);
  });

  it('writes CSV that reads back to the same values as the JSONL', async () => {
    const csv = await runCli(['export', '--db', db(), '--format', 'csv']);
    const json = await runCli(['export', '--db', db()]);
    expect(csv.stdout.startsWith('\ufeffdoc,')).toBe(true); // the BOM: Excel reads UTF-8
    const rows = parseCsv(csv.stdout);
    expect(rows[0]).toEqual([...EXPORT_STATEMENT_COLUMNS]);
    const records = jsonl(json.stdout);
    expect(records).toHaveLength(2);
    const asCell = (v: unknown) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    expect(rows.slice(1)).toEqual(records.map((r) => EXPORT_STATEMENT_COLUMNS.map((c) => asCell(r[c]))));
    expect(records[0]).toMatchObject({ doc: 'tên, có "dấu".txt', quote: 'Chỉ tiêu "A", đạt 95%,', estimate: true, notes: ['note, "quoted"'] });
    expect(records[1]).toMatchObject({ quote: '1,2% đạt\nkế hoạch', estimate: false, notes: [] });
  });

  it('writes documents as CSV with the text intact', async () => {
    const r = await runCli(['export', '--db', db(), '--what', 'documents', '--format', 'csv']);
    const [header, row] = parseCsv(r.stdout);
    expect(header).toEqual([...DOCUMENT_COLUMNS]);
    expect(row[header.indexOf('text')]).toBe('Chỉ tiêu "A", đạt 95%,\nhai dòng; tỷ lệ 1,2% đạt\nkế hoạch.');
    expect(JSON.parse(row[header.indexOf('diagnostics')])).toEqual([]);
  });

  it('writes to a file with -o, and names a file it cannot write', async () => {
    const file = path.join(dir, 'out.jsonl');
    const r = await runCli(['export', '--db', db(), '-o', file]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(jsonl(fs.readFileSync(file, 'utf8'))).toHaveLength(2);
    const bad = path.join(dir, 'no', 'such', 'folder', 'out.csv');
    const f = await runCli(['export', '--db', db(), '--output', bad]);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain(bad);
  });

  it('names a missing database and exits 1, without a stack trace', async () => {
    const missing = path.join(dir, 'missing.db');
    const r = await runCli(['export', '--db', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`chitieu export: ${missing}: no such database file; run \`chitieu ingest <files or folders> --db ${missing}\` first\n`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('exits 2 on a usage error and explains itself with --help', async () => {
    expect((await runCli(['export', '--db', db(), '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['export', '--db', db(), '--what', 'docs'])).stderr).toMatch(/--what must be one of statements, documents/);
    expect((await runCli(['export', 'extra'])).code).toBe(2);
    const help = await runCli(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: chitieu export \[--db PATH\] \[--what statements\|documents\] \[--format jsonl\|csv\] \[-o FILE\]/);
  });
});

describe('chitieu export: documents that disagree', () => {
  let db: string;
  beforeAll(async () => {
    db = path.join(dir, 'agree.db');
    const ingest = await runCli(['ingest', writeAgreementDocs(path.join(dir, 'agree')), '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  const checks = (s: Record<string, unknown>) => (s.notes as string[]).filter((n) => n.startsWith('check/disagreement'));

  it('flags both records of a figure two documents give differently, naming the other document and its value', async () => {
    const r = await runCli(['export', '--db', db]);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(5);
    const byDoc = Object.fromEntries(rows.map((s) => [s.doc, s]));
    expect(byDoc['lc-bao.txt']).toMatchObject({ place: 'Lai Châu', period_to: '2023-12-31', value: 9.5 });
    expect(checks(byDoc['lc-bao.txt'])).toEqual(['check/disagreement: lc-ubnd.txt gives 9.8%']);
    expect(checks(byDoc['lc-ubnd.txt'])).toEqual(['check/disagreement: lc-bao.txt gives 9.5%']);
    // the same value twice, and another year: silent
    for (const doc of ['ht-bao.txt', 'ht-ubnd.txt', 'ht-2022.txt']) expect(checks(byDoc[doc]), doc).toEqual([]);
  });

  it('says the same in CSV', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'csv']);
    const [head, ...rows] = parseCsv(r.stdout.replace(/^\uFEFF/, ''));
    const notes = (doc: string) => JSON.parse(rows.find((row) => row[head.indexOf('doc')] === doc)![head.indexOf('notes')]) as string[];
    expect(notes('lc-ubnd.txt')).toContain('check/disagreement: lc-bao.txt gives 9.5%');
    expect(notes('ht-ubnd.txt')).toEqual([]);
  });
});
