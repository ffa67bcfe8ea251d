// The store stage: writes one processed Document to the database, whole or not at all.
// Same content stored by the same pipeline version is left alone; a changed file (same source,
// new content) replaces the old document and its statements, unless another source still shows
// them. The same bytes at another path are another source of the stored document ('copy'). The caller passes the pipeline version
// (PIPELINE_VERSION) so that storing does not pull in every stage.
import type { Db } from './adapters/sqlite.ts';
import { documentOfSource, findDocument, linkSource, retryBusy, writeDocument } from './adapters/sqlite.ts';
import type { Document } from './document.ts';
import { indexDocument } from './search.ts';
import type { Statement } from './schema.ts';
import { isParsedStatement, StatementSchema } from './schema.ts';

export type StoreOutcome = 'new' | 'replaced' | 'unchanged' | 'copy';

/** True when this content is stored by this pipeline version (from any source). */
export function isContentStored(db: Db, id: string, version: string): boolean {
  return findDocument(db, id)?.pipeline_version === version;
}

/** True when this exact content from this source is stored by this pipeline version. */
export function isStored(db: Db, doc: Pick<Document, 'id' | 'source'>, version: string): boolean {
  return isContentStored(db, doc.id, version) && documentOfSource(db, doc.source) === doc.id;
}

/**
 * Records `doc.source` as a source of its content when that content is already stored by this
 * version, without processing it again: 'copy' (or 'replaced' when the path showed other content
 * before, 'unchanged' when nothing changed). Undefined when the content is not stored yet.
 */
export function storeSource(db: Db, doc: Pick<Document, 'id' | 'source' | 'name'>, options: { version: string; now?: Date }): StoreOutcome | undefined {
  if (!isContentStored(db, doc.id, options.version)) return undefined;
  if (documentOfSource(db, doc.source) === doc.id) return 'unchanged';
  const ingested_at = (options.now ?? new Date()).toISOString();
  return retryBusy(() => linkSource(db, { source: doc.source, name: doc.name, ingested_at }, doc.id)) ? 'replaced' : 'copy';
}

/**
 * A statement as stored: valid against the schema, `doc` set to the document's name and its quote
 * exactly `text[start, end)`. Anything else is a bug in a stage, so it throws. A statement normalize
 * already parsed (and froze) for this document is not parsed again.
 */
export function checkedStatement(doc: Document, statement: Statement, index: number): Statement {
  const where = () => `${doc.name}: statement ${index} (rule ${statement.rule ?? '?'})`;
  let s = statement;
  if (!isParsedStatement(statement) || statement.doc !== doc.name) {
    const parsed = StatementSchema.safeParse({ ...statement, doc: doc.name });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
      throw new Error(`${where()} does not match the statement schema: ${issues}`);
    }
    s = parsed.data;
  }
  if (s.end < s.start || doc.text.slice(s.start, s.end) !== s.quote) {
    throw new Error(`${where()}: quote ${JSON.stringify(s.quote)} is not the text at [${s.start}, ${s.end})`);
  }
  return s;
}

/** Stores one processed Document in one transaction; nothing is written when a statement is invalid. */
export function storeDocument(db: Db, doc: Document, options: { version: string; now?: Date }): StoreOutcome {
  const { version } = options;
  const linked = storeSource(db, doc, options);
  if (linked) return linked;
  const statements = doc.statements.map((s, i) => checkedStatement(doc, s, i));
  // The search index changes in the same transaction as the statements it indexes, from memory.
  // another writer holding the database is waited for, not a reason to drop this document
  const { replaced } = retryBusy(() => db.transaction(() => {
    const written = writeDocument(db, {
      id: doc.id, source: doc.source, name: doc.name,
      title: doc.meta.title, published: doc.meta.published, url: doc.meta.url, site: doc.meta.site, author: doc.meta.author,
      format: doc.format, lang: doc.lang, text: doc.text,
      ingested_at: (options.now ?? new Date()).toISOString(), pipeline_version: version,
      statement_count: statements.length,
    }, statements, doc.diagnostics);
    indexDocument(db, { id: doc.id, published: doc.meta.published }, statements, written.ids);
    return written;
  }).immediate());
  return replaced > 0 ? 'replaced' : 'new';
}
