// How far the clause helpers look, in characters. Every backward or forward scan is bounded by one
// of these, which keeps the extractors linear in the text.

/** No subject runs longer than this; it also keeps every backward scan short. */
export const MAX_SUBJECT = 240;
/** The words right before a number: a verb, a preposition ("đạt ", "tại "). */
export const LEAD = 12;
/** A verb with its adverb before a number ("tăng thêm ", "tương ứng với "). */
export const VERB_BEFORE = 24;
/** A phrase before a number: a subject's head word, a rate's per-unit, a list of bodies. */
export const PHRASE_BEFORE = 80;
/** A short comparison after a number ("so với cùng kỳ năm trước"). */
export const COMPARISON_AFTER = 60;
/** Where a target in brackets may stand after a level (it may run past the sentence end). */
export const TARGET_AFTER = 160;
