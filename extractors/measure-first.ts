// A name whose measure comes last ("bồi thường hỗ trợ tái định cư với tổng số tiền") turned round, the
// measure first, as readers name an indicator.
import { MEASURE_HEADS } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';

// "… với tổng số tiền": a measure named after "với" at the subject's end
const WITH_MEASURE_TAIL = new RegExp(`^(.*?[\\p{L}\\p{N}])\\s+với\\s+((?:${alternatives(MEASURE_HEADS)})(?![\\p{L}])[^,;:()]*)$`, 'iu');
/** "bồi thường hỗ trợ tái định cư với tổng số tiền" → "tổng số tiền bồi thường hỗ trợ tái định cư": the measure, then what it is of. */
export function measureFirst(subject: string): string {
  const m = / với /iu.test(subject) ? WITH_MEASURE_TAIL.exec(subject) : null;
  // "so với tổng kim ngạch" compares; a subject that opens with a measure ("Tỷ lệ nhập siêu …") names itself
  if (!m || COMPARING_WITH.test(m[1]) || OPENS_WITH_MEASURE.test(m[1])) return subject;
  return joinOverlapping(m[2], /^\p{Lu}\p{Ll}/u.test(m[1]) ? m[1][0].toLowerCase() + m[1].slice(1) : m[1]);
}
/** "tổng vốn đăng ký" + "đăng ký thành lập mới" → "tổng vốn đăng ký thành lập mới": words the two share at the seam once. */
function joinOverlapping(head: string, tail: string): string {
  const a = head.split(' '), b = tail.split(' ');
  for (let n = Math.min(a.length - 1, b.length - 1, 3); n > 0; n--) {
    if (a.slice(-n).join(' ').toLowerCase() === b.slice(0, n).join(' ').toLowerCase()) return [...a, ...b.slice(n)].join(' ');
  }
  return `${head} ${tail}`;
}
const COMPARING_WITH = /(?:^|\s)(?:so|cùng|đối)$/iu;
const OPENS_WITH_MEASURE = new RegExp(`^(?:${alternatives(MEASURE_HEADS)})(?![\\p{L}])`, 'iu');
