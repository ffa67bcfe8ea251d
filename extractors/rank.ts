// Ranks without a total: "xếp thứ 4 cả nước", "đứng thứ hai cả nước", "vẫn duy trì vị trí thứ ba"
// (spec, "Rankings and shares"): a `value` in `hạng`. The number reader leaves ordinals alone, so
// ranks are read here; "xếp thứ 12/63" stays with the ratio extractor, which claims it first.
import { emptyFields } from '../pipeline/schema.ts';
import { isMeaningfulSubject, ORDINAL_WORDS, subjectBefore, tidy, WB, words } from './language.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';

const RANK = new RegExp(
  `${WB}(?:xếp\\s+(?:thứ|hạng(?:\\s+thứ)?|vị\\s+trí\\s+thứ)|đứng\\s+(?:thứ|vị\\s+trí\\s+thứ)|vị\\s+trí\\s+thứ)\\s+(\\d{1,2}|${words(Object.keys(ORDINAL_WORDS))})(?![\\p{L}\\p{N}/]|\\s+\\d{4})`,
  'giu',
);

export const rankExtractor: Extractor = {
  name: 'rank',
  extract(view: SentenceView): Claimed[] {
    const { text, start, end } = view;
    const out: Claimed[] = [];
    for (const m of text.slice(start, end).matchAll(RANK)) {
      const at = start + m.index!;
      const numAt = at + m[0].length - m[1].length;
      const value = /^\d/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS[m[1].toLowerCase()];
      const named = rankedIndicator(view, at, numAt + m[1].length);
      if (!value || !named) continue;
      const fields = emptyFields(at >= view.targetFrom ? 'target' : 'value');
      Object.assign(fields, { indicator: `thứ hạng ${named.text}`, value, unit: 'hạng' });
      out.push({ start: Math.min(named.start, at), end: numAt + m[1].length, fields, rule: 'value/rank', claims: [{ start: numAt, end: numAt + m[1].length }] });
    }
    return out;
  },
};

/**
 * What is ranked: the level the sentence reported before the rank ("GRDP … đạt 13.248,9 tỷ đồng, …, xếp thứ 4"),
 * else the subject before the rank verb; with the field ranked in ("cả nước", "trong khu vực").
 */
function rankedIndicator(view: SentenceView, at: number, after: number): { text: string; start: number } | null {
  const { text, start } = view;
  const first = view.quantities.find((q) => q.end <= at && q.unit);
  const span = first ? subjectBefore(text, start, first.start) : subjectBefore(text, start, at);
  const named = tidy(text.slice(span.start, span.end));
  if (!isMeaningfulSubject(named) || /\d/.test(named.replace(/(?:19|20)\d\d/g, ''))) return null;
  const scope = /^\s*((?:trong\s+)?(?:cả\s+nước|khu\s+vực|toàn\s+quốc|vùng)(?:\s+\p{Lu}[\p{L}]*)*)/u.exec(text.slice(after, after + 40));
  return { text: `${named}${scope ? ' ' + scope[1] : ''}`, start: first ? at : span.start };
}
