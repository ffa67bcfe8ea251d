import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fixture from './evaluate.fixture.json' with { type: 'json' };
import type { EvalRecord, GoldRecord } from './evaluate.ts';
import { FIELD_NAMES, docStem, formatReport, goldFromFiles, score, scoresOf } from './evaluate.ts';
import { KINDS } from './schema.ts';

type Scenario = {
  name: string;
  gold: Record<string, GoldRecord[]>;
  pred: EvalRecord[];
  expect: { documents: number; kinds: Record<string, number[]>; fields: Record<string, number | null> };
};
const scenarios = fixture.scenarios as unknown as Scenario[];

const toJsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + (rs.length ? '\n' : '');
const goldFiles = (s: Scenario) => Object.entries(s.gold).map(([name, rs]) => ({ name, text: toJsonl(rs) }));

describe('score', () => {
  for (const s of scenarios) {
    it(`counts and field accuracy: ${s.name}`, () => {
      const result = score(goldFromFiles(goldFiles(s)), s.pred);
      expect(result.documents).toBe(s.expect.documents);
      for (const k of KINDS) {
        const t = result.kinds[k];
        expect([t.gold, t.pred, t.tp], k).toEqual(s.expect.kinds[k]);
      }
      for (const f of FIELD_NAMES) expect(result.fields[f], f).toBe(s.expect.fields[f]);
    });
  }

  it('lists what went wrong: missed gold, spurious predictions and wrong fields', () => {
    const s = scenarios[0];
    const { misses } = score(goldFromFiles(goldFiles(s)), s.pred);
    const types = misses.map((m) => `${m.doc} ${m.type}`);
    expect(types).toContain('a missed'); // the target nobody found
    expect(types).toContain('a wrong relation');
    expect(types).toContain('b wrong target_value');
    expect(types).toContain('c spurious');
    expect(types.filter((t) => t.startsWith('d '))).toEqual([]); // no gold for d: not scored
    // the optional gold that found nothing is not reported
    expect(misses.some((m) => m.type === 'missed' && m.quote === 'tiếp 5 lượt công dân')).toBe(false);
  });

  it('matches documents by stem: folders, format extensions and .partN gold files', () => {
    expect(docStem('seeds/000_x.txt')).toBe('000_x');
    expect(docStem('000_x.txt.jsonl')).toBe('000_x');
    expect(docStem('/a/b/page.HTML')).toBe('page');
    const gold = goldFromFiles([{ name: 'r.pdf.part2.jsonl', text: '{"kind":"ratio","achieved":1,"total":2}' },
      { name: 'r.pdf.part1.jsonl', text: '{"kind":"ratio","achieved":3,"total":4}' }]);
    expect([...gold.keys()]).toEqual(['r']);
    expect(gold.get('r')!.map((g) => g.achieved)).toEqual([3, 1]);
  });
});

// The same data through ../shared/tools/score.mjs: the library must print the same report.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/tools/score.mjs');
const sharedGold = path.resolve(root, '../shared/gold');
const tmp = mkdtempSync(path.join(tmpdir(), 'chitieu-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runScorer(name: string, files: { name: string; text: string }[], pred: EvalRecord[], flag: '--json' | '--misses'): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'gold'), { recursive: true });
  for (const f of files) writeFileSync(path.join(dir, 'gold', f.name), f.text);
  writeFileSync(path.join(dir, 'pred.jsonl'), toJsonl(pred));
  return execFileSync(process.execPath, [scorer, '--gold', path.join(dir, 'gold'), '--pred', path.join(dir, 'pred.jsonl'), flag], { encoding: 'utf8' });
}

function expectSameAsScorer(name: string, files: { name: string; text: string }[], pred: EvalRecord[]) {
  const result = score(goldFromFiles(files), pred);
  expect(JSON.stringify(scoresOf(result), null, 1) + '\n').toBe(runScorer(name, files, pred, '--json'));
  expect(formatReport(result, { misses: true })).toBe(runScorer(name, files, pred, '--misses'));
}

describe.skipIf(!existsSync(scorer))('same numbers as ../shared/tools/score.mjs', () => {
  scenarios.forEach((s, i) => {
    it(s.name, () => expectSameAsScorer(`s${i}`, goldFiles(s), s.pred));
  });

  it.skipIf(!existsSync(sharedGold))('on the seed gold, perturbed as a prediction', () => {
    const files = readdirSync(sharedGold).filter((f) => f.endsWith('.jsonl'))
      .map((name) => ({ name, text: readFileSync(path.join(sharedGold, name), 'utf8') }));
    // Drop, shift and garble some records so that every branch (missed, spurious, wrong field) runs.
    const pred: EvalRecord[] = [];
    let i = 0;
    for (const [doc, golds] of goldFromFiles(files)) {
      for (const g of golds) {
        i++;
        if (i % 7 === 0) continue;
        const p: EvalRecord = { ...g, doc: `seeds/${doc}.txt`, start: (i * 37) % 101 };
        delete p.optional;
        if (i % 5 === 0) p.unit = 'x';
        if (i % 6 === 0) p.indicator = 'khác hẳn';
        if (i % 11 === 0) p.approx = 'gần';
        if (i % 13 === 0) p.estimate = !g.estimate;
        if (i % 9 === 0) { p.value = Number(g.value ?? 0) + 1; p.percent = Number(g.percent ?? 0) + 1; p.achieved = Number(g.achieved ?? 0) + 1; }
        pred.push(p);
      }
    }
    expectSameAsScorer('shared', files, pred);
  });
});
