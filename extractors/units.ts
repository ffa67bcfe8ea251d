// The unit lexicon, built from extractors/knowledge/numbers.ts (see extractors/numbers/lexicon.ts).
export {
  isMoneyUnit, MAX_UNIT_WORDS, SCALE_FALSE_FRIENDS, SCALE_WORDS, UNIT_FALSE_FRIENDS, UNIT_KEY_PREFIXES, UNIT_LEXICON, unitKey, type UnitEntry,
} from './numbers/lexicon.ts';
