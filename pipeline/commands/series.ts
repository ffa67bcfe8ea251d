// `chitieu series <indicator words|key>`: one row per indicator, place and period across the stored
// documents, with the value, the number of documents that state it, and whether they agree.
import { parseArgs } from 'node:util';
import { closeDatabase, DatabaseError } from '../adapters/sqlite.ts';
import type { Db } from '../adapters/sqlite.ts';
import { fold } from '../adapters/gazetteer.ts';
import { csvRow } from '../csv.ts';
import { formatQuantity, matchExpression, openSearchDatabase } from '../search.ts';
import { keysFor } from '../context/indicators.ts';
import { DISAGREEMENT } from '../context/checks.ts';
import type { Figure } from '../agreement.ts';
import { agreeAcross, groupFigures } from '../agreement.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { DEFAULT_DB } from './ingest.ts';

const usage = `usage: chitieu series <indicator words|key> [--place P] [--level L] [--from DATE] [--to DATE]
                      [--format table|csv|jsonl] [--db PATH]

One row per indicator, place and period: the value, unit and kind, how many documents state it,
whether they agree (${DISAGREEMENT} when they do not), and the documents. The words are read as a
canonical indicator ("ty le ho ngheo" → poverty_rate) when one fits, else searched in indicators
and quotes, diacritics ignored.

options:
  --place P      only this place ("lai chau" finds Lai Châu; diacritics ignored)
  --level L      country, region, province, district or commune
  --from DATE    periods ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE      periods starting on or before DATE
  --format FMT   table (default), csv or jsonl
  --db PATH      the database (default ${DEFAULT_DB})
`;

export interface SeriesRow {
  indicator_key: string | null; indicator: string | null; place: string | null; place_level: string | null;
  period_from: string | null; period_to: string | null; kind: string; value: number | null; unit: string | null;
  documents: number; agree: boolean; values: number[]; sources: string[];
}

export function seriesRows(db: Db, words: string, filters: { place?: string; level?: string; from?: string; to?: string } = {}): SeriesRow[] {
  const keys = keysFor(words);
  const cols = `v.id, v.document_id, v.doc, v.kind, v.indicator, v.indicator_key, v.value, v.unit, v.place, v.place_level, v.period_from, v.period_to`;
  let rows: Figure[];
  if (keys.length) {
    rows = db.prepare(`SELECT ${cols} FROM statements_view v WHERE v.indicator_key IN (${keys.map(() => '?').join(',')})`).all(...keys) as Figure[];
  } else {
    const expr = matchExpression(words);
    if (!expr) return [];
    rows = db.prepare(`SELECT ${cols} FROM statements_view v WHERE v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)`).all(expr) as Figure[];
  }
  const place = filters.place ? fold(filters.place) : null;
  const kept = rows.filter((r) => {
    if (place && fold(r.place ?? '') !== place) return false;
    if (filters.level && r.place_level !== filters.level) return false;
    if (filters.from && (r.period_to ?? r.period_from ?? '') < filters.from) return false;
    return !(filters.to && (r.period_from ?? r.period_to ?? '9999') > filters.to.padEnd(10, '-99'));
  });
  const out: SeriesRow[] = [];
  for (const g of groupFigures(kept)) {
    const values = g.map((r) => r.value!);
    const docs = [...new Set(g.map((r) => r.doc))];
    out.push({
      indicator_key: g[0].indicator_key, indicator: g[0].indicator, place: g[0].place, place_level: g[0].place_level,
      period_from: g[0].period_from, period_to: g[0].period_to, kind: g[0].kind, value: values[0], unit: g[0].unit,
      documents: new Set(g.map((r) => r.document_id)).size, agree: agreeAcross(g), values: [...new Set(values)], sources: docs,
    });
  }
  return out.sort((a, b) => `${a.indicator_key ?? a.indicator}|${a.place}|${a.period_to}`.localeCompare(`${b.indicator_key ?? b.indicator}|${b.place}|${b.period_to}`));
}

const COLUMNS = ['indicator_key', 'indicator', 'place', 'place_level', 'period_from', 'period_to', 'kind', 'value', 'unit', 'documents', 'agree', 'sources'] as const;

function table(rows: SeriesRow[]): string {
  if (!rows.length) return 'no series found\n';
  const head = ['indicator', 'place', 'period', 'value', 'kind', 'docs', 'agree', 'sources'];
  const body = rows.map((r) => [
    r.indicator_key ?? r.indicator ?? '', r.place ? `${r.place} (${r.place_level})` : '?',
    `${r.period_from ?? '…'}..${r.period_to ?? '…'}`, formatQuantity(r.value!, r.unit), r.kind, String(r.documents),
    r.agree ? 'yes' : `no: ${r.values.join(' / ')}`, r.sources.join(', '),
  ].map((c) => (c.length > 48 ? `${c.slice(0, 47)}…` : c)));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  return [head, ...body].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

export const seriesCommand: Command = {
  name: 'series',
  usage,
  async run(args) {
    const { values, positionals } = parseArgs({
      args, strict: true, allowPositionals: true,
      options: { place: { type: 'string' }, level: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } },
    });
    if (!positionals.length) throw new UsageError('give the indicator words or key');
    const format = values.format ?? 'table';
    if (!['table', 'csv', 'jsonl'].includes(format)) throw new UsageError(`--format must be table, csv or jsonl`);
    let db: Db;
    try {
      db = openSearchDatabase(values.db ?? DEFAULT_DB);
    } catch (err) {
      if (err instanceof DatabaseError) { process.stderr.write(`chitieu series: ${err.message}\n`); return 1; }
      throw err;
    }
    try {
      const rows = seriesRows(db, positionals.join(' '), values);
      if (format === 'table') process.stdout.write(table(rows));
      else if (format === 'jsonl') process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
      else {
        process.stdout.write(csvRow([...COLUMNS]));
        for (const r of rows) process.stdout.write(csvRow(COLUMNS.map((c) => (c === 'sources' ? r.sources.join(' ') : r[c]))));
      }
    } finally {
      closeDatabase(db);
    }
    return 0;
  },
};
