import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './files.ts';

let dir: string;
const write = (rel: string, text = 'x') => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-files-'));
  for (const f of ['b.txt', 'a.HTML', 'notes.csv', 'sub/z.pdf', 'sub/deeper/c.docx', 'sub/a.md', '.hidden.txt', '.git/x.txt', 'img.png']) write(f);
  fs.symlinkSync(dir, path.join(dir, 'sub', 'loop')); // a cycle must not be walked forever
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listInputs', () => {
  it('walks folders for known extensions (any case), sorted by path, skipping hidden entries', async () => {
    const found = (await listInputs([dir])).map((f) => path.relative(dir, f.path));
    expect(found).toEqual(['a.HTML', 'b.txt', 'sub/a.md', 'sub/deeper/c.docx', 'sub/z.pdf']);
  });

  it('takes files named explicitly whatever their extension, and passes missing ones on for the loader to report', async () => {
    const csv = path.join(dir, 'notes.csv');
    const missing = path.join(dir, 'missing.txt');
    const found = await listInputs([csv, missing, path.join(dir, 'sub', 'deeper')]);
    expect(found).toEqual([{ path: csv, size: 1 }, { path: missing, size: 0 }, { path: path.join(dir, 'sub/deeper/c.docx'), size: 1 }]);
  });

  it('lists a file once even when named twice or also found in a folder', async () => {
    const b = path.join(dir, 'b.txt');
    const found = (await listInputs([b, dir, b])).map((f) => path.relative(dir, f.path));
    expect(found).toEqual(['b.txt', 'a.HTML', 'sub/a.md', 'sub/deeper/c.docx', 'sub/z.pdf']);
  });
});
