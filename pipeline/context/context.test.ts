import { afterAll, describe, expect, it } from 'vitest';
import fs, { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { findListedMentions } from './listed-places.ts';
import { findLevelledMentions, findMentions, resolveName, runWords } from './place.ts';
import { placeOfHost } from './hosts.ts';
import { fold } from '../adapters/gazetteer.ts';
import { findPeriods, yearOf } from './period.ts';
import { indicatorKey } from './indicators.ts';
import { checkMatch, PROGRESS_PERCENT, RATIO_PERCENT } from './checks.ts';
import { emptyFields, type Statement } from '../schema.ts';
import { documentFromText } from '../load.ts';
import { process as run } from '../pipeline.ts';
import cases from './context.cases.json' with { type: 'json' };
import { expectLinear } from '../../test/linear.ts';
import { inAsides } from './match-place.ts';

describe('places named in a sentence', () => {
  it('reads every level word, also one inside the words the one before it reads', () => {
    const names = (t: string) => findMentions(t, 0, t.length).map((m) => m.place);
    expect(names('Xã Tân Lập và xã Tân Hòa đạt chuẩn nông thôn mới')).toEqual(['Tân Lập', 'Tân Hòa']);
    expect(names('huyện Mai Châu, huyện Tân Lạc')).toEqual(['Mai Châu', 'Tân Lạc']);
    expect(names('phát triển kinh tế - xã hội tỉnh Lai Châu')).toEqual(['Lai Châu']);
  });
  for (const c of cases.places) {
    it(`${c.text} → ${c.place ?? 'none'}`, () => {
      const found = findMentions(c.text, 0, c.text.length);
      if (c.place === null) { expect(found).toEqual([]); return; }
      expect(found[0]).toMatchObject({ place: c.place, level: c.level });
      // the package writes "Hoà Bình", the spec "Hòa Bình": tone placement is no difference
      expect(found[0].parent && fold(found[0].parent)).toBe(c.parent && fold(c.parent));
    });
  }
});

describe('the words of a capitalised run', () => {
  it('start where splitting before each separator says', () => {
    for (const run of ['Hà Nội', 'TP.HCM', 'Bà Rịa - Vũng Tàu', 'Hà Nội – Hải Phòng', 'Ê-đê', 'A\tB.  C', '𝐀 Bắc Ninh', 'X']) {
      const words = run.split(/(?<=[\p{L}.])(?=[ \t\-–])/u);
      const at = [0];
      for (const w of words) at.push(at[at.length - 1] + w.length);
      const bare = words.map((w, i) => at[i] + (w.length - w.replace(/^[ \t\-–]+/, '').length));
      expect(runWords(run)).toEqual({ at, bare });
    }
  });
  it('and of a level word\'s name, digits included', () => {
    for (const run of ['Mai Châu', '12', 'Phường 12', 'Bà Rịa-Vũng Tàu', 'Ia  Grai']) {
      const { at } = runWords(run);
      expect(at.slice(1).map((e, i) => run.slice(at[i], e))).toEqual(run.split(/(?<=[\p{L}\d])(?=[ \t\-–])/u));
    }
  });
});

describe('names and hosts asked again', () => {
  it('resolve as they did, each under its own hint, in any order', () => {
    const asks = [{ province: 'Tây Ninh' }, { province: 'Long An' }, {}, { after2025: true }];
    const first = asks.map((h) => resolveName('Châu Thành', ['district'], 'huyen', h)?.parent);
    expect(first).toEqual(['Tây Ninh', 'Long An', null, null]);
    expect([...asks].reverse().map((h) => resolveName('Châu Thành', ['district'], 'huyen', h)?.parent)).toEqual([...first].reverse());
    expect(resolveName('Châu Thành', ['commune'], 'xa', { province: 'Tây Ninh' })?.level).toBe('commune');
  });
  it('a host reads the same the second time, null and undefined kept apart', () => {
    const hosts = ['baoninhthuan.com.vn', 'vnexpress.net', 'example.org'];
    const first = hosts.map((h) => placeOfHost(h));
    expect(first).toEqual([{ place: 'Ninh Thuận', level: 'province', parent: null }, null, undefined]);
    expect(hosts.map((h) => placeOfHost(h))).toEqual(first);
  });
});

describe('places named with a level word', () => {
  it('are the explicit places but the country that all names give', () => {
    const texts = [...cases.places.map((c) => c.text), 'Cả nước và tỉnh Hà Tĩnh, Việt Nam; huyện Mai Châu (Hòa Bình), TP.HCM và xã hội', 'Toàn quốc có 63 tỉnh; Hà Nội, thành phố Hà Nội, huyện Châu Thành'];
    for (const t of texts) {
      for (const hint of [{}, { province: 'Tây Ninh' }]) {
        expect(findLevelledMentions(t, 2, t.length, hint)).toEqual(findMentions(t, 2, t.length, hint).filter((x) => x.explicit && x.level !== 'country'));
      }
    }
  });
});

describe('periods named in a sentence', () => {
  it('that name their year are the same read alone', () => {
    const texts = [...cases.periods.map((c) => c.text), 'Đến nay năm 2024, năm nay và hiện nay; 6 tháng đầu năm nay, quý III/2023, tháng 9 năm nay, hiện có năm 2025'];
    for (const t of texts) {
      for (const year of [null, 2024]) expect(findPeriods(t, 0, t.length, year, true)).toEqual(findPeriods(t, 0, t.length, year).filter((p) => !p.relative));
    }
  });
  for (const c of cases.periods) {
    it(`${c.text}`, () => {
      const found = findPeriods(c.text, 0, c.text.length, (c as { year?: number }).year ?? null);
      if ((c as { none?: boolean }).none) { expect(found).toEqual([]); return; }
      expect(found[0]).toMatchObject({ from: (c as { from: string | null }).from, to: (c as { to: string | null }).to });
    });
  }
});

describe('the year of a date', () => {
  it('is its first four digits, else none', () => {
    expect(['2024-06-11', '2024-06-11T06:29', '2024', '1975x'].map(yearOf)).toEqual([2024, 2024, 2024, 1975]);
    expect(['24-06-11', '202-', 'abcd', '', null, undefined, '２０２４'].map(yearOf)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('the context stage', () => {
  it('gives every record the document unit and period, and nulls when nothing says', () => {
    const doc = run(documentFromText('Huyện Mai Châu: kết quả năm 2023\n\nTỷ lệ hộ nghèo toàn huyện còn 9,5%.\n'));
    expect(doc.statements[0]).toMatchObject({ place: 'Mai Châu', place_level: 'district', period_from: '2023-01-01', period_to: '2023-12-31', indicator_key: 'poverty_rate' });
    const bare = run(documentFromText('Tỷ lệ bao phủ đạt 95%.\n'));
    expect(bare.statements[0]).toMatchObject({ place: null, period_from: null, period_to: null });
  });
});

describe('the document date', () => {
  it('reads a date known to the month only as the month\'s last day: "đến nay" runs up to it', () => {
    const doc = documentFromText('Báo cáo tình hình năm 2024\n\nĐến nay, tỉnh đã triển khai 35/45 nhiệm vụ đề ra.\n');
    doc.meta.published = '2025-11';
    expect(run(doc).statements[0]).toMatchObject({ period_from: null, period_to: '2025-11-30' });
    const unknown = documentFromText('Báo cáo tình hình năm 2024\n\nĐến nay, tỉnh đã triển khai 35/45 nhiệm vụ đề ra.\n');
    expect(run(unknown).statements[0]).toMatchObject({ period_to: '2024-12-31' });
  });
});

describe('indicator keys', () => {
  it('match in any word order, without diacritics, within the unit family', () => {
    expect(indicatorKey('Tỷ lệ hộ nghèo', '%')).toBe('poverty_rate');
    expect(indicatorKey('ho ngheo ty le', '%')).toBe('poverty_rate');
    expect(indicatorKey('Tỷ lệ người dân tham gia BHYT', '%')).toBe('health_insurance_coverage');
    expect(indicatorKey('Số hộ nghèo', 'hộ')).toBeNull();
    expect(indicatorKey('Mức giảm tỷ lệ hộ nghèo', '%')).toBe('poverty_rate_reduction');
    expect(indicatorKey('Số cuộc họp', 'cuộc')).toBeNull();
  });
  it('take an alias in its order with a few words between, or as whole compounds, never pieced from syllables of other words', () => {
    expect(indicatorKey('Tỷ lệ hộ dân sử dụng nước sạch', '%')).toBe('clean_water_rate');
    expect(indicatorKey('Số trường trên địa bàn đạt chuẩn quốc gia', 'trường')).toBe('standard_schools');
    // "sách" of "ngân sách" and "nước" of "nhà nước", folded, are no "nước sạch"
    expect(indicatorKey('Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước', '%')).toBeNull();
    expect(indicatorKey('Kiểm toán nhà nước về tài chính, ngân sách', '%')).toBeNull();
    // "làm việc" and "đào tạo" make no "tạo việc làm"
    expect(indicatorKey('người đi làm việc ở nước ngoài đào tạo nghề', 'người')).toBeNull();
  });
  it('are remembered per indicator and unit: asked again, in any order, the same answers', () => {
    const asks: [string, string | null | undefined][] = [['Tỷ lệ hộ nghèo giảm', 'hộ'], ['Tỷ lệ hộ nghèo giảm', '%'], ['Tỷ lệ hộ nghèo giảm', null], ['Tỷ lệ hộ nghèo giảm', ''], ['Tỷ lệ hộ nghèo giảm', undefined]];
    const first = asks.map(([i, u]) => indicatorKey(i, u));
    expect(first).toEqual([null, 'poverty_rate_reduction', 'poverty_rate_reduction', null, 'poverty_rate_reduction']);
    expect([...asks].reverse().map(([i, u]) => indicatorKey(i, u))).toEqual([...first].reverse());
  });
});

describe('arithmetic checks', () => {
  const progress = (value: number, target: number, percent: number) => {
    const fields = { ...emptyFields('progress'), value, target_value: target, percent, relation: 'reached' as const, unit: 'đồng', target_unit: 'đồng' };
    return checkMatch({ start: 0, end: 1, fields, rule: 't' });
  };
  it('stays silent on 62/65 → 95%', () => expect(progress(62, 65, 95)).toEqual([]));
  it('fires on a wrong percentage', () => expect(progress(62, 65, 80)[0]).toMatch(PROGRESS_PERCENT));
  it('checks the percentage printed after a ratio', () => {
    const text = 'Có 15/45 trường (đạt 60%) đạt chuẩn.';
    const fields = { ...emptyFields('ratio'), achieved: 15, total: 45 };
    expect(checkMatch({ start: 3, end: 16, fields, rule: 't' }, text)[0]).toMatch(RATIO_PERCENT);
    expect(checkMatch({ start: 3, end: 16, fields, rule: 't' }, text.replace('60%', '33,3%'))).toEqual([]);
  });
});

// Floors on the shared gold (skipped without ../shared): place and period accuracy must not fall.
// Real-dev is measured twice: its bare .txt files, and as the crawler dump analysts get (url, title,
// date from its MANIFEST, built in a temporary file: no third-party text enters the repository).
describe('the unit a document speaks of', () => {
  for (const [rule, list] of Object.entries(cases.documentPlaces).filter(([k]) => k !== '_')) {
    for (const c of list as { text: string; url?: string; place: string | null; level?: string; parent?: string | null }[]) {
      it(`${rule}: ${c.text.trim().replace(/\n+/g, ' / ')}${c.url ? ` (${c.url})` : ''} → ${c.place ?? 'none'}`, () => {
        const doc = documentFromText(c.text);
        if (c.url) doc.meta.url = c.url; // as a crawler's record gives it
        const s = run(doc).statements[0];
        expect(s, 'the case must yield a statement').toBeDefined();
        expect({ place: s.place, level: s.place_level, parent: s.place_parent })
          .toEqual(c.place === null ? { place: null, level: null, parent: null } : { place: c.place, level: c.level, parent: c.parent });
      });
    }
  }
});

/** The statement of a case's text whose quote holds `quote` (the case must yield it). */
function statementQuoting(text: string, quote: string, published?: string) {
  const doc = documentFromText(text);
  if (published) doc.meta.published = published; // as a crawler's record gives it
  const s = run(doc).statements.find((x) => x.quote.includes(quote));
  expect(s, 'the case must yield the statement').toBeDefined();
  return s!;
}

describe('the place of one statement', () => {
  for (const [rule, list] of Object.entries(cases.statementPlaces).filter(([k]) => k !== '_')) {
    for (const c of list as { text: string; quote: string; place: string | null; level?: string }[]) {
      it(`${rule}: ${c.text.replace(/\n+/g, ' / ')} [${c.quote}] → ${c.place ?? 'none'}`, () => {
        const s = statementQuoting(c.text, c.quote);
        expect({ place: s.place, level: s.place_level }).toEqual(c.place === null ? { place: null, level: null } : { place: c.place, level: c.level });
      });
    }
  }
});

describe('places named in brackets', () => {
  const asides = (n: number) => {
    const text = 'Huyện Mai Châu (xã Tòng Đậu) đạt 5 tiêu chí, ((('.repeat(n);
    const mentions = Array.from({ length: n }, (_, i) => ({ place: 'Tòng Đậu', level: 'commune' as const, parent: null, start: i * 48 + 16, end: i * 48 + 27, explicit: true }));
    return { text, mentions };
  };
  it('speak for what the brackets say, found in linear time', () => {
    const { text, mentions } = asides(3);
    expect(inAsides(text, 0, text.length, mentions).map((m) => m.scope)).toEqual([0, 1, 2].map((i) => ({ from: i * 48 + 16, to: i * 48 + 27 })));
    const small = asides(20_000), large = asides(200_000);
    expectLinear((scale) => { const { text: t, mentions: m } = scale === 1 ? small : large; return inAsides(t, 0, t.length, m).length; });
  });
  // how many statements of a long sentence keep what `keeps` asks, at 1× and 10× its length
  const keptAtScale = (text: (n: number) => string, keeps: (s: Statement) => boolean) => {
    const small = text(200), large = text(2000);
    const kept = new Map<number, number>();
    expectLinear((scale) => kept.set(scale, run(documentFromText(scale === 1 ? small : large)).statements.filter(keeps).length), 30, 1);
    expect(kept.get(10)).toBeGreaterThan(5 * kept.get(1)!);
  };
  it('leave each statement of a long sentence its place in linear time', () => {
    // one unit named, then many asides: each statement looks past all of them to it
    keptAtScale((n) => 'Năm 2023, huyện Mai Châu: ' + 'tỷ lệ hộ nghèo 5% (xã Tòng Đậu 6%), '.repeat(n) + 'hết.\n', (s) => s.place === 'Mai Châu');
  }, 120_000);
  it('leave each statement of a long sentence of campaign names its place in linear time', () => {
    // every figure follows a campaign's quoted name opening on the country: each looks back past them all
    keptAtScale((n) => 'Năm 2023, tỉnh Hòa Bình: ' + 'phong trào “Cả nước chung tay” có tỷ lệ 5%, '.repeat(n) + 'hết.\n', (s) => s.place === 'Hoà Bình' || s.place === 'Hòa Bình');
  }, 120_000);
  it('leave each statement of a long sentence of bare commune names its commune in linear time', () => {
    // every clause opens on a commune of the document's district, named bare
    keptAtScale((n) => 'Sơ kết của Huyện ủy Tân Hồng\n\nNăm 2023, ' + 'Tân Công Chí đạt 5/19 tiêu chí, '.repeat(n) + 'hết.\n', (s) => s.place === 'Tân Công Chí');
  }, 120_000);
  it('leave each statement of a long sentence of dated asides its period in linear time', () => {
    // every aside holds a period and a figure of its own: each statement looks back past them for its own
    keptAtScale((n) => 'Năm 2023, sản lượng đạt 5 tấn ' + '(quý I đạt 2 tấn), sản lượng đạt 5 tấn '.repeat(n) + 'hết.\n', (s) => s.period_to === '2023-12-31');
  }, 120_000);
});

describe('the period of one statement', () => {
  for (const [rule, list] of Object.entries(cases.statementPeriods).filter(([k]) => k !== '_')) {
    for (const c of list as { text: string; quote: string; published?: string; from: string | null; to: string | null }[]) {
      it(`${rule}: ${c.text.replace(/\n+/g, ' / ')} [${c.quote}] → ${c.from ?? '…'}..${c.to ?? '…'}`, () => {
        const s = statementQuoting(c.text, c.quote, c.published);
        expect({ from: s.period_from, to: s.period_to }).toEqual({ from: c.from, to: c.to });
      });
    }
  }
});

describe('names with apostrophes', () => {
  it('are read in linear time, however many apostrophes follow a level word', () => {
    const inputs = (n: number) => ['xã H’Ra, '.repeat(n), 'xã ' + 'H’'.repeat(n), 'huyện Ea H\'Leo và xã Ia H\'Drai '.repeat(n)];
    const small = inputs(2000), large = inputs(20000);
    expectLinear((scale) => (scale === 1 ? small : large).map((t) => findMentions(t, 0, t.length, {}).length));
  });
});

describe('units a list names bare', () => {
  it('are read in linear time, however long the list or its head', () => {
    const inputs = (n: number) => ['Các xã: ' + 'Tam Hợp 5/19 tiêu chí, '.repeat(n), 'các xã' + ', xã'.repeat(n) + ' có 5 tiêu chí', 'Các xã: Tam Hợp ' + 'các xã: Tam Hợp '.repeat(n) + '5/19 tiêu chí', '7'.repeat(n * 10) + ' xã'.repeat(n) + ':',
      'các xã Tam Hợp giảm 7%, ' + 'Tam Hợp 5%, '.repeat(n), 'các xã Tam Hợp '.repeat(n) + 'giảm 7%'];
    const small = inputs(2000), large = inputs(20000);
    expectLinear((scale) => (scale === 1 ? small : large).map((t) => findListedMentions(t, 0, t.length, {}, []).length));
  });
});

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
describe.skipIf(!existsSync(`${SHARED}tools/score.mjs`))('place and period accuracy on the shared gold', () => {
  // made when a test first writes (a filtered run collects this block without running it, nor its afterAll)
  let scratch: string | undefined;
  const dir = () => (scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-context-')));
  afterAll(() => { if (scratch) fs.rmSync(scratch, { recursive: true, force: true }); });
  const score = (gold: string, inputs: string[]) => {
    const pred = execFileSync('node', ['bin/chitieu.js', 'extract', ...inputs], { maxBuffer: 1 << 28 }).toString();
    const file = path.join(dir(), 'pred.jsonl');
    fs.writeFileSync(file, pred);
    return JSON.parse(execFileSync('node', [`${SHARED}tools/score.mjs`, '--gold', gold, '--pred', file, '--json']).toString()).fields;
  };
  const realDev = () => fs.readdirSync(`${SHARED}real-dev/docs`).filter((f) => f.endsWith('.txt')).sort();
  it('seeds', () => {
    const f = score(`${SHARED}gold`, fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`));
    expect(f.place).toBeGreaterThanOrEqual(0.97);
    expect(f.period).toBeGreaterThanOrEqual(0.83);
  }, 120_000);
  it('real-dev as text files, their addresses and titles in the MANIFEST.tsv beside docs/', () => {
    const f = score(`${SHARED}real-dev/gold`, realDev().map((f) => `${SHARED}real-dev/docs/${f}`));
    expect(f.place).toBeGreaterThanOrEqual(0.916);
    expect(f.period).toBeGreaterThanOrEqual(0.938);
  }, 120_000);
  it('real-dev as text files alone (copied to a scratch folder without the manifest)', () => {
    const docs = path.join(dir(), 'bare-docs');
    fs.mkdirSync(docs, { recursive: true });
    for (const f of realDev()) fs.copyFileSync(`${SHARED}real-dev/docs/${f}`, path.join(docs, f));
    const f = score(`${SHARED}real-dev/gold`, realDev().map((f) => path.join(docs, f)));
    expect(f.place).toBeGreaterThanOrEqual(0.68);
    expect(f.period).toBeGreaterThanOrEqual(0.934);
  }, 120_000);
  it('real-dev as a crawler dump', () => {
    const manifest = fs.readFileSync(`${SHARED}real-dev/MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const lines = manifest.filter(([file]) => realDev().includes(file)).map(([file, url, , date, title]) => JSON.stringify({
      id: file, url, title: title.replace(/\s*\([^()]*\)\s*$/, ''), published: /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0],
      text: fs.readFileSync(`${SHARED}real-dev/docs/${file}`, 'utf8'),
    }));
    const dump = path.join(dir(), 'dump.jsonl');
    fs.writeFileSync(dump, lines.join('\n') + '\n');
    const f = score(`${SHARED}real-dev/gold`, [dump]);
    expect(f.place).toBeGreaterThanOrEqual(0.916);
    expect(f.period).toBeGreaterThanOrEqual(0.936);
  }, 120_000);
});
