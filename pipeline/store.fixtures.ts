// Test helpers: Documents with statements built directly (no extractors needed), and a dump of
// every table to compare databases row by row.
import type { Db } from './adapters/sqlite.ts';
import type { Document } from './document.ts';
import { documentFromText } from './load.ts';
import type { Kind, Statement } from './schema.ts';
import { emptyContext, emptyFields } from './schema.ts';

/** A statement quoting the first appearance of `quote` in the document's text. */
export function statementAt(doc: Document, quote: string, extra: Partial<Statement> = {}, kind: Kind = 'value'): Statement {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(quote)} is not in ${doc.name}`);
  return {
    ...emptyFields(kind), ...emptyContext(), doc: doc.name, quote, start, end: start + quote.length, rule: 'fixture', notes: [], ...extra,
  };
}

/** A Document as the pipeline would hand it to store: text, language, statements, diagnostics. */
export function fixtureDocument(text: string, name: string, quotes: string[] = [], source = name): Document {
  const doc = documentFromText(text, name);
  doc.source = source;
  doc.lang = 'vie';
  doc.meta.title = name.replace(/\.\w+$/, '');
  doc.statements = quotes.map((q, i) => statementAt(doc, q, { value: i + 0.5, unit: '%', estimate: i % 2 === 0, notes: i % 3 ? [] : ['note, "quoted"'] }));
  return doc;
}

/** Every row of every table, ordered, for before/after comparisons. */
export function dumpDatabase(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['meta', 'documents', 'sources', 'statements', 'diagnostics']) {
    out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  }
  return out;
}
