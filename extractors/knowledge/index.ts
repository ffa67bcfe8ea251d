// The Vietnamese the extractors know, in one place: every table with its role. Patterns are built
// from these tables (extractors/language.ts, the rules); a new plan word, verb or time word is added
// here and nowhere else. knowledge.test.ts checks that no form is listed twice, and that a form in
// two tables is declared below with the reason it plays both roles.
import * as clause from './clause.ts';
import * as measures from './measures.ts';
import { CLASS_BOUND_WORDS, HOMES, ITEM_MEASURES, MONEY_SCALES, NUMBER_TABLES, ORDINAL_WORDS, RATE_PERIODS, RATE_POPULATIONS } from './numbers.ts';
import * as plans from './plans.ts';
import * as time from './time.ts';
import * as verbs from './verbs.ts';

export * from './clause.ts';
export * from './measures.ts';
export * from './numbers.ts';
export * from './plans.ts';
export * from './time.ts';
export * from './verbs.ts';
export * from './widths.ts';

/**
 * Three families, each checked on its own: the lexicon says what words mean in a clause (a plan, a
 * verb of exceeding); the units (knowledge/numbers.ts) what a word after a number is (a currency,
 * a counted noun), so "kế hoạch" is a plan word and a counted noun; the clause grammar where a word
 * stands (it ends a subject, it stops a noun phrase), so it lists words of the lexicon again by
 * design and is checked for repeats only.
 */
export type Family = 'lexicon' | 'units' | 'grammar';
export interface Table { name: string; role: string; forms: readonly string[]; family: Family }

/** Every word table, with the role its forms play. Derived lists (unions of these) are not tables. */
export const TABLES: readonly Table[] = [
  { name: 'GOAL_WORDS', role: 'a target named in target talk', forms: plans.GOAL_WORDS, family: 'lexicon' },
  { name: 'TASK_WORDS', role: 'a task a plan sets, counted like its targets', forms: plans.TASK_WORDS, family: 'lexicon' },
  { name: 'DOCUMENT_TYPES', role: 'what an official document is, on the line above its title', forms: plans.DOCUMENT_TYPES, family: 'grammar' },
  { name: 'PLAN_DOCUMENTS', role: 'a plan or resolution', forms: plans.PLAN_DOCUMENTS, family: 'lexicon' },
  { name: 'CONGRESS_RESOLUTION', role: 'a plan: the congress resolution', forms: plans.CONGRESS_RESOLUTION, family: 'lexicon' },
  { name: 'PLAN_SHORTHAND', role: 'a plan: shorthand', forms: plans.PLAN_SHORTHAND, family: 'lexicon' },
  { name: 'REFERENCE_EXTRA_HEADS', role: 'what a progress share is of', forms: plans.REFERENCE_EXTRA_HEADS, family: 'lexicon' },
  { name: 'PLAN_TITLE_WORDS', role: 'a title or heading word naming plans', forms: plans.PLAN_TITLE_WORDS, family: 'lexicon' },
  { name: 'AIM_TITLE_WORDS', role: 'a title word aiming at a year\'s goals', forms: plans.AIM_TITLE_WORDS, family: 'lexicon' },
  { name: 'REVIEW_TITLE_WORDS', role: 'a title word naming a review of a period', forms: plans.REVIEW_TITLE_WORDS, family: 'lexicon' },
  { name: 'STRIVE_WORDS', role: 'a word opening target talk', forms: plans.STRIVE_WORDS, family: 'lexicon' },
  { name: 'PROGRESS_VERBS', role: 'a verb before a share of a plan', forms: verbs.PROGRESS_VERBS, family: 'lexicon' },
  { name: 'PLAN_DONE_VERBS', role: 'a verb of doing before a share with its plan right after it', forms: verbs.PLAN_DONE_VERBS, family: 'lexicon' },
  { name: 'EXCEEDING_VERBS', role: 'a verb of exceeding a plan', forms: verbs.EXCEEDING_VERBS, family: 'lexicon' },
  { name: 'PLAN_MET_VERBS', role: 'a verb of a plan met or missed', forms: verbs.PLAN_MET_VERBS, family: 'lexicon' },
  { name: 'COMPLETION_VERBS', role: 'a verb of work finished at places counted after "tại"', forms: verbs.COMPLETION_VERBS, family: 'lexicon' },
  { name: 'CONCESSIVE_WORDS', role: 'a report\'s concession, which no paragraph of goals holds', forms: verbs.CONCESSIVE_WORDS, family: 'grammar' },
  { name: 'OCCURRENCE_VERBS', role: 'a verb of an outbreak at places counted after "tại"', forms: verbs.OCCURRENCE_VERBS, family: 'lexicon' },
  { name: 'REPORTING_VERBS', role: 'a verb of saying before a colon', forms: verbs.REPORTING_VERBS, family: 'lexicon' },
  { name: 'DIRECTIVE_WORDS', role: 'a word asking for work: the plans listed after it are to be met', forms: verbs.DIRECTIVE_WORDS, family: 'grammar' },
  { name: 'PLAN_MET_ADVERBS', role: 'how well a plan was met, between its verb and the plan word', forms: verbs.PLAN_MET_ADVERBS, family: 'grammar' },
  { name: 'SHARE_NOUNS', role: 'a share\'s noun between its verb and its figure', forms: measures.SHARE_NOUNS, family: 'grammar' },
  { name: 'GROWTH_HEADS', role: 'a rate of growth named: its percentage is its level', forms: measures.GROWTH_HEADS, family: 'grammar' },
  { name: 'DATED_STANDARDS', role: 'a standard named by the span it holds for, which dates no figure', forms: time.DATED_STANDARDS, family: 'grammar' },
  { name: 'MONTH_COUNT_WORDS', role: 'a count of months spelled out before "tháng đầu/cuối năm" or "tháng qua"', forms: Object.keys(time.MONTH_COUNT_WORDS), family: 'grammar' },
  { name: 'ORDINAL_WORDS', role: 'an ordinal with no cardinal use: a rank after "thứ"', forms: Object.keys(ORDINAL_WORDS), family: 'grammar' },
  { name: 'RATE_POPULATIONS', role: 'the people a bare rate is given per ("500/100.000 trẻ")', forms: RATE_POPULATIONS, family: 'lexicon' },
  { name: 'RATE_PERIODS', role: 'the period a measure is given per after the thing it measures ("tấn rác/ngày")', forms: RATE_PERIODS, family: 'grammar' },
  { name: 'TAKING_VERBS', role: 'a verb of seizing, collecting or destroying goods, before a weight of its noun', forms: verbs.TAKING_VERBS, family: 'grammar' },
  { name: 'LAND_VERBS', role: 'a verb of land administration, before an area of its noun', forms: verbs.LAND_VERBS, family: 'grammar' },
  { name: 'PRODUCTION_VERBS', role: 'a verb of growing, taking out or building, before a measure of its noun', forms: verbs.PRODUCTION_VERBS, family: 'grammar' },
  { name: 'PROGRAMME_VERBS', role: 'what a programme gives the things a count opening its clause counts, after "được"', forms: verbs.PROGRAMME_VERBS, family: 'grammar' },
  { name: 'DAMAGE_WORDS', role: 'what a disaster did to the things a count counts, after their noun', forms: verbs.DAMAGE_WORDS, family: 'grammar' },
  { name: 'EVENT_UNITS', role: 'a unit of events, a level only when an action verb counts it', forms: measures.EVENT_UNITS, family: 'grammar' },
  { name: 'ITEM_MEASURES', role: 'a measure word counting whole things, counted after an action verb', forms: ITEM_MEASURES, family: 'grammar' },
  { name: 'DAMAGED_THINGS', role: 'a measure word counting things a disaster can damage', forms: verbs.DAMAGED_THINGS, family: 'grammar' },
  { name: 'DONE_BY_COUNTED_VERBS', role: 'what the things a count opening its clause counts have done or have, after "đã"', forms: verbs.DONE_BY_COUNTED_VERBS, family: 'grammar' },
  { name: 'RESPECTIVELY_WORDS', role: 'a word sending the figures after it one to each thing named before', forms: verbs.RESPECTIVELY_WORDS, family: 'grammar' },
  { name: 'CHANGE_ADVERBS', role: 'a word between a change verb and its number', forms: verbs.CHANGE_ADVERBS, family: 'grammar' },
  { name: 'ESTIMATE_WORDS', role: 'an estimate marker', forms: verbs.ESTIMATE_WORDS, family: 'lexicon' },
  { name: 'RESULT_WORDS', role: 'a results marker', forms: verbs.RESULT_WORDS, family: 'lexicon' },
  { name: 'ACTION_VERBS', role: 'an administrative action before a count', forms: verbs.ACTION_VERBS, family: 'lexicon' },
  { name: 'ACTION_ADVERBS', role: 'how an action was done, between its verb and its count', forms: verbs.ACTION_ADVERBS, family: 'grammar' },
  { name: 'SCHEDULE_UNITS', role: 'a unit making A/B a schedule', forms: time.SCHEDULE_UNITS, family: 'lexicon' },
  { name: 'PERIOD_BEFORE_PAIR', role: 'a word making A/B a date or period', forms: time.PERIOD_BEFORE_PAIR, family: 'lexicon' },
  { name: 'PRESENT_WORDS', role: 'now, a time already reached', forms: time.PRESENT_WORDS, family: 'grammar' },
  { name: 'PAST_WORDS', role: 'a past period without a year', forms: time.PAST_WORDS, family: 'lexicon' },
  { name: 'PERIOD_WORDS', role: 'a period before a year', forms: time.PERIOD_WORDS, family: 'lexicon' },
  { name: 'PAGE_COUNTER_WORDS', role: 'a web page\'s counter of its readers, before a colon', forms: measures.PAGE_COUNTER_WORDS, family: 'grammar' },
  { name: 'NOT_LEVEL_UNITS', role: 'a unit that is no level', forms: measures.NOT_LEVEL_UNITS, family: 'lexicon' },
  { name: 'INDICATOR_HEADS', role: 'a word heading an indicator', forms: measures.INDICATOR_HEADS, family: 'lexicon' },
  { name: 'LIST_OPENERS', role: 'a word opening a list of items after it', forms: clause.LIST_OPENERS, family: 'grammar' },
  { name: 'AMOUNT_HEADS', role: 'an amount, never a rate: a share right after it is of a plan', forms: measures.AMOUNT_HEADS, family: 'grammar' },
  { name: 'LIST_HEAD_NOUNS', role: 'a measure heading a list that names places', forms: measures.LIST_HEAD_NOUNS, family: 'grammar' },
  { name: 'CLASS_BOUND_WORDS', role: 'a word bounding a class of things in a label before its count', forms: CLASS_BOUND_WORDS, family: 'grammar' },
  { name: 'PLACE_ALTERNATIVES', role: 'a kind of place a slash lists with others as one kind, counted', forms: measures.PLACE_ALTERNATIVES, family: 'grammar' },
  { name: 'LIST_HEAD_STOPS', role: 'a word ending a list head\'s name', forms: measures.LIST_HEAD_STOPS, family: 'grammar' },
  { name: 'INDICATOR_OPENERS', role: 'a word opening an indicator name only', forms: measures.INDICATOR_OPENERS, family: 'lexicon' },
  { name: 'BUDGET_ITEMS', role: 'what a budget is collected or spent on', forms: measures.BUDGET_ITEMS, family: 'lexicon' },
  { name: 'AVERAGE_WORDS', role: 'a word of an average before a rate per unit', forms: measures.AVERAGE_WORDS, family: 'lexicon' },
  { name: 'MEASURE_WORDS', role: 'a measure word that names no indicator alone', forms: measures.MEASURE_WORDS, family: 'lexicon' },
  { name: 'BALANCE_WORDS', role: 'a balance, standing at a day', forms: measures.BALANCE_WORDS, family: 'lexicon' },
  { name: 'PRICE_BAND_NOUNS', role: 'a noun after which a price above or below a figure is a band', forms: measures.PRICE_BAND_NOUNS, family: 'lexicon' },
  { name: 'EQUIVALENT_WORDS', role: 'words opening brackets that restate the figure before in another unit', forms: measures.EQUIVALENT_WORDS, family: 'grammar' },
  { name: 'TOTAL_ROW_LABELS', role: 'a table row label naming the whole table', forms: measures.TOTAL_ROW_LABELS, family: 'lexicon' },
  { name: 'SHARE_OF_COUNT_VERBS', role: 'a verb opening a share in brackets after a count', forms: verbs.SHARE_OF_COUNT_VERBS, family: 'grammar' },
  { name: 'LINKING_VERBS', role: 'a linking verb before a level', forms: verbs.LINKING_VERBS, family: 'lexicon' },
  { name: 'LINK_QUALIFIERS', role: 'a word between a linking verb and its level', forms: verbs.LINK_QUALIFIERS, family: 'grammar' },
  { name: 'TOTAL_WORDS', role: 'a total named as such between "có" and its count', forms: verbs.TOTAL_WORDS, family: 'grammar' },
  { name: 'MEASURE_NOUN_HEADS', role: 'a measure unit naming its noun', forms: Object.keys(measures.MEASURE_NOUN_HEADS), family: 'lexicon' },
  { name: 'MONEY_NOUNS', role: 'a noun that says it is money, naming an amount before it alone', forms: measures.MONEY_NOUNS, family: 'lexicon' },
  { name: 'AMOUNT_NOUN_HEADS', role: 'a unit of money naming the phrase after an amount whose clause names nothing', forms: Object.keys(measures.AMOUNT_NOUN_HEADS), family: 'lexicon' },
  { name: 'SUBJECT_TRAILING', role: 'a word ending a subject', forms: clause.SUBJECT_TRAILING, family: 'grammar' },
  { name: 'BREAKDOWN_WORDS', role: 'a word opening the breakdown of a figure just given', forms: clause.BREAKDOWN_WORDS, family: 'grammar' },
  { name: 'WITH_COMPOUNDS', role: 'a word making "với" a comparison or a partner', forms: clause.WITH_COMPOUNDS, family: 'grammar' },
  { name: 'CLAUSE_VERBS', role: 'a verb making the words before a comma a clause of their own', forms: clause.CLAUSE_VERBS, family: 'grammar' },
  { name: 'LONG_NAME_HEADS', role: 'the head of a name that runs on over commas', forms: clause.LONG_NAME_HEADS, family: 'grammar' },
  { name: 'JOINED_UNIT_NOUNS', role: 'an administrative unit a comma joins to another into one plural noun', forms: clause.JOINED_UNIT_NOUNS, family: 'grammar' },
  { name: 'RANK_WITH_HEADS', role: 'a place in a ranking, before "với" and what it ranks by', forms: clause.RANK_WITH_HEADS, family: 'grammar' },
  { name: 'TOPIC_PARTICLES', role: 'a particle after which a subject starts', forms: clause.TOPIC_PARTICLES, family: 'grammar' },
  { name: 'SUPERLATIVE_HEADS', role: 'an adjective that with "nhất là" names the item after it', forms: clause.SUPERLATIVE_HEADS, family: 'grammar' },
  { name: 'MEASURE_ADJECTIVES', role: 'a measure of the noun before a comma, which names nothing alone', forms: clause.MEASURE_ADJECTIVES, family: 'grammar' },
  { name: 'THRESHOLD_WORDS', role: 'a word making the figure before it a threshold in a name', forms: clause.THRESHOLD_WORDS, family: 'grammar' },
  { name: 'BODY_HEADS', role: 'the capitalised first word of a body\'s name (a ministry, a department)', forms: clause.BODY_HEADS, family: 'grammar' },
  { name: 'SUBJECT_TRAILING_ADVERBS', role: 'an adverb between a subject and its verb', forms: clause.SUBJECT_TRAILING_ADVERBS, family: 'grammar' },
  { name: 'ADVERB_COMPOUNDS', role: 'a word that ends in an adverb and is none', forms: clause.ADVERB_COMPOUNDS, family: 'grammar' },
  { name: 'NOT_PLAN_COMPOUNDS', role: 'a compound opening on a plan word that names no plan', forms: plans.NOT_PLAN_COMPOUNDS, family: 'grammar' },
  { name: 'SUBJECT_LEADING', role: 'a word opening a clause, not its subject', forms: clause.SUBJECT_LEADING, family: 'grammar' },
  { name: 'MEANS_OPENERS', role: 'a word opening a clause on the means, up to its comma', forms: clause.MEANS_OPENERS, family: 'grammar' },
  { name: 'EMPTY_SUBJECT_WORDS', role: 'a word naming nothing alone', forms: clause.EMPTY_SUBJECT_WORDS, family: 'grammar' },
  { name: 'NOT_LINE_LABELS', role: 'a lead-in or a speaker before a line\'s colon, no label of its counts', forms: clause.NOT_LINE_LABELS, family: 'grammar' },
  { name: 'LEAD_IN_ENDS', role: 'the last word of a lead-in before its colon', forms: clause.LEAD_IN_ENDS, family: 'grammar' },
  { name: 'LABEL_HEADS', role: 'a generic head of a line\'s label, left out of the name', forms: clause.LABEL_HEADS, family: 'grammar' },
  { name: 'PHRASE_STOP', role: 'a word ending a noun phrase', forms: clause.PHRASE_STOP, family: 'grammar' },
  { name: 'PHRASE_STOP_SPANS', role: 'a span of time that, with its numbers, ends a noun phrase', forms: clause.PHRASE_STOP_SPANS, family: 'grammar' },
  { name: 'ASIDE_LEVEL_VERBS', role: 'a verb opening an aside whose level is of the noun before it', forms: verbs.ASIDE_LEVEL_VERBS, family: 'grammar' },
  { name: 'FROM_TO_VERBS', role: 'a verb before "từ" opening a change written as its two levels', forms: verbs.FROM_TO_VERBS, family: 'grammar' },
  { name: 'TO_WORDS', role: 'the words between the two levels of a change', forms: verbs.TO_WORDS, family: 'grammar' },
  { name: 'PHRASE_FIRST_STOP', role: 'a word not opening a noun phrase', forms: clause.PHRASE_FIRST_STOP, family: 'grammar' },
  { name: 'PHRASE_VERBS', role: 'a verb ending a noun phrase before a number', forms: clause.PHRASE_VERBS, family: 'grammar' },
  { name: 'GROUP_WORDS', role: 'the head of a group in a list', forms: clause.GROUP_WORDS, family: 'lexicon' },
  { name: 'PAIR_WHOLE_WORDS', role: 'the whole of a pair named after its slash', forms: clause.PAIR_WHOLE_WORDS, family: 'grammar' },
  { name: 'ACTOR_WORDS', role: 'who acts', forms: clause.ACTOR_WORDS, family: 'lexicon' },
  { name: 'NAMED_ACTOR_VERBS', role: 'a verb right after a place named as the one who acts', forms: clause.NAMED_ACTOR_VERBS, family: 'grammar' },
  { name: 'NAME_WORDS', role: 'a word making a number part of a name', forms: clause.NAME_WORDS, family: 'lexicon' },
  { name: 'NOT_NAME_WORDS', role: 'a word ending on a name word that is no name', forms: clause.NOT_NAME_WORDS, family: 'grammar' },
  { name: 'NOT_PURPOSE_TAILS', role: 'a syllable after "nâng"/"đưa" making a verb of its own', forms: clause.NOT_PURPOSE_TAILS, family: 'grammar' },
  { name: 'STANDARD_SERIES', role: 'the series opening a technical standard\'s code', forms: clause.STANDARD_SERIES, family: 'lexicon' },
  { name: 'HOMES', role: 'a home, counted, that a building verb builds', forms: HOMES, family: 'grammar' },
  { name: 'HOME_BUILDING_VERBS', role: 'a verb of building homes, counted after it', forms: verbs.HOME_BUILDING_VERBS, family: 'grammar' },
  { name: 'MONEY_SCALES', role: 'a scale word that before "/" and a word is money in đồng', forms: MONEY_SCALES, family: 'grammar' },
  ...NUMBER_TABLES.map((t, i) => ({ name: `NUMBER_TABLES[${i}]`, role: `a ${t.role} after a number${t.canonical ? ` (${t.canonical})` : ''}`, forms: t.forms, family: 'units' as const })),
];

/** Forms listed in more than one table, each with why it plays both roles. */
export const SHARED_FORMS: readonly { forms: readonly string[]; tables: readonly [string, string]; reason: string }[] = [
  { tables: ['INDICATOR_HEADS', 'TOTAL_ROW_LABELS'], forms: ['tổng'], reason: 'it heads an indicator ("tổng thu ngân sách"); alone, as a table row\'s label, it names the whole table' },
  { tables: ['PROGRESS_VERBS', 'EXCEEDING_VERBS'], forms: ['vượt', 'tăng'], reason: 'a verb of exceeding introduces a share of the plan, and makes it "exceeded_by"' },
  { tables: ['PROGRESS_VERBS', 'PLAN_MET_VERBS'], forms: ['đạt', 'bằng', 'hoàn thành', 'vượt'], reason: 'the verb before a share of the plan, in a title, says the plan was met: a result, not a plan' },
  { tables: ['EXCEEDING_VERBS', 'PLAN_MET_VERBS'], forms: ['vượt'], reason: 'a plan exceeded is a plan met' },
  { tables: ['PLAN_MET_VERBS', 'COMPLETION_VERBS'], forms: ['hoàn thành', 'về đích'], reason: 'a plan finished is met; work finished "tại 3 xã" counts the places that finished it' },
  { tables: ['ACTION_VERBS', 'OCCURRENCE_VERBS'], forms: ['bùng phát'], reason: 'before a count, what broke out ("bùng phát 5 ổ dịch"); before "tại" and a count of places, where it broke out' },
  { tables: ['LINKING_VERBS', 'OCCURRENCE_VERBS'], forms: ['xảy ra'], reason: 'before a count, how many occurred ("xảy ra 788 vụ"); before "tại" and a count of places, where they occurred' },
  { tables: ['PROGRESS_VERBS', 'COMPLETION_VERBS'], forms: ['hoàn thành'], reason: 'before a share of the plan, how far it went; before "tại" and a count of places, where it was finished' },
  { tables: ['MEASURE_WORDS', 'BALANCE_WORDS'], forms: ['dư nợ'], reason: 'it names what is measured, and what it measures is a balance at a day' },
  { tables: ['MEASURE_WORDS', 'MONEY_NOUNS'], forms: ['kinh phí'], reason: 'it names what is measured; after an amount, that the amount is money spent' },
  { tables: ['BUDGET_ITEMS', 'MONEY_NOUNS'], forms: ['ngân sách'], reason: 'an item of a budget\'s table; after an amount, the budget it came from' },
  { tables: ['INDICATOR_HEADS', 'MONEY_NOUNS'], forms: ['vốn'], reason: 'it heads an indicator ("vốn đầu tư"); after an amount, the capital the amount is' },
  { tables: ['ACTION_VERBS', 'PLAN_DONE_VERBS'], forms: ['giải ngân', 'huy động'], reason: 'a verb of acting on a count; before a share with its plan right after it, how much of the plan was done' },
  { tables: ['INDICATOR_OPENERS', 'PLAN_DONE_VERBS'], forms: ['thu'], reason: 'it opens an indicator ("thu ngân sách"); right before a share with its plan after it, how much of the plan was collected' },
  { tables: ['LINKING_VERBS', 'PLAN_DONE_VERBS'], forms: ['thực hiện', 'chiếm'], reason: 'a verb links a subject to its level (or its share: "chiếm 46%"); right before a share with its plan after it, how much of the plan was done' },
  { tables: ['PROGRESS_VERBS', 'RESULT_WORDS'], forms: ['đạt được', 'thực hiện được'], reason: 'a verb of achievement brings a share and says that a sentence reports results' },
  { tables: ['PERIOD_BEFORE_PAIR', 'PERIOD_WORDS'], forms: ['năm', 'giai đoạn'], reason: 'before "A/B" a period word makes a date; before a year it names the period' },
  { tables: ['PERIOD_BEFORE_PAIR', 'NOT_LEVEL_UNITS'], forms: ['khóa', 'đợt'], reason: 'a term or round: before "A/B" a period ("khóa 2020/2021"), after a number a count that is no level' },
  { tables: ['PLAN_TITLE_WORDS', 'GOAL_WORDS'], forms: ['chỉ tiêu', 'mục tiêu'], reason: 'a title that names targets opens a plan ("Các chỉ tiêu chủ yếu")' },
  { tables: ['PLAN_DOCUMENTS', 'PLAN_TITLE_WORDS'], forms: ['kế hoạch'], reason: 'a title that names a plan opens one ("Kế hoạch phát triển năm 2025")' },
  { tables: ['PLAN_TITLE_WORDS', 'PERIOD_WORDS'], forms: ['kế hoạch'], reason: 'a title names a plan by its year ("Kế hoạch năm 2025"), which is the period it plans for' },
  { tables: ['REFERENCE_EXTRA_HEADS', 'PLAN_TITLE_WORDS'], forms: ['nhiệm vụ'], reason: 'a share of tasks ("hoàn thành 100% nhiệm vụ"); in a title, the tasks set for a period' },
  { tables: ['TASK_WORDS', 'PLAN_TITLE_WORDS'], forms: ['nhiệm vụ'], reason: 'tasks set, counted ("đề ra 11 nhiệm vụ"), hold targets; in a title, the tasks set for a period' },
  { tables: ['TASK_WORDS', 'REFERENCE_EXTRA_HEADS'], forms: ['nhiệm vụ'], reason: 'tasks set, counted, hold targets; a share of tasks ("hoàn thành 100% nhiệm vụ") is progress' },
  { tables: ['PLAN_DOCUMENTS', 'PERIOD_WORDS'], forms: ['kế hoạch', 'KH'], reason: 'a plan is named by its year ("KH 2024"), which is the period spoken of' },
  { tables: ['PLAN_DOCUMENTS', 'NAME_WORDS'], forms: ['nghị quyết'], reason: 'a resolution sets plans, and a number right after the word is its number ("Nghị quyết 06")' },
  { tables: ['PROGRESS_VERBS', 'LINKING_VERBS'], forms: ['đạt', 'bằng', 'tăng', 'tương đương'], reason: 'a verb links a subject to its level ("đạt 225 nghìn tấn", "tương đương 669 hộ") and, with a plan after the number, brings a share of it' },
  { tables: ['PLAN_MET_VERBS', 'LINKING_VERBS'], forms: ['đạt', 'bằng'], reason: 'a linking verb before a level; before a plan word in a title it says the plan was met' },
  { tables: ['EXCEEDING_VERBS', 'LINKING_VERBS'], forms: ['tăng'], reason: 'a change links to its level ("tăng 7,5%"); before a plan it says by how much the plan was beaten' },
  { tables: ['PERIOD_BEFORE_PAIR', 'INDICATOR_HEADS'], forms: ['số'], reason: '"số 12/NQ" is a document number, "số hộ nghèo" heads an indicator' },
  { tables: ['GROUP_WORDS', 'ACTOR_WORDS'], forms: ['ngành'], reason: '"ngành" heads a group in a list of sectors and names who acts ("ngành đã tiếp nhận")' },
];
