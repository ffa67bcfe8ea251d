import { describe, expect, it } from 'vitest';
import type { Figure } from './agreement.ts';
import { agreeAcross, disagreementNotes, figureKey, groupFigures } from './agreement.ts';

let next = 1;
/** One poverty-rate figure of Lai Châu in 2023 from document `doc`, changed by `over`. */
const fig = (doc: string, value: number | null, over: Partial<Figure> = {}): Figure => ({
  id: next++, document_id: `id-${doc}`, doc, kind: 'value', indicator: 'tỷ lệ hộ nghèo', indicator_key: 'poverty_rate',
  value, unit: '%', place: 'Lai Châu', place_level: 'province', period_from: '2023-01-01', period_to: '2023-12-31', ...over,
});

describe('figures across documents', () => {
  it('groups by indicator key, unit, kind family, place and period; a target and a ratio stand apart', () => {
    const groups = groupFigures([
      fig('a', 9.5), fig('b', 9.8, { indicator: 'tỷ lệ hộ nghèo toàn tỉnh' }), fig('c', 9, { period_from: '2022-01-01', period_to: '2022-12-31' }),
      fig('d', 9, { kind: 'target' }), fig('e', 9, { kind: 'progress' }), fig('f', 9, { kind: 'ratio' }), fig('g', null),
      fig('h', 9, { place: 'Hà Tĩnh' }), fig('i', 9, { unit: 'hộ' }),
    ]);
    expect(groups.map((g) => g.map((r) => r.doc).join(''))).toEqual(['abe', 'c', 'd', 'h', 'i']);
    expect(figureKey(fig('x', null))).toBeNull();
  });

  it.each([
    ['the same value', [['a', 9.5], ['b', 9.5]], true],
    ['a rounding apart (within half a percent)', [['a', 9.5], ['b', 9.52]], true],
    ['another value', [['a', 9.5], ['b', 9.8]], false],
    ['one document stating both, the others one each', [['a', 9.5], ['a', 9.8], ['b', 9.8], ['c', 9.5]], false],
    ['one document stating both, another one of them', [['a', 9.5], ['a', 9.8], ['b', 9.8]], true],
    ['one document alone, two values', [['a', 9.5], ['a', 9.8]], true],
  ] as const)('%s: agree %s', (_, rows, agree) => {
    const g = rows.map(([doc, v]) => fig(doc, v));
    expect(agreeAcross(g)).toBe(agree);
    expect(disagreementNotes(g).size === 0).toBe(agree);
  });

  it('names the contradicting documents and their values, at most three, then how many more', () => {
    const g = [fig('a', 9.5), fig('b', 9.8), fig('c', 10), fig('d', 11), fig('e', 12), fig('f', 9.5)];
    const notes = disagreementNotes(g);
    expect(notes.get(g[1].id)).toBe('check/disagreement: a gives 9.5%; c gives 10%; d gives 11% and 2 more documents');
    expect(notes.get(g[0].id)).toBe('check/disagreement: b gives 9.8%; c gives 10%; d gives 11% and 1 more document');
  });
});
