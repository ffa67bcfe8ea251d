// The rule list is the engine's: every rule id a record carries is listed once with its kind, and
// switching a rule off (`without`) removes its records while the other rules take their numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../pipeline/load.ts';
import { STAGES } from '../pipeline/pipeline.ts';
import { extract } from '../pipeline/stages/extract.ts';
import type { Statement } from '../pipeline/schema.ts';
import { NAMING_RULES } from './level-names.ts';
import { RESULT_LEVEL_RULES, RULES } from './rules.ts';

function statementsOf(text: string, without?: ReadonlySet<string>): Statement[] {
  let doc = documentFromText(text, 'case.txt');
  for (const stage of STAGES) doc = stage.name === 'extract' ? extract(doc, { without }) : stage.run(doc);
  return doc.statements;
}

const CASE_TEXTS = ['ratio', 'progress', 'value', 'target', 'table'].flatMap((name) => {
  const file = JSON.parse(readFileSync(new URL(`./${name}.cases.json`, import.meta.url), 'utf8')) as { positive: { text: string }[]; negative: { text: string }[] };
  return [...file.positive, ...file.negative].map((c) => c.text);
});
const ids = new Set(RULES.map((r) => r.id));

describe('rules', () => {
  it('lists each rule once, with the kind of record it makes and a line of doc', () => {
    expect(ids.size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(?:value|target|progress|ratio|table)\/[a-z-]+$/);
      expect(r.doc.length).toBeGreaterThan(10);
    }
  });

  it('lists every rule id written in the extractors\' code', () => {
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir, { recursive: true }).map(String)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'rules.ts');
    const written = new Set(sources.flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'((?:value|target|progress|ratio|table)\/[a-z-]+)'/g)].map((m) => m[1])));
    expect(written.size).toBeGreaterThan(8);
    for (const id of written) expect(ids.has(id), id).toBe(true);
  });

  it('lists every naming rule of a level as a value rule and a target rule (a result-only rule as a value rule alone)', () => {
    const resultOnly = new Set(RESULT_LEVEL_RULES.map(([id]) => id));
    for (const r of NAMING_RULES) {
      expect(ids.has(`value/${r.id}`), `value/${r.id}`).toBe(true);
      expect(ids.has(`target/${r.id}`), `target/${r.id}`).toBe(!resultOnly.has(r.id));
    }
  });

  const fired = new Map<string, string[]>(); // rule -> case texts where it fired
  for (const text of CASE_TEXTS) {
    for (const s of statementsOf(text)) fired.set(s.rule, [...(fired.get(s.rule) ?? []), text]);
  }

  it('knows every rule the cases fire, with the kind it makes', () => {
    for (const text of CASE_TEXTS) {
      for (const s of statementsOf(text)) {
        expect(ids.has(s.rule), s.rule).toBe(true);
        expect(RULES.find((r) => r.id === s.rule)!.kind).toBe(s.kind);
      }
    }
  });

  for (const [rule, texts] of fired) {
    it(`without ${rule}, no record carries it`, () => {
      for (const text of texts) expect(statementsOf(text, new Set([rule])).map((s) => s.rule)).not.toContain(rule);
    });
  }

  it('lets the other rules take a removed rule\'s numbers', () => {
    const text = 'Thu ngân sách trên địa bàn đạt 120 tỷ đồng, bằng 95% dự toán.';
    expect(statementsOf(text).map((s) => s.rule)).toEqual(['progress/level-and-share']);
    const without = statementsOf(text, new Set(['progress/level-and-share']));
    expect(without.map((s) => [s.rule, s.value ?? s.percent])).toEqual([['value/subject-level', 120e9], ['progress/share', 95]]);
  });

  it('keeps a target beside the progress statement whose level it is, and makes a bare share of the plan in target talk the target', () => {
    const both = statementsOf('Phấn đấu năm 2025 thu ngân sách trên địa bàn đạt 120 tỷ đồng, bằng 105% dự toán.');
    expect(both.map((s) => [s.kind, s.value])).toEqual([['target', 120e9], ['progress', 120e9]]);
    const share = statementsOf('Phấn đấu năm 2025 giải ngân đạt 100% kế hoạch vốn đầu tư công.');
    expect(share.map((s) => [s.rule, s.value, s.unit])).toEqual([['target/share-of-plan', 100, '%']]);
  });
});
