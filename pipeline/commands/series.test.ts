import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.fixtures.ts';

// A crawler dump of our own: three outlets, two provinces, one year, two documents disagreeing.
const RECORDS = [
  { id: 'a', url: 'https://baolaichau.vn/tin/1', title: 'Lai Châu: kết quả năm 2023', published: '2023-12-20', text: 'Năm 2023, tỷ lệ hộ nghèo toàn tỉnh còn 9,5%.\n' },
  { url: 'https://baohatinh.vn/tin/2', title: 'Kinh tế năm 2023', published: '2023-12-21', text: 'Năm 2023, tỷ lệ hộ nghèo của tỉnh còn 2,1%.\n' },
  { id: 'c', title: 'Tỉnh Lai Châu tổng kết năm 2023', published: '2023-12-28', text: 'Năm 2023, tỷ lệ hộ nghèo toàn tỉnh Lai Châu giảm còn 9,8%.\n' },
  { id: 'bad', title: 'no text' },
];

let dir: string;
let db: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-series-'));
  db = path.join(dir, 'x.db');
  fs.writeFileSync(path.join(dir, 'dump.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n{not json\n');
  const r = await runCli(['ingest', path.join(dir, 'dump.jsonl'), '--db', db]);
  expect(r.stderr).toMatch(/line 4: no text or html/);
  expect(r.stderr).toMatch(/line 5: not JSON/);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chitieu extract on a crawler dump', () => {
  it('names each document by its id, else its url, and takes the place from the site', async () => {
    const r = await runCli(['extract', path.join(dir, 'dump.jsonl')]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.doc)).toEqual(['a', 'https://baohatinh.vn/tin/2', 'c']);
    expect(rows[1]).toMatchObject({ place: 'Hà Tĩnh', place_level: 'province', period_from: '2023-01-01', period_to: '2023-12-31' });
    expect(r.code).toBe(1); // bad lines are reported
  });
});

describe('chitieu series', () => {
  it('gives one row per place and period with its sources, and flags disagreement', async () => {
    const r = await runCli(['series', 'ty le ho ngheo', '--format', 'jsonl', '--db', db]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const laiChau = rows.find((x) => x.place === 'Lai Châu');
    expect(laiChau).toMatchObject({ indicator_key: 'poverty_rate', place_level: 'province', period_to: '2023-12-31', documents: 2, agree: false });
    expect(laiChau.sources.sort()).toEqual(['a', 'c']);
    expect(rows.find((x) => x.place === 'Hà Tĩnh')).toMatchObject({ documents: 1, agree: true, value: 2.1 });
  });
  it('filters by place without diacritics and by period', async () => {
    const only = await runCli(['series', 'poverty_rate', '--place', 'ha tinh', '--format', 'csv', '--db', db]);
    expect(only.stdout.trim().split('\n')).toHaveLength(2);
    const none = await runCli(['series', 'poverty_rate', '--from', '2024', '--db', db]);
    expect(none.stdout).toMatch(/no series found/);
  });
});

describe('chitieu query with where and when', () => {
  it('filters by place, diacritics ignored, and by period', async () => {
    const r = await runCli(['query', 'ho ngheo', '--place', 'lai chau', '--format', 'jsonl', '--db', db]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.doc).sort()).toEqual(['a', 'c']);
    expect(rows[0]).toMatchObject({ place: 'Lai Châu', period_from: '2023-01-01', period_to: '2023-12-31', indicator_key: 'poverty_rate' });
    // the two disagree, and each record says so, as the series does
    expect(rows.map((x) => JSON.parse(x.notes)).sort()).toEqual([['check/disagreement: a gives 9.5%'], ['check/disagreement: c gives 9.8%']]);
    const later = await runCli(['query', 'ho ngheo', '--period', '2024', '--format', 'jsonl', '--db', db]);
    expect(later.stdout.trim()).toBe('');
  });
});
