// Child process for the kill-midway test in store.test.ts: stores many documents with many
// statements each and prints "stored N" after each, until its parent kills it with SIGKILL.
// Each round changes the content, so a later round replaces the documents of the earlier ones.
import { openDatabase } from './adapters/sqlite.ts';
import { storeDocument } from './store.ts';
import { fixtureDocument } from './store.fixtures.ts';

const [dbPath, round = '0'] = process.argv.slice(2);
const db = openDatabase(dbPath);
const line = (i: number, j: number) => `Chỉ tiêu ${j} của tài liệu ${i} (lượt ${round}) đạt ${j},5% kế hoạch năm.`;
for (let i = 0; i < 100_000; i++) {
  const lines = Array.from({ length: 300 }, (_, j) => line(i, j));
  const doc = fixtureDocument(lines.join('\n'), `doc-${i}.txt`, lines);
  doc.diagnostics.push({ code: 'test/fixture', stage: 'test', message: `document ${i}` });
  storeDocument(db, doc, { version: 'test' });
  process.stdout.write(`stored ${i + 1}\n`);
}
