// The seed scores against the floors pinned in corpus/baseline.json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import baseline from '../corpus/baseline.json' with { type: 'json' };
import { DEFAULT_DOCS_DIR, DEFAULT_GOLD_DIR, evaluateCorpus } from '../pipeline/commands/eval.ts';
import type { Scores } from '../pipeline/evaluate.ts';
import { belowFloors, metrics } from '../pipeline/evaluate.ts';

const floors: Record<string, number> = baseline.floors;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('seed scores', () => {
  it('stay at or above every floor in corpus/baseline.json', { timeout: 60_000 }, async () => {
    expect(DEFAULT_GOLD_DIR).toBe(path.join(root, 'corpus/gold'));
    const { result, problems } = await evaluateCorpus(DEFAULT_GOLD_DIR, DEFAULT_DOCS_DIR);
    expect(problems).toEqual([]);
    expect(result.documents).toBe(5);
    expect(belowFloors(result, floors)).toEqual([]);
    // the check is real: a floor just above each measured score fails
    const measured = metrics(result);
    const above = Object.fromEntries(Object.entries(measured).map(([m, v]) => [m, (v ?? 0) + 0.001]));
    expect(belowFloors(result, above).map((f) => f.metric).sort()).toEqual(Object.keys(measured).sort());
  });

  it('has a floor, between 0 and 1, for every metric the evaluation reports', () => {
    expect(Object.keys(floors).sort()).toEqual(Object.keys(metrics(synthetic())).sort());
    for (const v of Object.values(floors)) expect(v >= 0 && v <= 1).toBe(true);
  });
});

describe('in-house regression sets', () => {
  for (const [set, setFloors] of Object.entries(baseline.inhouse as Record<string, Record<string, number>>)) {
    it(`${set} stays at or above its floors`, { timeout: 60_000 }, async () => {
      const { result, problems } = await evaluateCorpus(path.join(root, set, 'gold'), path.join(root, set, 'docs'));
      expect(problems).toEqual([]);
      expect(belowFloors(result, setFloors)).toEqual([]);
      expect(unfloored(result, setFloors)).toEqual([]);
    });
  }
});

// Real documents annotated by others: read from ../shared where it is, never copied into the project.
describe('real documents (../shared, skipped when absent)', () => {
  for (const [set, setFloors] of Object.entries(baseline.real as Record<string, Record<string, number>>)) {
    const dir = path.join(root, set);
    it.skipIf(!existsSync(path.join(dir, 'gold')))(`${set} stays at or above its floors`, { timeout: 120_000 }, async () => {
      const { result, problems } = await evaluateCorpus(path.join(dir, 'gold'), path.join(dir, 'docs'));
      expect(problems).toEqual([]);
      expect(belowFloors(result, setFloors)).toEqual([]);
      expect(unfloored(result, setFloors)).toEqual([]);
    });
  }
});

/** Metrics a set measures (its gold checks them) that have no floor: every measured field is pinned. */
function unfloored(result: Scores, setFloors: Record<string, number>): string[] {
  return Object.entries(metrics(result)).filter(([m, v]) => v !== null && !(m in setFloors)).map(([m]) => m);
}

/** A result with every F1 at 0.8 and every field at 0.9, but `estimate` never checked. */
function synthetic(): Scores {
  const prf = { gold: 10, pred: 10, tp: 8, p: 0.8, r: 0.8, f1: 0.8 };
  return {
    documents: 1,
    kinds: { ratio: prf, progress: prf, value: prf, target: prf },
    core: prf,
    overall: prf,
    fields: { indicator: 0.9, unit: 0.9, value: 0.9, target_value: 0.9, relation: 0.9, approx: 0.9, estimate: null, place: 0.9, period: 0.9 },
  };
}

describe('belowFloors', () => {
  it('passes scores at or above their floor', () => {
    expect(belowFloors(synthetic(), { 'core.f1': 0.8, 'kinds.ratio.f1': 0.5, 'fields.unit': 0.9, 'fields.estimate': 0 })).toEqual([]);
  });

  it('names each score below its floor with both numbers', () => {
    expect(belowFloors(synthetic(), { 'core.f1': 0.81, 'overall.f1': 0.7, 'fields.indicator': 0.95 })).toEqual([
      { metric: 'core.f1', floor: 0.81, measured: 0.8 },
      { metric: 'fields.indicator', floor: 0.95, measured: 0.9 },
    ]);
  });

  it('treats a field that was never checked as 0, and an unknown metric as a failure', () => {
    expect(belowFloors(synthetic(), { 'fields.estimate': 0.5, 'core.F1': 0 })).toEqual([
      { metric: 'fields.estimate', floor: 0.5, measured: null },
      { metric: 'core.F1', floor: 0, measured: null },
    ]);
  });
});
