// A folder's MANIFEST.tsv gives saved texts the address they came from, and so their site's place, and their title.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFile } from './load.ts';
import { listing, parseManifest } from './manifest.ts';
import { process as runPipeline } from './pipeline.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-manifest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const put = (rel: string, text: string) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const TEXT = 'Năm 2023, tỷ lệ hộ nghèo của tỉnh giảm còn 5,2%.\n';
const placesOf = async (file: string) => runPipeline(await loadFile(file)).statements.map((s) => s.place);
const listedAddress = (file: string) => listing(file)?.url ?? null;

describe('a manifest table', () => {
  it('reads its file and address columns, whatever else it holds', () => {
    const m = parseManifest('file\tsource\tnotes\na01.txt\thttps://yenbai.gov.vn/tin\t"ghi chú"\na02.txt\t-\t\n');
    expect(m?.byPath.get('a01.txt')).toEqual({ url: 'https://yenbai.gov.vn/tin', title: null });
    expect(m?.byPath.has('a02.txt')).toBe(false); // "-" is no address
  });
  it('is none without a file column or an address column', () => {
    expect(parseManifest('name\turl\na.txt\thttps://yenbai.gov.vn/\n')).toBeNull();
    expect(parseManifest('file\ttitle\na.txt\tTin tức\n')).toBeNull();
  });
  it('names a file by its bare name only when one row has that name', () => {
    const m = parseManifest('file\turl\nx/a.txt\thttps://yenbai.gov.vn/1\ny/a.txt\thttps://hagiang.gov.vn/2\nb.txt\thttps://yenbai.gov.vn/3\n');
    expect(m?.byName.get('a.txt')).toBeNull();
    expect(m?.byPath.get('y/a.txt')?.url).toBe('https://hagiang.gov.vn/2');
    expect(m?.byName.get('b.txt')?.url).toBe('https://yenbai.gov.vn/3');
  });
});

describe('a saved text listed in a manifest', () => {
  it('gets the address listed beside it, or one folder up (docs/ beside MANIFEST.tsv)', () => {
    const beside = put('beside/a.txt', TEXT);
    put('beside/MANIFEST.tsv', 'file\turl\na.txt\thttps://yenbai.gov.vn/tin/1\n');
    const below = put('set/docs/a.txt', TEXT);
    const unlisted = put('set/docs/b.txt', TEXT);
    put('set/MANIFEST.tsv', 'file\turl\na.txt\thttps://hagiang.gov.vn/tin/2\n');
    expect(listedAddress(beside)).toBe('https://yenbai.gov.vn/tin/1');
    expect(listedAddress(below)).toBe('https://hagiang.gov.vn/tin/2');
    expect(listedAddress(unlisted)).toBeNull();
    expect(listedAddress(put('none/a.txt', TEXT))).toBeNull();
  });
  it("is placed where its site is when the text names no place ('của tỉnh'); unlisted, nowhere", async () => {
    const listed = put('placed/docs/a.txt', TEXT);
    const unlisted = put('placed/docs/b.txt', TEXT);
    put('placed/MANIFEST.tsv', 'file\turl\ttitle\na.txt\thttps://yenbai.gov.vn/noidung/tintuc/1\tKinh tế\n');
    expect(await placesOf(listed)).toEqual(['Yên Bái']);
    expect(await placesOf(unlisted)).toEqual([null]);
  });
  it("is dated by the address listed for it when its text prints no date; a printed date comes first", async () => {
    const stamped = put('dated/docs/a.txt', TEXT);
    const printed = put('dated/docs/b.txt', `date 2024-06\n${TEXT}`);
    put('dated/MANIFEST.tsv', 'file\turl\na.txt\thttps://baolamdong.vn/xa-hoi/202305/tin-f981a36\nb.txt\thttps://baolamdong.vn/xa-hoi/202305/tin-f981a37\n');
    expect((await loadFile(stamped)).meta.published).toBe('2023-05');
    expect((await loadFile(printed)).meta.published).toBe('2024-06');
  });
  it("takes the title listed for it when its text opens on none: the title's place and period date and place its figures", async () => {
    const bare = put('titled/docs/a.txt', 'Tỷ lệ hộ nghèo của tỉnh giảm còn 5,2%.\n');
    const headed = put('titled/docs/b.txt', 'Giảm nghèo bền vững\n\nTỷ lệ hộ nghèo của tỉnh giảm còn 5,2%.\n');
    put('titled/MANIFEST.tsv', 'file\turl\ttitle\na.txt\thttps://baomoi.com/tin/1\tYên Bái: tỷ lệ hộ nghèo năm 2023 còn 5,2%\nb.txt\thttps://baomoi.com/tin/2\tYên Bái: tỷ lệ hộ nghèo năm 2023 còn 5,2%\n');
    const [s] = runPipeline(await loadFile(bare)).statements;
    expect([s.place, s.period_from, s.period_to]).toEqual(['Yên Bái', '2023-01-01', '2023-12-31']);
    const [own] = runPipeline(await loadFile(headed)).statements; // a title of its own comes first
    expect([own.place, own.period_from]).toEqual([null, null]);
  });
  it("keeps a page's own address over the manifest's", async () => {
    const page = put('pages/p.html', `<html><head><link rel="canonical" href="https://hagiang.gov.vn/tin/3"></head><body><p>${TEXT}</p></body></html>`);
    put('pages/MANIFEST.tsv', 'file\turl\np.html\thttps://yenbai.gov.vn/tin/3\n');
    expect((await loadFile(page)).meta.url).toBe('https://hagiang.gov.vn/tin/3');
  });
});
