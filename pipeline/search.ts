// Search over stored statements: the query library behind `chitieu query` and `chitieu serve`.
// Its parts, under search/:
// - fold.ts: the folded form (no diacritics, đ -> d, lower case) both the index and the queries are
//   kept in: "thu nhap binh quan" finds "Thu nhập bình quân", "hoá" finds "hóa";
// - fts-index.ts and facets.ts: the full-text index (SQLite FTS5) with a facet word per filter
//   value, the documented SQL views, and opening a database for searching;
// - query.ts: the parameters, checked and typed; plan.ts: a query as an FTS5 match and SQL checks;
// - ranking.ts: running it, ranked by bm25; browse.ts: documents, units, an indicator's series;
// - hits.ts: the shape of a result; display.ts: its Vietnamese display text.
export { facetWords } from './search/facets.ts';
export { foldText, searchTokens } from './search/fold.ts';
export type { IndexedStatement } from './search/fts-index.ts';
export { ensureSearchIndex, indexDocument, openSearchDatabase, SEARCH_SCHEMA_VERSION } from './search/fts-index.ts';
export type { RawQuery, SearchQuery } from './search/query.ts';
export { matchExpression, MAX_TEXT_LENGTH, parseQuery, QueryError } from './search/query.ts';
export type { SearchHit } from './search/hits.ts';
export { countStatements, iterateSearch, RANK_WINDOW, searchStatements } from './search/ranking.ts';
export type { SeriesPoint } from './search/browse.ts';
export { documentWithStatements, indicatorSeries, listDocuments, listUnits } from './search/browse.ts';
export type { DisplayFields, ResultRecord } from './search/display.ts';
export { displayFields, formatNumberVi, formatQuantity, RESULT_COLUMNS, resultRecord } from './search/display.ts';
