// The Vietnamese the extractors know, in one place: every table with its role. Patterns are built
// from these tables (extractors/language.ts, the rules); a new plan word, verb or time word is added
// here and nowhere else. knowledge.test.ts checks that no form is listed twice, and that a form in
// two tables is declared below with the reason it plays both roles.
import * as clause from './clause.ts';
import * as measures from './measures.ts';
import * as plans from './plans.ts';
import * as time from './time.ts';
import * as verbs from './verbs.ts';

export * from './clause.ts';
export * from './measures.ts';
export * from './plans.ts';
export * from './time.ts';
export * from './verbs.ts';
export * from './widths.ts';
// The number reader's tables (units, currencies, scale words) join here as './numbers.ts'.

/**
 * A table of the lexicon says what its words mean (a plan, a verb of exceeding, a unit of time);
 * a table of the clause grammar says where a word stands (it ends a subject, it stops a noun phrase),
 * so it lists words of the lexicon again by design: its forms are checked for repeats only.
 */
export interface Table { name: string; role: string; forms: readonly string[]; grammar?: true }

/** Every word table, with the role its forms play. Derived lists (unions of these) are not tables. */
export const TABLES: readonly Table[] = [
  { name: 'PLAN_WORDS', role: 'a plan, target or resolution', forms: plans.PLAN_WORDS },
  { name: 'CONGRESS_RESOLUTION', role: 'a plan: the congress resolution', forms: plans.CONGRESS_RESOLUTION },
  { name: 'PLAN_SHORTHAND', role: 'a plan: shorthand', forms: plans.PLAN_SHORTHAND },
  { name: 'REFERENCE_EXTRA_HEADS', role: 'what a progress share is of', forms: plans.REFERENCE_EXTRA_HEADS },
  { name: 'PLAN_TITLE_EXTRA', role: 'a title that opens a plan', forms: plans.PLAN_TITLE_EXTRA },
  { name: 'PROGRESS_VERBS', role: 'a verb before a share of a plan', forms: verbs.PROGRESS_VERBS },
  { name: 'EXCEEDING_VERBS', role: 'a verb of exceeding a plan', forms: verbs.EXCEEDING_VERBS },
  { name: 'PLAN_MET_VERBS', role: 'a verb of a plan met or missed', forms: verbs.PLAN_MET_VERBS },
  { name: 'ESTIMATE_WORDS', role: 'an estimate marker', forms: verbs.ESTIMATE_WORDS },
  { name: 'RESULT_WORDS', role: 'a results marker', forms: verbs.RESULT_WORDS },
  { name: 'ACTION_VERBS', role: 'an administrative action before a count', forms: verbs.ACTION_VERBS },
  { name: 'TIME_UNITS', role: 'a unit of time', forms: time.TIME_UNITS },
  { name: 'PERIOD_BEFORE_PAIR', role: 'a word making A/B a date or period', forms: time.PERIOD_BEFORE_PAIR },
  { name: 'PAST_WORDS', role: 'a past period without a year', forms: time.PAST_WORDS },
  { name: 'PERIOD_WORDS', role: 'a period before a year', forms: time.PERIOD_WORDS },
  { name: 'NOT_LEVEL_UNITS', role: 'a unit that is no level', forms: measures.NOT_LEVEL_UNITS },
  { name: 'MEASURE_NOUN_HEADS', role: 'a measure unit naming its noun', forms: Object.keys(measures.MEASURE_NOUN_HEADS) },
  { name: 'SUBJECT_TRAILING', role: 'a word ending a subject', forms: clause.SUBJECT_TRAILING, grammar: true },
  { name: 'SUBJECT_LEADING', role: 'a word opening a clause, not its subject', forms: clause.SUBJECT_LEADING, grammar: true },
  { name: 'EMPTY_SUBJECT_WORDS', role: 'a word naming nothing alone', forms: clause.EMPTY_SUBJECT_WORDS, grammar: true },
  { name: 'PHRASE_STOP', role: 'a word ending a noun phrase', forms: clause.PHRASE_STOP, grammar: true },
  { name: 'PHRASE_FIRST_STOP', role: 'a word not opening a noun phrase', forms: clause.PHRASE_FIRST_STOP, grammar: true },
  { name: 'PHRASE_VERBS', role: 'a verb ending a noun phrase before a number', forms: clause.PHRASE_VERBS, grammar: true },
  { name: 'GROUP_WORDS', role: 'the head of a group in a list', forms: clause.GROUP_WORDS },
  { name: 'ACTOR_WORDS', role: 'who acts', forms: clause.ACTOR_WORDS },
  { name: 'NAME_WORDS', role: 'a word making a number part of a name', forms: clause.NAME_WORDS },
];

/** Forms listed in more than one table, each with why it plays both roles. */
export const SHARED_FORMS: readonly { forms: readonly string[]; tables: readonly [string, string]; reason: string }[] = [
  { tables: ['PROGRESS_VERBS', 'EXCEEDING_VERBS'], forms: ['vượt', 'tăng'], reason: 'a verb of exceeding introduces a share of the plan, and makes it "exceeded_by"' },
  { tables: ['PROGRESS_VERBS', 'PLAN_MET_VERBS'], forms: ['đạt', 'bằng', 'hoàn thành', 'vượt'], reason: 'the verb before a share of the plan, in a title, says the plan was met: a result, not a plan' },
  { tables: ['EXCEEDING_VERBS', 'PLAN_MET_VERBS'], forms: ['vượt'], reason: 'a plan exceeded is a plan met' },
  { tables: ['PROGRESS_VERBS', 'RESULT_WORDS'], forms: ['đạt được', 'thực hiện được'], reason: 'a verb of achievement brings a share and says that a sentence reports results' },
  { tables: ['TIME_UNITS', 'PERIOD_BEFORE_PAIR'], forms: ['năm', 'tháng', 'quý', 'ngày'], reason: 'a unit of time after a number; before "A/B" it makes a date ("ngày 30/4")' },
  { tables: ['TIME_UNITS', 'PERIOD_WORDS'], forms: ['năm'], reason: 'a unit of time after a number; before a year it names the period ("năm 2019")' },
  { tables: ['PERIOD_BEFORE_PAIR', 'PERIOD_WORDS'], forms: ['năm', 'giai đoạn'], reason: 'before "A/B" a period word makes a date; before a year it names the period' },
  { tables: ['PERIOD_BEFORE_PAIR', 'NOT_LEVEL_UNITS'], forms: ['kỳ', 'khóa', 'đợt'], reason: 'a term or round: before "A/B" a period ("khóa 2020/2021"), after a number a count that is no level' },
  { tables: ['PLAN_WORDS', 'PERIOD_WORDS'], forms: ['kế hoạch', 'KH'], reason: 'a plan is named by its year ("KH 2024"), which is the period spoken of' },
  { tables: ['PLAN_WORDS', 'NAME_WORDS'], forms: ['nghị quyết'], reason: 'a resolution sets plans, and a number right after the word is its number ("Nghị quyết 06")' },
  { tables: ['GROUP_WORDS', 'ACTOR_WORDS'], forms: ['ngành'], reason: '"ngành" heads a group in a list of sectors and names who acts ("ngành đã tiếp nhận")' },
];
