import { openSearchDatabase, searchStatements } from '../pipeline/search.ts';
const db = openSearchDatabase('/tmp/q/big.db');
const orig = db.prepare.bind(db);
(db as any).prepare = (sql: string) => { const st = orig(sql); if (sql.includes('h.score')) { console.log(orig('EXPLAIN QUERY PLAN ' + sql).all(...Array(sql.split('?').length-1).fill(1)).map((r: any) => r.detail).join('\n')); } return st; };
for (let i = 0; i < 3; i++) { const t = performance.now(); searchStatements(db, { text: 'dan so', kind: 'value', limit: 50 }); console.log(performance.now() - t); }
