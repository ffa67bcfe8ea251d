import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import cases from './encoding.cases.json' with { type: 'json' };
import { decodeBytes, encodeLegacy, isVietnameseSyllable, repairMojibake, vietnameseScore } from './encoding.ts';
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

  it('scores adversarial input in linear time', () => {
    for (const s of ['á'.repeat(1_000_000), 'ngh'.repeat(300_000), `${'a '.repeat(400_000)}¸`, '1.2/3 '.repeat(150_000)]) {
      const t0 = performance.now();
      vietnameseScore(s);
      repairMojibake(s);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
