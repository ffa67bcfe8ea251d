// Vietnamese number normalizer: finds quantities (qualifier + number or range + scale + unit) in text.
// "." groups thousands and "," marks decimals; scale words (nghìn, triệu, tỷ, ...) fold into the value;
// dates, periods, document numbers, phone numbers, A/B pairs and footnote markers are not quantities.
// The reader lives in extractors/numbers/ (digits, words, units, context, scanner), its words in
// extractors/knowledge/numbers.ts; this module is its public face.
export { AMBIGUOUS_DECIMAL, DECIMAL_COMMA_BY_STYLE, type Quantity } from './numbers/quantity.ts';
export { findQuantities, quantitiesIn } from './numbers/scanner.ts';
export { parseDigits, parseNumber } from './numbers/digits.ts';
export { parseNumberWords } from './numbers/words.ts';
export { readUnit } from './numbers/units.ts';
