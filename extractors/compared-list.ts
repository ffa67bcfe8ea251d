// A list of places' shares opened by a comparison with a plan: "… đạt khá so với kế hoạch đề ra như: Nam Mẫu 106%;
// Cao Thượng trên 101%", "… rất thấp so với chỉ tiêu được giao như: Phú Ninh (12,1%), Núi Thành (16,01%)". Each
// share, with no verb of its own, is that place's share of the plan the opener names. Part of progress/share.
import { WIDTH } from './knowledge/index.ts';
import { COMPARED_OPENER } from './language.ts';
import type { Quantity } from './numbers.ts';
import { quantityIndexAt } from './clause.ts';
import type { Reference, SentenceView } from './types.ts';

/** An item right before its share: a name in capitals and nothing else, the share maybe in brackets ("; Cao Thượng ", ", Phú Ninh ("). */
const NAMED_ITEM = /(?:^|[:;,)])[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+[\p{L}.'-]+){0,4}[ \t]*\(?[ \t]*$/u;

/** The plan a verbless share in a place's list is of, when the list opens on a comparison with that plan; else null. */
export function planComparedListItem(view: SentenceView, q: Quantity): Reference | null {
  if (q.unit !== '%') return null;
  const { text } = view;
  // read back no further than a list runs: a sentence without a colon costs no scan of all the text before it
  const from = Math.max(view.start, q.start - WIDTH.list);
  const colon = from + text.slice(from, q.start).lastIndexOf(':');
  if (colon < from) return null;
  const openerFrom = Math.max(view.start, colon - WIDTH.reference);
  const opener = COMPARED_OPENER.exec(text.slice(openerFrom, colon + 1));
  if (!opener || !NAMED_ITEM.test(text.slice(Math.max(colon, q.start - WIDTH.phrase), q.start))) return null;
  // every number between the colon and this share is a share of the list
  for (let i = quantityIndexAt(view, q.start) - 1; i >= 0 && view.quantities[i].start > colon; i--) if (view.quantities[i].unit !== '%') return null;
  const start = openerFrom + opener.index + opener[0].indexOf(opener[1]);
  return { start, end: start + opener[1].length, text: opener[1], apart: true };
}
