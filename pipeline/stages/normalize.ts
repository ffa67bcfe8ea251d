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
    const record: Statement = {
      doc: doc.name, ...m.fields, ...(m.context ?? empty), quote: doc.text.slice(start, end), start, end, rule: m.rule, notes: m.notes ?? [],
    };
    const key = `${record.kind}|${start}|${end}|${record.value}|${record.percent}|${record.achieved}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parseStatement(record));
  }
  doc.statements = out;
  return doc;
}
