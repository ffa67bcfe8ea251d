// `chitieu query [text] [filters]`: full-text search over stored statements, ignoring diacritics.
import { parseArgs } from 'node:util';
import type { Db } from '../adapters/sqlite.ts';
import { closeDatabase, DatabaseError } from '../adapters/sqlite.ts';
import { CSV_BOM, csvRow } from '../csv.ts';
import { StdoutWriter } from '../output.ts';
import type { ResultRecord, SearchQuery } from '../search.ts';
import { iterateSearch, openSearchDatabase, parseQuery, QueryError, RESULT_COLUMNS } from '../search.ts';
import { checkedRecords } from '../checked-records.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { DEFAULT_DB } from './ingest.ts';

const FORMATS = ['table', 'csv', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
const TABLE_LIMIT = 20;

const usage = `usage: chitieu query [text] [--kind K] [--doc D] [--unit U] [--min N] [--max N]
                     [--from DATE] [--to DATE] [--place P] [--period DATE]
                     [--format table|csv|jsonl] [--limit N] [--db PATH]

Finds stored statements whose indicator or quote holds every word of the text. Diacritics,
tone placement and đ/d are ignored: "thu nhap binh quan" finds "Thu nhập bình quân", "hoá"
finds "hóa", "dak lak" finds "Đắk Lắk". Best matches first (bm25), then newest documents.
Without text, every statement that passes the filters, newest documents first.

options:
  --kind K       ratio, progress, value or target
  --doc D        one document, by name (e.g. 003_3a56d2ba2c696163.txt) or id
  --unit U       exact unit as stored: %, đồng, đồng/người/năm, ha, ...
  --min N        value at least N (base units: 62 triệu đồng is 62000000)
  --max N        value at most N
  --from DATE    documents published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)
  --to DATE      documents published on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY)
  --place P      statements about this place ("lai chau" finds Lai Châu, the province and the city)
  --period DATE  statements whose period overlaps DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --format FMT   table (default; ${TABLE_LIMIT} rows unless --limit), csv or jsonl (all rows unless --limit)
  --limit N      at most N results
  --db PATH      the database (default ${DEFAULT_DB})
  -h, --help     this text

CSV and JSONL carry the display text (value_text "62 triệu đồng/người/năm", percent_text,
target_text) and the raw fields (value 62000000, unit, ...), one record per statement.

examples:
  chitieu query "thu nhap binh quan"
  chitieu query "ho ngheo" --unit % --format csv > ho-ngheo.csv
  chitieu query --kind progress --min 100 --unit % --limit 5
`;

const shorten = (s: string, width: number) => (s.length > width ? `${s.slice(0, Math.max(1, width - 1))}…` : s);

/** Results as an aligned text table; long cells are cut with "…" so rows fit `width` when it is given. */
export function formatTable(records: ResultRecord[], width?: number): string {
  if (!records.length) return 'no statements found\n';
  const headers = ['#', 'indicator', 'value', 'kind', '% of target', 'target', 'place', 'period', 'document', 'date', 'quote'];
  const caps = [4, 40, 30, 8, 36, 26, 24, 23, 28, 10, Infinity];
  const rows = records.map((r, i) => [
    String(i + 1), String(r.indicator ?? ''), String(r.value_text ?? ''), String(r.kind), String(r.percent_text ?? ''),
    String(r.target_text ?? ''), String(r.place ?? ''), r.period_from || r.period_to ? `${r.period_from ?? '…'}..${r.period_to ?? '…'}` : '',
    String(r.title ?? r.doc), String(r.published ?? '').slice(0, 10), String(r.quote).replace(/\s+/g, ' '),
  ]);
  const widths = headers.map((h, c) => Math.min(caps[c], Math.max(h.length, ...rows.map((r) => r[c].length))));
  if (width !== undefined) {
    const used = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
    widths[widths.length - 1] = Math.max(20, width - used);
  }
  const line = (cells: string[]) => cells.map((c, i) => shorten(c, widths[i]).padEnd(i === cells.length - 1 ? 0 : widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(Math.min(w, 40)))), ...rows.map(line)].join('\n') + '\n';
}

/** The output as chunks of text, produced lazily so a long CSV streams. */
export function* queryOutput(db: Db, query: SearchQuery, format: Format, width?: number): Generator<string> {
  const hits = iterateSearch(db, query);
  try {
    if (format === 'table') {
      yield formatTable([...checkedRecords(db, hits)], width);
      return;
    }
    if (format === 'csv') yield CSV_BOM + csvRow(RESULT_COLUMNS); // the BOM: spreadsheet programs read UTF-8
    for (const record of checkedRecords(db, hits)) { // with the checks across documents, as they stand now
      yield format === 'csv' ? csvRow(RESULT_COLUMNS.map((c) => record[c])) : JSON.stringify(record) + '\n';
    }
  } finally {
    hits.return(undefined);
  }
}

async function write(chunks: Iterable<string>): Promise<void> {
  const out = new StdoutWriter();
  for (const chunk of chunks) if (!(await out.write(chunk))) return; // the reader left (`| head`)
  await out.end();
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, strict: true, allowPositionals: true,
    options: {
      kind: { type: 'string' }, doc: { type: 'string' }, unit: { type: 'string' },
      min: { type: 'string' }, max: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      place: { type: 'string' }, period: { type: 'string' },
      format: { type: 'string' }, limit: { type: 'string' }, db: { type: 'string' },
    },
  });
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${values.format}')`);
  let query: SearchQuery;
  try {
    query = parseQuery({ ...values, text: positionals.join(' ') },
      { defaultLimit: format === 'table' ? TABLE_LIMIT : undefined, maxLimit: 1e9 });
  } catch (err) {
    if (err instanceof QueryError) throw new UsageError(err.message.replace(/^(\w+)/, '--$1'));
    throw err;
  }
  const dbPath = values.db ?? DEFAULT_DB;
  let db: Db;
  try {
    db = openSearchDatabase(dbPath);
  } catch (err) {
    if (err instanceof DatabaseError) { process.stderr.write(`chitieu query: ${err.message}\n`); return 1; }
    throw err;
  }
  try {
    await write(queryOutput(db, query, format, process.stdout.isTTY ? process.stdout.columns : undefined));
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0; // `| head`
    throw err;
  } finally {
    closeDatabase(db);
  }
}

export const queryCommand: Command = {
  name: 'query',
  usage,
  run,
};
