// The portal around an article: tags never read (scripts, forms, nav, media), hidden elements, and
// boxes whose class or id names them (menus, related lists, comments, share bars, ads, footers).
import type { HtmlNode } from '../../adapters/cheerio.ts';

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'canvas', 'button', 'input', 'select', 'textarea',
  'nav', 'footer', 'aside', 'template', 'object', 'embed', 'map', 'video', 'audio', 'link', 'meta', 'head', 'title',
  'img', 'picture', 'source', 'menu', 'dialog',
]);

// Boilerplate by class or id. Each alternative is a plain word: the regex is linear.
export const BOILERPLATE = /(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|crumbs?|related|relate|relates|lienquan|tinlienquan|tin-lien-quan|tinkhac|other|others|more|most|mostread|mostview|xemnhieu|docnhieu|xem-nhieu|doc-nhieu|top-news|hot|comments?|binhluan|binh-luan|comment-box|share|sharing|social|socials|likes?|tags?|tag-list|keywords?|banner|ads?|adv|advert|advertisement|advertising|quangcao|qc|sponsor|print|rating|counter|views?|luotxem|luot-xem|subscribe|newsletter|footer|foot|widget|poll|popup|modal|login|search|pagination|paging|toolbar|tool|tools|fontsize|font-size|cookie|header|topbar|top-bar|bottom|copyright|logo|weather|thoitiet|gold|giavang|stock|video-list|box-video|readmore|follow|zalo|facebook|fb|twitter|tinmoi|tin-moi|newest|latest|category-list|list-news|listnews|box-news|boxnews|box-tin|subcate|sub-cate)(?:$|[\s_-])/i;
// Content hints: these win over a boilerplate word in the same class list.
export const CONTENT_HINT = /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|content-detail|detail-content|detail|chitiet|noidung|fck_detail|fck|entry|entry-content|post-content|post-body|main-content|news-content|body-text|story|cms-body|singular|maincontent|contentdetail|newsdetail|news-detail|detail__content|txtcontent|text-content)(?:$|[\s_-])/i;

export function classAndId(n: HtmlNode): string {
  const a = n.attribs;
  if (!a) return '';
  return `${a.class ?? ''} ${a.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
}

function isHidden(n: HtmlNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if ('hidden' in a || a['aria-hidden'] === 'true' || a.itemprop === 'aggregateRating') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isElement(n: HtmlNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

// Words that never name the main column, used when the full list found too little.
const STRONG_BOILERPLATE = /(?:^|[\s_-])(?:footer|comments?|binhluan|binh-luan|related|relate|lienquan|tinlienquan|tin-lien-quan|breadcrumbs?|menu|navbar|banner|ads|advert|advertisement|quangcao|copyright|mostread|mostview|xemnhieu|docnhieu)(?:$|[\s_-])/i;

/** The lighter filter of the second pass: tags, hidden elements and unmistakable boilerplate. */
export function isSkippedTag(n: HtmlNode): boolean {
  if (!isElement(n)) return false;
  if (SKIP_TAGS.has(n.name!) || isHidden(n)) return true;
  const ci = classAndId(n);
  return ci.length > 1 && STRONG_BOILERPLATE.test(ci) && !CONTENT_HINT.test(ci);
}

/** Skipped wholesale: scripts, forms, nav..., hidden, and class/id boilerplate without a content hint. */
export function isBoilerplate(n: HtmlNode): boolean {
  if (!isElement(n)) return false;
  if (SKIP_TAGS.has(n.name!)) return true;
  if (isHidden(n)) return true;
  const ci = classAndId(n);
  return ci.length > 1 && BOILERPLATE.test(ci) && !CONTENT_HINT.test(ci);
}
