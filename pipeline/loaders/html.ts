// HTML pages: charset, then the article itself (headline, lead, body paragraphs, lists, tables)
// without the portal around it (menus, breadcrumbs, related and most-read lists, comments, share
// bars, counters, footers, ads), and the page's metadata. Every walk over the tree is iterative,
// so a page nested 10,000 levels deep is read like any other.
//
// The steps, each in its module under html/: furniture.ts (the portal's boxes), article.ts (which
// element holds the article), lines.ts (its text, line by line), metadata.ts (title, site, author),
// lead.ts (the standfirst above the body), dateline.ts (the date the page prints).
import type { Diagnostic, DocumentMeta } from '../document.ts';
import { MAX_DEPTH, parseHtml } from '../adapters/cheerio.ts';
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';
import { decodeBytes } from './encoding.ts';
import { articleNodes, findContent } from './html/article.ts';
import { publishedDate } from './html/dateline.ts';
import { leadText } from './html/lead.ts';
import { linesOf } from './html/lines.ts';
import { bylineAuthor, collectMeta, headline } from './html/metadata.ts';
import { walk } from './html/tree.ts';

export { cleanTitle } from './html/metadata.ts';

/** Pages above this size are cut before parsing: no article is this long, and memory stays bounded. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

/** The charset a page declares in its first bytes: <meta charset>, or http-equiv Content-Type. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

export interface HtmlExtract { raw: string; meta: Partial<DocumentMeta>; diagnostics: Diagnostic[] }

/** Article text and metadata from decoded HTML. */
export function extractArticle(html: string): HtmlExtract {
  const diagnostics: Diagnostic[] = [];
  const root = parseHtml(html);
  if (root.flattened) {
    diagnostics.push({ code: 'html/too-deep', stage: 'load', message: `${root.flattened} tags nested deeper than ${MAX_DEPTH} levels were left out (their text kept)` });
  }
  const page = collectMeta(root);
  const { stats, pick } = findContent(root);
  const content = pick?.node ?? null;
  const meta = page.meta;
  meta.title = headline(page);

  let body: string[] = content ? articleNodes(content, stats, pick!.score).flatMap((n) => linesOf(n, stats)) : [];
  if (!content || body.join('').length < 50) {
    diagnostics.push({ code: 'html/no-article', stage: 'load', message: 'no article body found; the page text is used as it is' });
    const bodyNode = [...walk(root)].find((n) => n.name === 'body') ?? root;
    body = linesOf(bodyNode, stats);
  }

  // headline and lead usually sit above the body container
  const head: string[] = [];
  if (meta.title && !body.slice(0, 3).some((l) => l === meta.title)) head.push(meta.title);
  const lead = leadText(page, stats, content);
  if (lead && !body.slice(0, 3).includes(lead)) head.push(lead);

  meta.published = publishedDate(root, page, stats, content, body);
  if (!meta.author) meta.author = bylineAuthor(page);
  const raw = [...head, ...body].join('\n');
  return { raw, meta, diagnostics };
}

export const loadHtml: Loader = async (bytes, source) => {
  if (bytes.length === 0) throw new LoadError(source, 'empty file');
  const cut = bytes.length > MAX_HTML_BYTES;
  let end = Math.min(bytes.length, MAX_HTML_BYTES);
  while (cut && end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // never cut inside a UTF-8 sequence
  const decoded = decodeBytes(cut ? bytes.subarray(0, end) : bytes, source, declaredCharset(bytes));
  if (!/<[a-z!/]/i.test(decoded.text.slice(0, 65536))) throw new LoadError(source, 'not HTML: no markup in the first 64 KB');
  const diagnostics = [...decoded.diagnostics];
  if (cut) diagnostics.push({ code: 'html/truncated', stage: 'load', message: `page larger than ${MAX_HTML_BYTES} bytes: only the first part was read` });
  const article = extractArticle(decoded.text);
  diagnostics.push(...article.diagnostics);
  if (!article.raw.trim()) throw new LoadError(source, 'HTML page without any text');
  return { raw: article.raw, meta: article.meta, diagnostics };
};
