import { describe, expect, it } from 'vitest';
import { capDepth, parseHtml } from './cheerio.ts';

const textOf = (html: string) => {
  const out: string[] = [];
  const stack = [parseHtml(html)];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.data ?? '');
    for (const c of [...(n.children ?? [])].reverse()) stack.push(c);
  }
  return out.join('');
};

describe('capDepth: no tree deeper than the cap reaches the loader', () => {
  it('leaves ordinary pages exactly as they are', () => {
    const page = '<!doctype html><html><head><title>a <b> b</title><script>if (a < b) document.write("<div><div>")</script></head>'
      + '<body><!-- <div><div> --><div class="x>y"><p>một<p>hai<ul><li>a<li>b</ul><img src=x><br/></div></body></html>';
    expect(capDepth(page, 4)).toEqual({ html: page, dropped: 0 });
  });

  it('drops start and end tags beyond the cap and keeps every word of text', () => {
    const deep = (n: number) => `<body>${'<div>'.repeat(n)}Tỷ lệ hộ nghèo còn 1,2%.${'</div>'.repeat(n)}<p>sau</p></body>`;
    const capped = capDepth(deep(1000), 100);
    expect(capped.dropped).toBe(2 * (1000 - 99)); // <body> is one level
    expect(capped.html).toBe(`<body>${'<div>'.repeat(99)}Tỷ lệ hộ nghèo còn 1,2%.${'</div>'.repeat(99)}<p>sau</p></body>`);
    expect(textOf(deep(1000))).toBe('Tỷ lệ hộ nghèo còn 1,2%.sau');
    expect(parseHtml(deep(1000)).flattened).toBe(2 * (1000 - 511));
  });

  it('caps unclosed tags too, and grows its work with the input, not with its square', () => {
    const unclosed = (n: number) => `<body>${'<div><span><b>'.repeat(n)}chữ`;
    const small = capDepth(unclosed(1_000), 50);
    const large = capDepth(unclosed(10_000), 50);
    expect(small.html).toBe(large.html); // the same 49 levels kept
    expect(large.dropped).toBe(30_000 - 49);
    expect(textOf(unclosed(10_000))).toBe('chữ');
  });
});
