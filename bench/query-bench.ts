// Query speed: ~200 representative filtered full-text searches (words from the seeds' indicators,
// with kind, unit, date-range and value filters, 50 rows as the web page asks) against a database,
// timed one by one. `search` is searchStatements alone; `page` adds the capped count the web page
// shows beside the rows (what one /api/search request costs).
//
//   node bin/run-ts.js bench/make-big-db.ts out/big.db        # once: 1M statements
//   node bin/run-ts.js bench/query-bench.ts out/big.db
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDatabase } from '../pipeline/adapters/sqlite.ts';
import type { SearchQuery } from '../pipeline/search.ts';
import { countStatements, listUnits, openSearchDatabase, searchStatements } from '../pipeline/search.ts';
import { KINDS } from '../pipeline/schema.ts';

/** Words people look for in these reports, written without diacritics as often as with. */
const TEXTS = [
  'thu nhap binh quan', 'hộ nghèo', 'ty le ho ngheo', 'ngân sách', 'thu ngan sach nha nuoc', 'truong dat chuan',
  'che phu rung', 'bảo hiểm y tế', 'dan so', 'tong muc ban le', 'khách du lịch', 'lao dong', 'nông thôn mới',
  'dien tich', 'san luong', 'tăng trưởng', 'von dau tu', 'hoá', 'van hoa', 'đơn thư', 'tiêu chí', 'ty le',
  'giá trị sản xuất', 'hộ gia đình', 'tre em suy dinh duong', 'dat', 'nghi quyet', 'ke hoach', 'đô thị', 'dong',
];

export interface QueryBenchResult {
  queries: number;
  statements: number;
  search: { p50: number; p95: number; max: number };
  page: { p50: number; p95: number; max: number };
  /** CPU time of `search` (user + system): the wall time without other processes' share of the cores */
  searchCpu: { p50: number; p95: number; max: number };
  /** average rows returned per search */
  rows: number;
}

/** A small seeded PRNG so every run times the same queries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text plus one to three filters, as someone narrowing a search would set them. */
export function representativeQueries(count: number, units: string[], seed = 42): SearchQuery[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const q: SearchQuery = { text: pick(TEXTS), limit: 50 };
    const filters = 1 + Math.floor(rnd() * 3);
    for (let f = 0; f < filters; f++) {
      switch (pick(['kind', 'unit', 'dates', 'value'] as const)) {
        case 'kind': q.kind = pick(KINDS); break;
        case 'unit': q.unit = pick(units); break;
        case 'dates': {
          const from = 2015 + Math.floor(rnd() * 9);
          q.from = `${from}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
          q.to = String(from + 1 + Math.floor(rnd() * 3));
          break;
        }
        case 'value': q.min = Math.round(rnd() * 50); break;
      }
    }
    queries.push(q);
  }
  return queries;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
};

/** Runs ~200 filtered searches against `dbPath` (read-only) and returns p50/p95 in ms. */
export function benchQueries(dbPath: string, options: { count?: number; seed?: number } = {}): QueryBenchResult {
  const db = openSearchDatabase(dbPath);
  try {
    const statements = (db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;
    const units = listUnits(db, 12).map((u) => u.unit);
    const queries = representativeQueries(options.count ?? 200, units, options.seed);
    for (const q of queries.slice(0, 10)) searchStatements(db, q); // warm the page cache
    const searchTimes: number[] = [];
    const pageTimes: number[] = [];
    const cpuTimes: number[] = [];
    let rows = 0;
    for (const q of queries) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const found = searchStatements(db, q).length;
      rows += found;
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      cpuTimes.push((c1.user + c1.system) / 1000);
      if (found === q.limit) countStatements(db, { ...q, limit: undefined }); // as /api/search does
      const t2 = performance.now();
      searchTimes.push(t1 - t0);
      pageTimes.push(t2 - t0);
    }
    return { queries: queries.length, statements, search: summary(searchTimes), page: summary(pageTimes),
      searchCpu: summary(cpuTimes), rows: rows / queries.length };
  } finally {
    closeDatabase(db);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = benchQueries(process.argv[2] ?? 'out/big.db');
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  process.stdout.write(`${r.queries} filtered searches over ${r.statements.toLocaleString('en-US')} statements `
    + `(${r.rows.toFixed(1)} rows each on average)\n`
    + `  search        p50 ${ms(r.search.p50)}  p95 ${ms(r.search.p95)}  max ${ms(r.search.max)}\n`
    + `  search+count  p50 ${ms(r.page.p50)}  p95 ${ms(r.page.p95)}  max ${ms(r.page.max)}\n`
    + `  search (CPU)  p50 ${ms(r.searchCpu.p50)}  p95 ${ms(r.searchCpu.p95)}  max ${ms(r.searchCpu.max)}\n`);
}
