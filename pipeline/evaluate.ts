// Scoring extracted statements against gold, by the rules of corpus/gold/README.md.
// It reproduces ../shared/tools/score.mjs number for number (pipeline/evaluate.test.ts checks
// that): pure functions over arrays of records, no file access.
import path from 'node:path';
import { KINDS } from './schema.ts';
import type { Kind } from './schema.ts';

/** Numbers may arrive as strings from hand-edited JSONL; score.mjs reads them with Number(). */
type NumLike = number | string | null | undefined;

/** A record as scored: a pipeline Statement, a line of an export, or a gold line. */
export interface EvalRecord {
  /** the document's name; `source` or `document` are read when `doc` is absent */
  doc?: string | null;
  source?: string | null;
  document?: string | null;
  kind?: string | null;
  indicator?: string | null;
  value?: NumLike;
  unit?: string | null;
  approx?: string | null;
  estimate?: boolean | null;
  percent?: NumLike;
  relation?: string | null;
  achieved?: NumLike;
  total?: NumLike;
  target_value?: NumLike;
  quote?: string | null;
  start?: NumLike;
  [field: string]: unknown;
}

export interface GoldRecord extends EvalRecord {
  /** grey-zone statement: finding it is not required, and finding it is not an error */
  optional?: boolean;
}

/** Gold statements by document (file name or stem; both are reduced to the stem). */
export type GoldSet = Map<string, GoldRecord[]>;

export interface Counts { gold: number; pred: number; tp: number }
export interface Prf extends Counts { p: number; r: number; f1: number }

export const FIELD_NAMES = ['indicator', 'unit', 'value', 'target_value', 'relation', 'approx', 'estimate', 'place', 'period'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface Scores {
  documents: number;
  kinds: Record<Kind, Prf>;
  /** ratio + progress: the statements a report is read for */
  core: Prf;
  overall: Prf;
  /** share of matched statements whose field is right; null when nothing was matched */
  fields: Record<FieldName, number | null>;
}

export type Miss =
  | { doc: string; type: 'missed' | 'spurious'; kind: unknown; key: string; unit: string | null; indicator: string | null; quote: string | null }
  | { doc: string; type: `wrong ${FieldName}`; gold: unknown; got: unknown; quote: unknown };

export interface Result extends Scores { misses: Miss[] }

/** The document's name without folders and `.jsonl`: "seeds/000_x.txt" -> "000_x.txt". */
export function docName(d: unknown): string {
  return path.basename(String(d ?? '')).replace(/\.jsonl$/, '');
}

/** What gold and predictions are matched on: the name without its format extension. */
export function docStem(d: unknown): string {
  return docName(d).replace(/\.(txt|html?|pdf|docx?)$/i, '');
}

/**
 * Parses JSONL text (blank lines skipped); `name` goes into the error of a broken line. With
 * `onBad`, a broken line (not JSON, not an object) is reported there, by its line number, and skipped.
 */
export function parseJsonl<T = EvalRecord>(text: string, name: string, onBad?: (problem: string) => void): T[] {
  const out: T[] = [];
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    let record: unknown;
    try { record = JSON.parse(l); } catch { record = undefined; }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      const problem = `${name}:${i + 1}: not a JSON object${onBad ? ', line skipped' : ''}`;
      if (!onBad) throw new Error(problem);
      onBad(problem);
      return;
    }
    out.push(record as T);
  });
  return out;
}

/**
 * Gold from `<document name>.jsonl` files (or `<document name>.partN.jsonl`, merged), taken in
 * name order as score.mjs does.
 */
export function goldFromFiles(files: { name: string; text: string }[], onBad?: (problem: string) => void): GoldSet {
  const gold: GoldSet = new Map();
  for (const f of [...files].filter((f) => f.name.endsWith('.jsonl')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const doc = docStem(f.name.replace(/\.part\d+\.jsonl$/, '.jsonl'));
    gold.set(doc, [...(gold.get(doc) ?? []), ...parseJsonl<GoldRecord>(f.text, f.name, onBad)]);
  }
  return gold;
}

const num = (x: unknown): number | null => (x === null || x === undefined || x === '' ? null : Number(x));

/** Numbers equal up to float noise; a missing number equals only a missing number. */
function same(x: unknown, y: unknown): boolean {
  const a = num(x), b = num(y);
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The key numbers of a kind: what decides whether a prediction and a gold record are one statement. */
function key(r: EvalRecord): (number | null)[] {
  switch (r.kind) {
    case 'ratio': return [num(r.achieved), num(r.total)];
    case 'progress': return [num(r.percent)];
    default: return [num(r.value)];
  }
}
const sameKey = (a: EvalRecord, b: EvalRecord) => { const kb = key(b); return key(a).every((v, i) => same(v, kb[i])); };

const norm = (s: unknown) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const unitNorm = (u: unknown) => norm(u).replace(/\s/g, '').replace(/^đ$/, 'đồng').replace(/^vnđ$|^vnd$/, 'đồng')
  .replace(/kilogram/g, 'kg').replace(/héc-?ta/g, 'ha');
const tokens = (s: unknown) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const fold = (s: unknown) => (s == null ? null : norm(s).normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd'));
const month = (d: unknown) => (d == null ? null : String(d).slice(0, 7));
const squash = (s: unknown) => (fold(s ?? '') ?? '').replace(/[^\p{L}\p{N}]+/gu, '').replace(/^1/, '');

/**
 * Same unit, where a rate's "per" part written in the indicator ("Số giường bệnh/1 vạn dân đạt
 * 23,9 giường") may be carried in the unit or not: both read the same.
 */
function sameUnit(pu: unknown, g: GoldRecord): boolean {
  const a = unitNorm(pu), b = unitNorm(g.unit);
  if (a === b) return true;
  const [aBase, ...aPer] = a.split('/'), [bBase, ...bPer] = b.split('/');
  const head = (x: string) => squash(x).slice(0, 4);
  if (!aBase || !bBase || head(aBase) !== head(bBase)) return false;
  const [longer, shorter] = aPer.length >= bPer.length ? [aPer, bPer] : [bPer, aPer];
  if (shorter.join('/') !== longer.slice(0, shorter.length).join('/')) return false;
  const where = squash(`${g.indicator ?? ''} ${g.quote ?? ''}`);
  return longer.slice(shorter.length).every((per) => where.includes(squash(per)));
}

/** Word-bag F1 of two strings (1 when both are empty). */
export function tokenF1(a: unknown, b: unknown): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return ta.length === tb.length ? 1 : 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) { const n = bag.get(t) ?? 0; if (n > 0) { common++; bag.set(t, n - 1); } }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Field checks on a matched pair; a field the gold leaves null is not held against the prediction. */
const FIELD_OK: Record<FieldName, (p: EvalRecord, g: GoldRecord) => boolean> = {
  indicator: (p, g) => g.indicator == null || tokenF1(p.indicator, g.indicator) >= 0.5,
  unit: (p, g) => g.unit == null || sameUnit(p.unit, g),
  value: (p, g) => g.value == null || same(p.value, g.value),
  target_value: (p, g) => g.target_value == null || same(p.target_value, g.target_value),
  relation: (p, g) => g.relation == null || p.relation === g.relation,
  approx: (p, g) => norm(p.approx) === norm(g.approx),
  estimate: (p, g) => Boolean(p.estimate) === Boolean(g.estimate),
  // context (spec: "Where and when"), scored only where the gold record carries it; null must stay null
  place: (p, g) => !('place' in g) || (fold(p.place) === fold(g.place) && (p.place_level ?? null) === (g.place_level ?? null)),
  period: (p, g) => !('period_to' in g) || (month(p.period_from) === month(g.period_from) && month(p.period_to) === month(g.period_to)),
};

/** The gold field whose presence says a context field is annotated at all. */
const CONTEXT: Partial<Record<FieldName, string>> = { place: 'place', period: 'period_to' };

/** A field as the misses show it: place with its level, period as from..to. */
function show(r: EvalRecord, f: FieldName): unknown {
  if (f === 'place') return r.place == null ? null : `${r.place} (${r.place_level ?? '?'})`;
  if (f === 'period') return r.period_from == null && r.period_to == null ? null : `${r.period_from ?? '…'}..${r.period_to ?? '…'}`;
  return r[f];
}

function pick(doc: string, type: 'missed' | 'spurious', r: EvalRecord): Miss {
  return { doc, type, kind: r.kind, key: key(r).join('/'), unit: r.unit ?? null, indicator: r.indicator ?? null, quote: r.quote ?? null };
}

function prf(t: Counts): Prf {
  const p = t.pred ? t.tp / t.pred : t.gold ? 0 : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  return { ...t, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const sum = (ts: Counts[]): Counts => ts.reduce((a, t) => ({ gold: a.gold + t.gold, pred: a.pred + t.pred, tp: a.tp + t.tp }), { gold: 0, pred: 0, tp: 0 });

/**
 * Scores predictions against gold. Only documents with gold are scored; a prediction matches an
 * unmatched gold record of its document and kind with the same key numbers. Required gold picks
 * first; among equal keys the prediction whose quote shares most words with the gold quote wins.
 */
export function score(goldByDoc: GoldSet, predictions: readonly EvalRecord[]): Result {
  const gold: GoldSet = new Map();
  for (const [d, rs] of goldByDoc) { const doc = docStem(d); gold.set(doc, [...(gold.get(doc) ?? []), ...rs]); }
  const pred = new Map<string, EvalRecord[]>();
  for (const r of predictions) {
    const doc = docStem(r.doc ?? r.source ?? r.document);
    if (!gold.has(doc)) continue;
    pred.set(doc, [...(pred.get(doc) ?? []), r]);
  }

  const tally = Object.fromEntries(KINDS.map((k) => [k, { gold: 0, pred: 0, tp: 0 }])) as Record<Kind, Counts>;
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, { ok: 0, n: 0 }])) as Record<FieldName, { ok: number; n: number }>;
  const misses: Miss[] = [];
  for (const [doc, golds] of gold) {
    const preds = pred.get(doc) ?? [];
    for (const kind of KINDS) {
      const g = golds.filter((r) => r.kind === kind);
      const p = preds.filter((r) => r.kind === kind).sort((a, b) => (num(a.start) ?? 0) - (num(b.start) ?? 0));
      const matched = new Set<number>();
      for (const gr of [...g.filter((r) => !r.optional), ...g.filter((r) => r.optional)]) {
        let j = -1, best = -1;
        p.forEach((pr, idx) => {
          if (matched.has(idx) || !sameKey(pr, gr)) return;
          const overlap = tokenF1(pr.quote, gr.quote);
          if (overlap > best) { best = overlap; j = idx; }
        });
        if (j < 0) {
          if (!gr.optional) { tally[kind].gold++; misses.push(pick(doc, 'missed', gr)); }
          continue;
        }
        matched.add(j);
        if (gr.optional) continue; // a found optional statement counts neither for nor against
        tally[kind].gold++; tally[kind].pred++; tally[kind].tp++;
        for (const f of FIELD_NAMES) {
          if (f === 'value' && kind !== 'progress') continue; // for the other kinds the value is the key
          const marker = CONTEXT[f];
          if (marker !== undefined && !(marker in gr)) continue;
          fields[f].n++;
          if (FIELD_OK[f](p[j], gr)) fields[f].ok++;
          else misses.push({ doc, type: `wrong ${f}`, gold: show(gr, f), got: show(p[j], f), quote: gr.quote });
        }
      }
      p.forEach((pr, idx) => {
        if (matched.has(idx)) return;
        tally[kind].pred++;
        misses.push(pick(doc, 'spurious', pr));
      });
    }
  }

  return {
    documents: gold.size,
    kinds: Object.fromEntries(KINDS.map((k) => [k, prf(tally[k])])) as Record<Kind, Prf>,
    core: prf(sum([tally.ratio, tally.progress])),
    overall: prf(sum(KINDS.map((k) => tally[k]))),
    fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, fields[f].n ? fields[f].ok / fields[f].n : null])) as Record<FieldName, number | null>,
    misses,
  };
}

/** The scores without the misses, in score.mjs's `--json` shape. */
export function scoresOf(result: Result): Scores {
  const { misses: _misses, ...scores } = result;
  return scores;
}

const pct = (x: number | null) => (x === null ? '  -  ' : (100 * x).toFixed(1).padStart(5));

/** One JSON line per miss: missed gold, spurious predictions, wrong fields of matched pairs. */
export function formatMisses(misses: readonly Miss[]): string[] {
  return misses.map((m) => JSON.stringify(m));
}

/** The text report, line for line as score.mjs prints it (misses before the last line). */
export function formatReport(result: Result, opts: { misses?: boolean } = {}): string {
  const lines = ['kind       gold  pred    tp      P      R     F1'];
  const rows: [string, Prf][] = [...KINDS.map((k): [string, Prf] => [k, result.kinds[k]]), ['core', result.core], ['overall', result.overall]];
  for (const [k, t] of rows) {
    lines.push(`${k.padEnd(9)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)} ${String(t.tp).padStart(5)}  ${pct(t.p)}  ${pct(t.r)}  ${pct(t.f1)}`);
  }
  lines.push('field accuracy on matched statements: ' + FIELD_NAMES.map((f) => `${f} ${pct(result.fields[f]).trim()}`).join(', '));
  if (opts.misses) lines.push(...formatMisses(result.misses));
  lines.push(`core F1 ${pct(result.core.f1).trim()} overall F1 ${pct(result.overall.f1).trim()}`);
  return lines.join('\n') + '\n';
}

// ---- floors: the scores a change must not fall below (corpus/baseline.json) ----

/** Every scored number by a stable name: "core.f1", "kinds.ratio.f1", "fields.unit", ... */
export function metrics(scores: Scores): Record<string, number | null> {
  return {
    'core.f1': scores.core.f1,
    'overall.f1': scores.overall.f1,
    ...Object.fromEntries(KINDS.map((k) => [`kinds.${k}.f1`, scores.kinds[k].f1])),
    ...Object.fromEntries(FIELD_NAMES.map((f) => [`fields.${f}`, scores.fields[f]])),
  };
}

export interface FloorFailure { metric: string; floor: number; measured: number | null }

/**
 * The metrics below their floor. A field with nothing matched (null) counts as 0, so a positive
 * floor on it fails; a floor naming an unknown metric fails too, so a typo cannot switch a check off.
 */
export function belowFloors(scores: Scores, floors: Record<string, number>): FloorFailure[] {
  const measured = metrics(scores);
  const failures: FloorFailure[] = [];
  for (const [metric, floor] of Object.entries(floors)) {
    if (!(metric in measured)) { failures.push({ metric, floor, measured: null }); continue; }
    const m = measured[metric];
    if ((m ?? 0) < floor) failures.push({ metric, floor, measured: m });
  }
  return failures;
}
