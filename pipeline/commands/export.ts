// `chitieu export`: statements (the spec's records) or documents (with their cleaned text) as JSONL or CSV.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db, SourcedStatement, StoredDocument } from '../adapters/sqlite.ts';
import { closeDatabase, DatabaseError, iterateDocuments, iterateStatements, openDatabase } from '../adapters/sqlite.ts';
import { disagreements, withDisagreement } from '../agreement.ts';
import { CSV_BOM, csvRow } from '../csv.ts';
import type { CsvValue } from '../csv.ts';
import { STATEMENT_COLUMNS } from '../schema.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { DEFAULT_DB } from './ingest.ts';

const WHATS = ['statements', 'documents'] as const;
const FORMATS = ['jsonl', 'csv'] as const;

/** Column order of a document export: `{doc, title, lang, text, ...other metadata, diagnostics}`. */
export const DOCUMENT_COLUMNS = [
  'doc', 'title', 'lang', 'text', 'id', 'source', 'format', 'published', 'url', 'site', 'author',
  'ingested_at', 'pipeline_version', 'statement_count', 'diagnostics',
] as const satisfies readonly (keyof StoredDocument)[];

/**
 * Column order of a statement export: the spec's fields, then the document's id (content hash) and
 * source path, so that two `report.txt` from different folders can be told apart.
 */
export const EXPORT_STATEMENT_COLUMNS = [...STATEMENT_COLUMNS, 'document_id', 'source'] as const;

const usage = `usage: chitieu export [--db PATH] [--what statements|documents] [--format jsonl|csv] [-o FILE]

Writes what an ingest stored. Statements come with the spec's fields in its order, \`doc\` being
the document name, then document_id and source (the path it was read from); a statement
another document contradicts (the same indicator, place and period, another value) carries a
note "check/disagreement: <doc> gives <value>" among its notes; documents come as
{doc, title, lang, text, ...metadata, diagnostics} with the cleaned text every statement's
start/end points into. CSV follows RFC 4180 (CRLF, quoted fields; an empty field is null; notes
and diagnostics are JSON), starts with a UTF-8 BOM for spreadsheet programs, and text that a
spreadsheet would run as a formula (=, +, -, @ first, not a number) is written with a ' before it.
The database is only read: -o refuses to write over it.

options:
  --db PATH       the database (default ${DEFAULT_DB})
  --what WHAT     statements (default) or documents
  --format FMT    jsonl (default) or csv
  -o, --output F  write to file F instead of stdout
  -h, --help      this text
`;

function pick<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value === undefined) return allowed[0];
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

const cell = (v: unknown): CsvValue =>
  v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);

/** The export as lines of text, produced lazily so a large database streams. */
export function* exportLines(db: Db, what: 'statements' | 'documents', format: 'jsonl' | 'csv'): Generator<string> {
  const columns: readonly string[] = what === 'statements' ? EXPORT_STATEMENT_COLUMNS : DOCUMENT_COLUMNS;
  const rows: Iterable<SourcedStatement | StoredDocument> = what === 'statements'
    ? iterateStatements(db, { withSource: true }) as Iterable<SourcedStatement> : iterateDocuments(db);
  // the checks across documents, as they stand now (see agreement.ts)
  const contradicted = what === 'statements' ? disagreements(db) : new Map<number, string>();
  if (format === 'csv') yield CSV_BOM + csvRow(columns);
  for (const row of rows) {
    let record = row as unknown as Record<string, unknown>;
    const note = contradicted.get(record.id as number);
    if (note) record = { ...record, notes: withDisagreement(record.notes as string[], note) };
    if (format === 'csv') yield csvRow(columns.map((c) => cell(record[c])));
    else yield JSON.stringify(Object.fromEntries(columns.map((c) => [c, record[c]]))) + '\n';
  }
}

/** Writes with backpressure, in chunks; rejects on a stream error (a closed pipe, a full disk). */
async function writeAll(out: NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  let failure: Error | undefined;
  const onError = (err: Error) => { failure = err; };
  out.on('error', onError);
  try {
    let chunk = '';
    const flush = async () => {
      if (failure) throw failure;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    };
    for (const line of lines) {
      chunk += line;
      if (chunk.length >= 1 << 16) await flush();
    }
    if (chunk) await flush();
    if (failure) throw failure;
  } finally {
    out.off('error', onError);
  }
}

/** True when `output` is the database file or one of its -wal/-shm/-journal companions (by inode or path). */
export function isDatabaseFile(output: string, dbPath: string): boolean {
  const same = (a: string, b: string) => {
    try {
      const x = fs.statSync(a), y = fs.statSync(b);
      return x.dev === y.dev && x.ino === y.ino;
    } catch {
      return false;
    }
  };
  const real = (p: string) => {
    try { return fs.realpathSync(p); } catch { return path.resolve(p); }
  };
  const out = real(output);
  return ['', '-wal', '-shm', '-journal'].some((suffix) => same(output, dbPath + suffix) || out === real(dbPath) + suffix);
}

async function writeFileAtomically(file: string, lines: Iterable<string>): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const stream = fs.createWriteStream(tmp);
  try {
    await once(stream, 'open');
    await writeAll(stream, lines);
    stream.end();
    await once(stream, 'finish');
    fs.renameSync(tmp, file);
  } catch (err) {
    stream.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args, strict: true, allowPositionals: false,
    options: {
      db: { type: 'string' },
      what: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  const what = pick(values.what, WHATS, '--what');
  const format = pick(values.format, FORMATS, '--format');
  const dbPath = values.db ?? DEFAULT_DB;
  if (values.output !== undefined && isDatabaseFile(values.output, dbPath)) {
    process.stderr.write(`chitieu export: -o ${values.output} is the database being exported (${dbPath}); choose another file\n`);
    return 2;
  }

  let db: Db;
  try {
    db = openDatabase(dbPath, { readonly: true });
  } catch (err) {
    if (err instanceof DatabaseError) { process.stderr.write(`chitieu export: ${err.message}\n`); return 1; }
    throw err;
  }
  const lines = exportLines(db, what, format);
  try {
    if (values.output) await writeFileAtomically(values.output, lines);
    else await writeAll(process.stdout, lines);
    return 0;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EPIPE') return 0; // the reader stopped early (`| head`): not an error
    if (e.code && (e.syscall || e.code.startsWith('SQLITE_'))) {
      const message = e.code.startsWith('SQLITE_') ? `${dbPath}: ${e.message}`
        : `${values.output ?? 'stdout'}: cannot write: ${e.code === 'ENOENT' ? 'no such folder' : e.message}`;
      process.stderr.write(`chitieu export: ${message}\n`);
      return 1;
    }
    throw err;
  } finally {
    lines.return(undefined); // closes the open cursor before the database
    closeDatabase(db);
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage,
  run,
};
