import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase, readDocuments } from '../adapters/sqlite.ts';
import { dumpDatabase } from '../store.fixtures.ts';
import { runCli } from './cli.fixtures.ts';

// A stage that throws, or hands store a statement whose quote is not in the text, for marked inputs only.
vi.mock('../pipeline.ts', async (importActual) => {
  const actual = await importActual<typeof import('../pipeline.ts')>();
  return {
    ...actual,
    process(doc: Parameters<typeof actual.process>[0]) {
      if (doc.raw.includes('STAGE-BUG')) throw new TypeError('cannot read properties of undefined');
      const out = actual.process(doc);
      if (doc.raw.includes('QUOTE-BUG')) {
        out.statements.push({ ...out.statements[0], quote: 'not in the text' });
      }
      return out;
    },
  };
});

const A = 'Thu nhập bình quân đầu người ước đạt 62 triệu đồng/người/năm, đạt 95% chỉ tiêu Nghị quyết.\n';
const B = 'Tỷ lệ hộ nghèo giảm còn 1,2%; 28/28 trường đạt chuẩn quốc gia.\n';
const C = 'Giá trị sản xuất đạt 7.476 tỷ đồng, dịch vụ chiếm 64%.\n';

let dir: string;
let db: string;
const write = (rel: string, content: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
};
const dump = () => {
  const h = openDatabase(db, { readonly: true });
  try {
    const d = dumpDatabase(h);
    return d;
  } finally {
    closeDatabase(h);
  }
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-ingest-'));
  db = path.join(dir, 'out', 'nested', 'test.db'); // the folder does not exist yet
  write('in/a.txt', A);
  write('in/sub/b.txt', B);
  write('in/c.md', C);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chitieu ingest', () => {
  it('stores every document of a folder and reports them as new, quietly when stderr is not a terminal', async () => {
    const r = await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 new, 0 replaced, 0 unchanged, 0 failed/);
    expect(r.stdout).toContain(db);
    expect(r.stdout).toMatch(/MB\/s/);
    expect(r.stdout.split('\n').length).toBeLessThan(25); // one screen
    const h = openDatabase(db, { readonly: true });
    try {
      const docs = readDocuments(h);
      expect(docs.map((d) => d.doc)).toEqual(['a.txt', 'b.txt', 'c.md']);
      expect(docs[0].text).toContain('62 triệu đồng');
      expect(docs.reduce((n, d) => n + d.statement_count, 0)).toBeGreaterThan(0);
    } finally {
      closeDatabase(h);
    }
  });

  it('counts the documents stored with each diagnostic, and says nothing of diagnostics when there are none', async () => {
    const clean = await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    expect(clean.stdout).not.toMatch(/diagnostics/);
    write('more/en.txt', 'The poverty rate fell to 1.2 percent this year, according to the provincial statistics office report.\n');
    const r = await runCli(['ingest', path.join(dir, 'more'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}diagnostics lang\/not-vietnamese 1 \(documents; 'export --what documents' names them\)$/m);
  });

  it('changes nothing on a second ingest of the same files', async () => {
    await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    const first = dump();
    const r = await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 new, 0 replaced, 3 unchanged, 0 failed/);
    expect(dump()).toEqual(first);
  });

  it('replaces the document and statements of a changed file', async () => {
    await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    const before = dump();
    write('in/c.md', 'Giá trị sản xuất đạt 8.000 tỷ đồng.\n');
    const r = await runCli(['ingest', path.join(dir, 'in'), '--db', db]);
    expect(r.stdout).toMatch(/0 new, 1 replaced, 2 unchanged, 0 failed/);
    const after = dump();
    const byName = (rows: unknown[], name: string) => (rows as { name: string; text: string }[]).find((d) => d.name === name);
    expect(byName(after.documents, 'c.md')?.text).toContain('8.000 tỷ đồng');
    expect(byName(after.documents, 'a.txt')).toEqual(byName(before.documents, 'a.txt'));
    expect(after.documents).toHaveLength(3);
    const quotes = (rows: unknown[]) => (rows as { doc: string; quote: string }[]).filter((s) => s.doc === 'c.md').map((s) => s.quote);
    expect(quotes(after.statements).some((q) => q.includes('7.476'))).toBe(false);
    // the other documents' statements are the very same rows
    const others = (rows: unknown[]) => (rows as { doc: string }[]).filter((s) => s.doc !== 'c.md');
    expect(others(after.statements)).toEqual(others(before.statements));
  });

  it('names each file that fails and why on stderr, stores the others and exits 1', async () => {
    write('in/empty.txt', '');
    write('in/binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
    write('in/stage.txt', `${A} STAGE-BUG`);
    write('in/quote.txt', `${A} QUOTE-BUG`);
    const missing = path.join(dir, 'nowhere.txt');
    const r = await runCli(['ingest', path.join(dir, 'in'), missing, '--db', db]);
    expect(r.code).toBe(1);
    const failed = (name: string) => r.stderr.split('\n').find((l) => l.includes(`${name}: `)) ?? `no line for ${name}`;
    expect(failed(path.join(dir, 'in', 'empty.txt'))).toMatch(/empty/);
    expect(failed(path.join(dir, 'in', 'binary.txt'))).toMatch(/binary/);
    expect(failed(path.join(dir, 'in', 'stage.txt'))).toMatch(/cannot read properties of undefined/);
    expect(failed(path.join(dir, 'in', 'quote.txt'))).toMatch(/quote "not in the text" is not the text at/);
    expect(failed(missing)).toMatch(/no such file/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a reason, not a stack trace
    expect(r.stdout).toMatch(/3 new, 0 replaced, 0 unchanged, 5 failed/);
    const h = openDatabase(db, { readonly: true });
    try {
      expect(readDocuments(h).map((d) => d.doc)).toEqual(['a.txt', 'b.txt', 'c.md']);
    } finally {
      closeDatabase(h);
    }
  });

  it('takes an explicitly named file whatever its extension, and skips a copy of the same content', async () => {
    write('notes.csv', A);
    const r = await runCli(['ingest', path.join(dir, 'in', 'a.txt'), path.join(dir, 'notes.csv'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('notes.csv: same content as');
    expect(r.stdout).toMatch(/1 new, 0 replaced, 0 unchanged, 1 copy of stored content, 0 failed/);
    // both paths are stored, and the next run finds both unchanged
    const again = await runCli(['ingest', path.join(dir, 'in', 'a.txt'), path.join(dir, 'notes.csv'), '--db', db]);
    expect(again.stdout).toMatch(/0 new, 0 replaced, 2 unchanged, 0 failed/);
  });

  it('exits 2 on a usage error: no inputs, an unknown option', async () => {
    const none = await runCli(['ingest', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no input files/);
    expect(none.stderr).toContain('usage: chitieu ingest');
    const unknown = await runCli(['ingest', path.join(dir, 'in'), '--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--fast/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('explains itself with --help', async () => {
    const r = await runCli(['ingest', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: chitieu ingest <file\|dir>\.\.\. \[--db PATH\]/);
    expect(r.stdout).toContain('out/chitieu.db');
  });
});
