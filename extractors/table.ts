// Indicator tables ("biểu chỉ tiêu"). The segment stage reads a table back into rows, whatever
// shape it reached us in (cells joined by " | ", one cell per line, space-separated rows under
// year columns; pipeline/stages/tables.ts); a row is one sentence carrying its cells and the
// header of each cell's column. This extractor turns a row into statements (extractors/table/read.ts);
// the other extractors leave table rows alone.
import { readRow } from './table/read.ts';
import { ruleOff } from './rules.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';

export const tableExtractor: Extractor = {
  name: 'table',
  extract(view: SentenceView): Claimed[] {
    if (!view.table) return [];
    const rows = readRow(view, view.table);
    return view.without ? rows.filter((m) => !ruleOff(view, m.rule)) : rows;
  },
};
