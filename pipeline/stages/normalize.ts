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
    const quote = doc.text.slice(start, end);
    const record: Statement = {
      doc: doc.name, ...m.fields, unit: asWritten(m.fields.unit, quote), target_unit: asWritten(m.fields.target_unit, quote),
      ...(m.context ?? empty), quote, start, end, rule: m.rule, notes: m.notes ?? [],
    };
    const key = `${record.kind}|${start}|${end}|${record.value}|${record.percent}|${record.achieved}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parseStatement(record));
  }
  doc.statements = out;
  return doc;
}

/** The powers written in digits, each unit's form found on its own ("m2" after "49.917", not inside "km2" or "m20"). */
const ASCII_POWER = new Map(['m²', 'm³', 'km²', 'km³'].map((u) => {
  const ascii = u.replace('²', '2').replace('³', '3');
  return [u, { ascii, re: new RegExp(`(?<![\\p{L}])${ascii}(?![\\p{N}])`, 'u') }];
}));
/**
 * "m2", "km2", "m3" as the quote writes them: the spec's unit is the one written, and the rules read "m²", "m³" for
 * both ("49.917m2 đất" → "m2"; "540.010,8 m²" → "m²").
 */
export function asWritten(unit: string | null, quote: string): string | null {
  if (unit === null || !/[²³]/u.test(unit)) return unit;
  return unit.replace(/k?m[²³]/gu, (power) => {
    const form = ASCII_POWER.get(power);
    return form && !quote.includes(power) && form.re.test(quote) ? form.ascii : power;
  });
}
