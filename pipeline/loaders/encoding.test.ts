import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear.ts';
import cases from './encoding.cases.json' with { type: 'json' };
import { decodeBytes, encodeLegacy, guessUtf16, isVietnameseSyllable, looksBinary, repairMojibake, vietnameseScore } from './encoding.ts';
import { LoadError } from './loader.ts';
import { loadText } from './text.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixture = (p: string) => readFileSync(path.join(ROOT, 'corpus/fixtures', p));
const seed0 = readFileSync(path.join(ROOT, 'seeds/000_1490403c53d0f87d.txt'), 'utf8').normalize('NFC');

describe('legacy encodings', () => {
  for (const enc of ['windows-1258', 'tcvn3', 'vni'] as const) {
    it(`round-trips Vietnamese through ${enc}`, () => {
      for (const text of cases.roundtrip) {
        const decoded = decodeBytes(encodeLegacy(text, enc), 'x.txt');
        expect(decoded.text).toBe(text);
        expect(decoded.diagnostics.map((d) => d.code)).toEqual(['encoding/legacy-converted']);
      }
    });
  }

  it.each([['000.tcvn3.txt', 'TCVN3'], ['000.vni.txt', 'VNI'], ['000.cp1258.txt', 'windows-1258']])('loads the fixture %s as the seed text', async (file, name) => {
    const loaded = await loadText(fixture(`legacy/${file}`), file);
    expect(loaded.raw).toBe(seed0.replace(/\r\n?/g, '\n'));
    expect(loaded.diagnostics?.[0].message).toContain(name);
  });

  it('repairs font-encoded text that was read as windows-1252', () => {
    for (const c of cases.mojibake) {
      const r = repairMojibake(c.in);
      expect(r?.text).toBe(c.expect);
      expect(r?.encoding).toBe(c.encoding);
    }
  });

  it('leaves UTF-8 Vietnamese and other Latin text alone', () => {
    expect(decodeBytes(Buffer.from(seed0), 'seed.txt')).toMatchObject({ text: seed0, diagnostics: [] });
    expect(decodeBytes(Buffer.from(cases.french_kept), 'fr.txt').text).toBe(cases.french_kept);
  });

  it('rejects 8-bit text it cannot decode, naming the encoding it suspects', () => {
    expect(() => decodeBytes(fixture('legacy/unknown-8bit.txt'), 'unknown-8bit.txt')).toThrow(LoadError);
    expect(() => decodeBytes(fixture('legacy/unknown-8bit.txt'), 'unknown-8bit.txt')).toThrow(/looks most like (TCVN3|VNI|windows-1258)/);
  });

  it('never stores mojibake: TCVN3 text left in windows-1252 letters is converted or rejected', () => {
    const moj = Buffer.from(new TextDecoder('windows-1252').decode(encodeLegacy(seed0, 'tcvn3')), 'utf8');
    const out = decodeBytes(moj, 'old.txt');
    expect(vietnameseScore(out.text).ratio).toBeGreaterThan(0.95);
  });

  it('tells Vietnamese syllables from mojibake', () => {
    for (const w of cases.syllables.yes) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of cases.syllables.no) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  it('scores adversarial input in linear time', { timeout: 60_000 }, () => {
    const inputsAt = (k: number) => ['á'.repeat(100_000 * k), 'ngh'.repeat(30_000 * k), `${'a '.repeat(40_000 * k)}¸`, '1.2/3 '.repeat(15_000 * k)];
    const small = inputsAt(1), large = inputsAt(10);
    small.forEach((_, i) => expectLinear((scale) => { const s = (scale === 1 ? small : large)[i]; vietnameseScore(s); repairMojibake(s); }));
  });
});

describe('text that is not UTF-8 at first sight', () => {
  const text = 'Tỷ lệ hộ nghèo giảm còn 1,2%; thu ngân sách đạt 7.476 tỷ đồng.\nĐắk Lắk, Hà Nội.\n';
  it('reads UTF-16 without a byte order mark, LE and BE', () => {
    const le = Buffer.from(text, 'utf16le');
    expect(guessUtf16(le)).toBe('utf-16le');
    expect(decodeBytes(le, 'le.txt').text).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(guessUtf16(be)).toBe('utf-16be');
    expect(decodeBytes(be, 'be.txt').text).toBe(text);
  });

  it('is not fooled by UTF-8 text or binary data', () => {
    expect(guessUtf16(Buffer.from(text))).toBeNull();
    expect(looksBinary(Buffer.from(text))).toBe(false);
    expect(looksBinary(Buffer.from(`${text}\0${text}`))).toBe(false); // one stray NUL
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7) % 256))]);
    expect(looksBinary(png)).toBe(true);
    expect(looksBinary(Buffer.alloc(4096))).toBe(true);
  });
});
