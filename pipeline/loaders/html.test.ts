import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import expected from '../../corpus/fixtures/real-html.expect.json' with { type: 'json' };
import seeds from '../../corpus/fixtures/expected-seeds.json' with { type: 'json' };
import { documentFromBytes } from '../load.ts';
import type { HtmlNode } from '../adapters/cheerio.ts';
import { parseHtml } from '../adapters/cheerio.ts';
import { loadHtml, MAX_HTML_BYTES } from './html.ts';
import { LoadError } from './loader.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'corpus/fixtures');
const REAL = path.resolve(ROOT, '../shared/real-html');
const load = (file: string) => loadHtml(readFileSync(file), file);

// What the portal template of make-fixtures.ts wraps around every article.
const PORTAL_BOILERPLATE = [
  'Trang chủ', 'Thời sự', 'Tìm kiếm', 'Phát triển kinh tế', 'In bài', 'Chia sẻ', 'Lượt xem', 'Từ khóa', 'Tin liên quan',
  'Thành phố Lai Châu ra quân làm sạch đường phố', 'Bình luận', 'Bài viết rất hay', 'Đọc nhiều nhất', 'Giá vàng hôm nay',
  'Quảng cáo', 'Cơ quan chủ quản', 'Bản quyền thuộc Báo Lai Châu', 'Thứ hai, 04/03/2024', 'dataLayer',
];

describe('HTML loader on the seed portal pages', () => {
  for (const seed of seeds) {
    it(`${seed.id}: article kept, portal dropped, metadata read`, async () => {
      const out = await load(path.join(FIX, 'html', `${seed.id}.html`));
      expect(out.meta?.title).toBe(seed.title);
      expect(out.meta?.published?.slice(0, 16) ?? null).toBe(seed.date);
      expect(out.meta?.site).toBe('Báo Lai Châu');
      expect(out.meta?.url).toBe(`https://baolaichau.vn/tin-tuc/${seed.id}.html`);
      expect(out.raw.split('\n')[0]).toBe(seed.title);
      expect(out.raw).toContain(seed.lead.replace(/\s+/g, ' '));
      expect(out.raw).toContain(seed.last.replace(/\s+/g, ' '));
      // the seeds carry some furniture of their own ("Bình luận"...): only the template's must go
      const seedText = readFileSync(path.join(ROOT, 'seeds', `${seed.id}.txt`), 'utf8');
      for (const b of PORTAL_BOILERPLATE) if (!seedText.includes(b)) expect(out.raw, b).not.toContain(b);
    });
  }

  it('reads an indicator table as one line per row, cells joined by " | "', async () => {
    const out = await load(path.join(FIX, 'html/indicator-table.html'));
    expect(out.raw).toContain('Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ (%)');
    expect(out.raw).toContain('Thu ngân sách trên địa bàn (tỷ đồng) | 2.150 | 2.318 | 107,8');
    expect(out.raw).not.toContain('© Cổng thông tin');
    expect(out.meta?.title).toBe('Kết quả thực hiện chỉ tiêu năm 2023');
  });

  it('decodes entities, the meta charset and legacy encodings', async () => {
    const html = '<html><head><meta charset="utf-8"><title>T</title></head><body><article><h1>Ti&ecirc;u &#273;&#7873;</h1>'
      + '<p>Thu ng&acirc;n s&aacute;ch &#273;&#7841;t 2.318 t&#7927; &#273;&#7891;ng, t&#259;ng 7,8% so v&#7899;i k&#7871; ho&#7841;ch &amp; d&#7921; to&aacute;n.</p></article></body></html>';
    const out = await loadHtml(Buffer.from(html), 'e.html');
    expect(out.raw).toContain('Thu ngân sách đạt 2.318 tỷ đồng, tăng 7,8% so với kế hoạch & dự toán.');
    for (const [file, code] of [['legacy/001.cp1258.html', 'windows-1258'], ['legacy/001.vni-font.html', 'VNI']]) {
      const legacy = await load(path.join(FIX, file));
      expect(legacy.raw).toContain(seeds[1].lead.replace(/\s+/g, ' '));
      expect(legacy.meta?.title).toBe(seeds[1].title);
      expect(legacy.diagnostics?.map((d) => d.message).join()).toContain(code);
    }
  });

  const para = (t: string) => `<p>${t} Tổng vốn đầu tư đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ, trong đó vốn ngân sách chiếm 40%.</p>`;
  const page = (between: string, body = para('Năm nay, huyện triển khai 25 công trình.') + para('Các xã hoàn thành kế hoạch.') + para('Thu ngân sách vượt dự toán.')) =>
    `<html><head><meta charset="utf-8"><title>Huyện hoàn thành kế hoạch đầu tư công</title></head><body><div class="main"><h1>Huyện hoàn thành kế hoạch đầu tư công</h1>${between}<div class="fck_detail">${body}</div></div></body></html>`;
  it('keeps a standfirst without a "sapo" class: the text block between headline and body', async () => {
    const lead = 'Năm 2024, huyện giải ngân hết vốn đầu tư công được giao, lần đầu tiên sau nhiều năm về đích trước hạn.';
    const out = await loadHtml(Buffer.from(page(`<h2 class="fon33">${lead} <a href="/x">» Tin cũ liên quan</a></h2>`)), 's.html');
    expect(out.raw.split('\n')[1]).toBe(lead);
  });
  it('takes no date line, link box or short label between headline and body for a standfirst', async () => {
    const between = '<div class="time-line">Thứ hai, 04/03/2024 08:00</div><div class="tags-box"><a href="/a">Đầu tư công năm 2024 của các huyện miền núi phía Bắc</a> <a href="/b">Giải ngân vốn</a></div><span>Kinh tế</span>';
    const out = await loadHtml(Buffer.from(page(between)), 's.html');
    expect(out.raw.split('\n')[1]).toMatch(/^Năm nay, huyện triển khai/);
  });
  it('reads a body that goes on in sibling blocks (pictures with captions), not the link box after it', async () => {
    const html = `<html><head><meta charset="utf-8"><title>Mùa lúa mới ở vùng cao</title></head><body><div class="wrap">`
      + '<div class="top"><h1>Mùa lúa mới ở vùng cao</h1><span>Cập nhật 12/10/2023</span></div>'
      + '<div><a href="/x">>> Tin cũ: vụ mùa năm trước</a></div>'
      + '<div>- Huyện gieo cấy vượt kế hoạch, năng suất cao nhất nhiều năm.</div>'
      + `<div>${para('Vụ mùa năm nay, huyện gieo cấy 12.000 ha lúa.')}${para('Năng suất bình quân ước đạt 55 tạ/ha.')}${para('Sản lượng tăng so với vụ trước.')}</div>`
      + '<div><span>Nông dân thu hoạch lúa trên ruộng bậc thang.</span></div>'
      + '<div><ul><li><a href="/a">Giá lúa tăng mạnh trong tuần qua ở đồng bằng</a></li><li><a href="/b">Chợ phiên vùng cao ngày cuối năm</a></li></ul></div>'
      + '<div>Theo Báo Nông thôn</div></div></body></html>';
    const out = await loadHtml(Buffer.from(html), 'b.html');
    expect(out.raw).toContain('Nông dân thu hoạch lúa trên ruộng bậc thang.');
    expect(out.raw).toContain('- Huyện gieo cấy vượt kế hoạch, năng suất cao nhất nhiều năm.');
    expect(out.raw.split('Mùa lúa mới ở vùng cao').length).toBe(2);
    expect(out.raw).not.toContain('Tin cũ');
    expect(out.raw).not.toContain('Giá lúa tăng mạnh');
    expect(out.raw).not.toContain('Theo Báo Nông thôn');
  });
  it('keeps the first post of a thread and drops the replies', async () => {
    const body = `<ol class="list"><li id="post-11">${para('Bài viết: huyện triển khai 25 công trình.')}</li><li id="post-12"><p>Trả lời: bài viết hay quá, cảm ơn tác giả nhiều nhé.</p></li><li id="post-13"><p>Trả lời: mình cũng thấy vậy, rất hữu ích cho mọi người.</p></li></ol>`;
    const out = await loadHtml(Buffer.from(page('', body)), 't.html');
    expect(out.raw).toContain('Bài viết: huyện triển khai 25 công trình.');
    expect(out.raw).not.toContain('Trả lời');
  });

  it('rejects random bytes named .html with a clear reason', async () => {
    await expect(load(path.join(FIX, 'bad/random.html'))).rejects.toThrow(LoadError);
    await expect(documentFromBytes(Buffer.alloc(0), 'empty.html')).rejects.toThrow(/empty/);
  });

  it('reads a page nested 10,000 levels deep without blowing the stack', async () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>Năm 2023, thu ngân sách đạt 2.318 tỷ đồng, tăng 7,8% so với năm trước.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const out = await loadHtml(Buffer.from(deep), 'deep.html');
    expect(out.raw).toContain('thu ngân sách đạt 2.318 tỷ đồng');
  });

  it('reads the first part of a 20 MB page, with a diagnostic, in bounded memory', async () => {
    const para = '<p>Năm 2023, tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 9,2%, thu ngân sách đạt 2.318 tỷ đồng.</p>\n';
    const big = Buffer.from(`<html><head><meta charset="utf-8"><title>Trang lớn</title></head><body><div class="content">${para.repeat(Math.ceil(20e6 / Buffer.byteLength(para)))}</div></body></html>`);
    expect(big.length).toBeGreaterThanOrEqual(20e6);
    const before = process.memoryUsage().rss;
    const out = await loadHtml(big, 'big.html');
    expect(out.diagnostics?.map((d) => d.code)).toContain('html/truncated');
    expect(out.raw.length).toBeGreaterThan(MAX_HTML_BYTES / 4);
    expect(process.memoryUsage().rss - before).toBeLessThan(1.5e9);
  }, 60_000);

});

// The expectations for the real pages are fingerprints ("N:HEX", see the file's "about"), so the
// repository holds no text of those pages: a snippet is found when some window of N code units of
// the normalized text hashes to HEX.
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
/** The fingerprint of a text (what real-html.expect.json stores instead of the text). */
const fingerprint = (s: string) => `${normalize(s).length}:${sha256(normalize(s))}`;
/** Which fingerprints occur somewhere in text (every window of each fingerprint's length is hashed once). */
function occurring(text: string, prints: string[]): Set<string> {
  const t = normalize(text);
  const found = new Set<string>();
  for (const n of new Set(prints.map((p) => Number(p.split(':')[0])))) {
    const wanted = new Set(prints.filter((p) => Number(p.split(':')[0]) === n));
    for (let i = 0; i + n <= t.length && found.size < prints.length; i++) {
      const p = `${n}:${sha256(t.slice(i, i + n))}`;
      if (wanted.has(p)) found.add(p);
    }
  }
  return found;
}

describe('real-html.expect.json', () => {
  it('holds fingerprints only, no text of the pages', () => {
    const pages = Object.values(expected.pages);
    expect(pages.length).toBe(15);
    for (const e of pages) for (const p of [e.title, ...e.keep, ...e.drop]) expect(p).toMatch(/^\d+:[0-9a-f]{64}$/);
  });
  it('finds a fingerprinted snippet in a text, and not in a text without it', () => {
    const p = fingerprint('chín   con  cá bơi qua ao');
    expect(occurring('Sáng nay chín con cá bơi qua ao nhà.', [p]).has(p)).toBe(true);
    expect(occurring('Sáng nay chín con cá bơi qua hồ nhà.', [p]).has(p)).toBe(false);
  });
});

describe.skipIf(!existsSync(REAL))('HTML loader on real Vietnamese news pages (../shared/real-html)', () => {
  for (const [file, e] of Object.entries(expected.pages)) {
    it(`${file}: exact title, date, body kept, boilerplate gone`, async () => {
      const out = await load(path.join(REAL, file));
      const title = out.meta?.title ?? '';
      expect(`${title.length}:${sha256(title)}`, 'title (fingerprint of the exact title)').toBe(e.title);
      if (e.published) expect(out.meta?.published?.slice(0, 10)).toBe(e.published);
      const found = occurring(out.raw, [...e.keep, ...e.drop]);
      e.keep.forEach((k, i) => expect(found.has(k), `keep #${i + 1} (${k})`).toBe(true));
      e.drop.forEach((d, i) => expect(found.has(d), `drop #${i + 1} (${d})`).toBe(false));
    });
  }
});

// General checks on every real page, beyond the pinned snippets above.
/** The longest text run of each element with a post id ("post-123"). */
function postTexts(html: string): string[] {
  const out: string[] = [];
  const stack: HtmlNode[] = [parseHtml(html)];
  while (stack.length) {
    const n = stack.pop()!;
    if (/^post-\d+$/.test(n.attribs?.id ?? '')) {
      const runs: string[] = [];
      const inner: HtmlNode[] = [n];
      while (inner.length) {
        const k = inner.pop()!;
        if (k.type === 'text') runs.push((k.data ?? '').replace(/\s+/g, ' ').trim());
        else if (k.name !== 'script' && k.name !== 'style') inner.push(...(k.children ?? []));
      }
      const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length >= 15) out.push(longest);
      continue;
    }
    stack.push(...(n.children ?? []));
  }
  return out;
}
const realPages = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.html')) : [];
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
describe.skipIf(!realPages.length)('HTML loader: general checks on real pages', () => {
  for (const file of realPages) {
    it(`${file}: titled, dated as printed, standfirst kept, one post of a thread`, async () => {
      const html = readFileSync(path.join(REAL, file), 'utf8');
      const out = await load(path.join(REAL, file));
      const title = out.meta?.title ?? '';
      expect(title.length).toBeGreaterThan(5);
      expect(title).not.toMatch(/\s[|–-]\s*(?:VnExpress|Dân trí|Zing|Tinhte|GenK|Soha)/i);
      expect(out.raw.split('\n')[0]).toBe(title);
      // a date is the page's own local date: printed in the page as dd/mm/yyyy (or its stamp)
      const d = out.meta?.published;
      if (d) {
        const [y, m, day] = d.slice(0, 10).split('-');
        const printed = new RegExp(`(?<!\\d)0?${+day}/0?${+m}/(?:${y}|${y.slice(2)})(?!\\d)|${d.slice(0, 10)}`);
        expect(decode(html)).toMatch(printed);
      }
      // the standfirst the page announces in its description, when the page prints it, is kept
      const desc = /<meta[^>]+(?:name|property)="(?:og:)?description"[^>]+content="([^"]{60,})"/i.exec(html)?.[1];
      if (desc) {
        const head = decode(desc).replace(/\s+/g, ' ').slice(0, 40);
        const visible = decode(html.replace(/<meta[^>]*>/gi, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
        if (visible.split(head).length > 1) expect(out.raw.replace(/\s+/g, ' ')).toContain(head);
      }
      // replies of a thread are not the article: at most one post of a thread is kept
      const kept = postTexts(html).filter((t) => out.raw.replace(/\s+/g, ' ').includes(t));
      expect(kept.length).toBeLessThanOrEqual(1);
    });
  }
});
