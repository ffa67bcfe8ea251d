// Items of a breakdown or a list inside a sentence: "Trong đó, trồng cây gỗ lớn gần 1.900ha; trồng rừng phòng hộ 50ha",
// "Các sản phẩm chủ yếu: thùng xốp 3,5 triệu sản phẩm, …": each item's figure is a level of what its words name.
import { alternatives } from './patterns.ts';
import { BREAKDOWN_WORDS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import type { SentenceView } from './types.ts';

// no full stop in between ("1.900" holds a dot that is none): "Trong đó, trồng cây gỗ lớn gần 1.900ha; trồng rừng phòng hộ 50ha"
const NO_STOP = String.raw`(?:[^.;]|(?<=\d)\.(?=\d))`;
const BREAKDOWN = `(?<![\\p{L}])(?:${alternatives(BREAKDOWN_WORDS)})`;
const BREAKDOWN_BEFORE = new RegExp(`${BREAKDOWN}\\s*[:,]?(?:${NO_STOP}|;)*$`, 'iu');
/** "…; chăm sóc rừng trồng gần 29.000ha; chuyển hóa gỗ lớn gần 300ha": the breakdown's items run on after semicolons. */
const BREAKDOWN_ITEMS_BEFORE = new RegExp(`${BREAKDOWN}\\s*[,:]?(?:${NO_STOP}*;)+${NO_STOP}*$`, 'iu');
/**
 * A colon opening a list of things measured, a few words maybe between ("… chủ yếu:", "… gồm các loại cây:", "… như:",
 * "… như sau:", "… là:"), or "Cụ thể," opening the sentence's breakdown; its items run on after ';', no full stop after it.
 */
const LIST_COLON_BEFORE = new RegExp(`(?:(?:chủ\\s+yếu|gồm|như(?:\\s+sau)?|cụ\\s+thể|(?<![\\p{L}])là)(?:\\s+\\p{L}+){0,3}\\s*:)(?:${NO_STOP}|;)*$`, 'iu');
// "Cụ thể, heo 368.981 con; đàn gia cầm 6,351 triệu con": "Cụ thể," opening the sentence's breakdown, its first item's name
// right after it, the next after ';' ("Cụ thể, Bộ Kế hoạch và Đầu tư cho biết, …" opens a narrative; case-sensitive:
// "chỉ tiêu cụ thể, …" is an adjective)
const SPECIFICALLY_BEFORE = new RegExp(`(?<![\\p{L}])Cụ\\s+thể\\s*,(?:[ \\t]*[^\\d,;.:()]{1,40}|${NO_STOP}*;(?:${NO_STOP}|;)*)$`, 'u');

/** Where the sentence's breakdown runs: from its first breakdown word to the first full stop after it, and its first ';' (null: none). */
const BREAKDOWN_WORD = new RegExp(BREAKDOWN, 'iu');
const FULL_STOP = /(?<!\d)\.|\.(?!\d)/u;
type Run = { from: number; to: number; semicolon: number };
const RUNS = new WeakMap<SentenceView, Run | null>();
function breakdownRun(view: SentenceView): Run | null {
  let run = RUNS.get(view);
  if (run === undefined) {
    const sentence = view.text.slice(view.start, view.end);
    const m = BREAKDOWN_WORD.exec(sentence);
    const stop = m ? sentence.slice(m.index).search(FULL_STOP) : -1;
    const semicolon = m ? sentence.indexOf(';', m.index) : -1;
    run = m ? { from: view.start + m.index, to: stop < 0 ? view.end : view.start + m.index + stop, semicolon: semicolon < 0 ? Infinity : view.start + semicolon } : null;
    RUNS.set(view, run);
  }
  return run;
}

/**
 * Whether the number q is an item of a breakdown or a list (`around`: the text before it, MAX_SUBJECT long); a breakdown
 * opened further back ("Trong đó thành phố Yên Bái có 5 xã, phường; …; Huyện Trạm Tấu 10 xã") runs on after ';' too.
 */
export function inListRun(view: SentenceView, q: Quantity, around: string): boolean {
  if (BREAKDOWN_BEFORE.test(around.slice(-WIDTH.phrase)) || BREAKDOWN_ITEMS_BEFORE.test(around) || LIST_COLON_BEFORE.test(around) || SPECIFICALLY_BEFORE.test(around)) return true;
  const run = q.start - view.start > around.length ? breakdownRun(view) : null; // read once a sentence: no scan back per number
  return run !== null && run.from < q.start && q.start < run.to && run.semicolon < q.start;
}
