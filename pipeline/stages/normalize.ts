// The normalize stage: matches become statement records of the spec — the quote cut from the
// cleaned text at the match's offsets, validated against the schema (and frozen), duplicates dropped.
import type { Document } from '../document.ts';
import type { Statement } from '../schema.ts';
import { emptyContext, parseStatement } from '../schema.ts';

export function normalize(doc: Document): Document {
  const seen = new Set<string>();
  const out: Statement[] = [];
  const empty = emptyContext();
  for (const m of doc.matches) {
    let start = m.start, end = m.end;
    while (start < end && /\s/.test(doc.text[start])) start++;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    // every field named (no spread: a literal of one shape builds and parses faster); a field added
    // to the schema is a type error here until it is added
    const f = m.fields, c = m.context ?? empty;
    const record: Statement = {
      doc: doc.name, kind: f.kind, indicator: f.indicator, value: f.value, value_max: f.value_max, unit: f.unit, approx: f.approx,
      estimate: f.estimate, percent: f.percent, relation: f.relation, reference: f.reference, achieved: f.achieved, total: f.total,
      target_value: f.target_value, target_unit: f.target_unit, target_value_max: f.target_value_max,
      place: c.place, place_level: c.place_level, place_parent: c.place_parent, period_from: c.period_from, period_to: c.period_to,
      indicator_key: c.indicator_key, quote: doc.text.slice(start, end), start, end, rule: m.rule, notes: m.notes ?? [],
    };
    const key = `${record.kind}|${start}|${end}|${record.value}|${record.percent}|${record.achieved}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parseStatement(record));
  }
  doc.statements = out;
  return doc;
}
