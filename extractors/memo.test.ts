import { describe, expect, it } from 'vitest';
import { Memo } from './memo.ts';

describe('Memo', () => {
  it('computes an answer once per key, null and undefined answers included', () => {
    let calls = 0;
    const memo = new Memo<string | null | undefined>(10);
    const compute = (k: string) => { calls++; return k === 'a' ? null : k === 'b' ? undefined : k.toUpperCase(); };
    for (let i = 0; i < 3; i++) expect(['a', 'b', 'c'].map((k) => memo.get(k, compute))).toEqual([null, undefined, 'C']);
    expect(calls).toBe(3);
  });

  it('holds at most its bound, and answers the same after it empties', () => {
    let calls = 0;
    const memo = new Memo<number>(2);
    const compute = (k: string) => { calls++; return k.length; };
    for (const k of ['x', 'yy', 'zzz', 'x']) memo.get(k, compute);
    expect(calls).toBe(4); // 'x' was dropped when 'zzz' found the memo full
    expect(memo.get('x', compute)).toBe(1);
    expect(calls).toBe(4);
  });
});
