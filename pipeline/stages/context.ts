// The context stage: where and when each match speaks of (spec: "Where and when"). A place or
// period named in the match's own sentence wins; then the paragraph's; then the heading's; then
// the document's own (its title, issuer, dateline, site and date). Unknown stays null.
// The document's own place and time: context/document-place.ts, context/document-time.ts; a
// match's: context/match-place.ts, context/match-period.ts.
import type { Document } from '../document.ts';
import type { Context } from '../schema.ts';
import { emptyContext } from '../schema.ts';
import type { PlaceHint } from '../context/place.ts';
import { yearOf } from '../context/period.ts';
import { indicatorKey } from '../context/indicators.ts';
import { checkMatch } from '../context/checks.ts';
import { documentPlace } from '../context/document-place.ts';
import { documentDate, leadYear, periodsOfTitle, pickDocumentPeriod, yearAfterSamePeriod } from '../context/document-time.ts';
import { MatchPlaces } from '../context/match-place.ts';
import type { DocumentTime } from '../context/match-period.ts';
import { MatchPeriods } from '../context/match-period.ts';
import { atItsDay } from '../context/balances.ts';
import { sentenceAt } from '../context/sentences.ts';

export function context(doc: Document): Document {
  if (!doc.matches.length) return doc;
  const date = documentDate(doc);
  const hint: PlaceHint = { after2025: date !== null && date >= '2025-07-01' };
  const own = documentPlace(doc, hint);
  if (own) {
    hint.province = own.level === 'province' ? own.place : own.parent;
    hint.district = own.level === 'district' ? own.place : null;
  }
  const places = new MatchPlaces(doc, hint, own);
  const periods = new MatchPeriods(doc, documentTime(doc, date));
  for (const m of doc.matches) {
    const si = sentenceAt(doc.sentences, m.start);
    const ctx: Context = emptyContext();
    const place = si < 0 ? own : places.placeFor(m, si) ?? own;
    if (place) { ctx.place = place.place; ctx.place_level = place.level; ctx.place_parent = place.parent; }
    const period = atItsDay(m, doc.text, periods.periodFor(m, si));
    if (period) { ctx.period_from = period.from; ctx.period_to = period.to; }
    ctx.indicator_key = indicatorKey(m.fields.indicator, m.fields.unit);
    m.context = ctx;
    const notes = checkMatch(m, doc.text);
    if (notes.length) m.notes = [...(m.notes ?? []), ...notes];
  }
  return doc;
}

/** The document's date, its period, and the year its periods without one are read in. */
function documentTime(doc: Document, date: string | null): DocumentTime {
  // undated: the year of the event a news story opens on ("Chiều 6/6/2019, …")
  const docYear = yearOf(date) ?? yearOf(doc.meta.published) ?? leadYear(doc); // a date given as its year alone ("2022") still dates it
  // an undated text's own period ("6 tháng đầu năm", "đến ngày 14.4") is read in the year its comparisons
  // imply ("tăng 10% so với cùng kỳ năm 2016": 2017)
  const samePeriod = docYear === null ? yearAfterSamePeriod(doc) : null;
  const readYear = docYear ?? samePeriod;
  const { period, common, fromBody, results } = pickDocumentPeriod(doc, periodsOfTitle(doc, readYear), readYear);
  // the year relative periods ("6 tháng đầu năm") are read in: the document period's, then its date's; in an
  // undated text whose period only the body names ("giai đoạn 2021-2025"), "so với cùng kỳ năm 2023" comes first
  return { date, period, common, results, year: (fromBody ? samePeriod : null) ?? yearOf(period?.to ?? null) ?? readYear };
}
