// Words that name a plan: what a share is "of" ("đạt 95% kế hoạch"), what a bracket after a level
// is ("(KH 7%)"), what a table column holds ("% so KH"), and what a title sets ("Các chỉ tiêu chủ yếu").

/** What target talk names: "mục tiêu … là", "các chỉ tiêu chủ yếu", "đặt chỉ tiêu". */
export const GOAL_WORDS = ['chỉ tiêu', 'mục tiêu'] as const;
/** Tasks a plan sets, counted like its targets ("ngành đề ra 11 nhiệm vụ trọng tâm, trong đó …"). */
export const TASK_WORDS = ['nhiệm vụ'] as const;
/** What else a plan is called, in full and abbreviated: "kế hoạch", "KH", "dự toán", "nghị quyết"; a growth scenario ("kịch bản") is a plan too. */
export const PLAN_DOCUMENTS = ['kế hoạch', 'KH', 'dự toán', 'nghị quyết', 'NQ', 'kịch bản'] as const;
/** Every word of a plan. */
export const PLAN_WORDS: readonly string[] = [...GOAL_WORDS, ...PLAN_DOCUMENTS];
/** The resolution of a party congress, as reports abbreviate it ("chỉ tiêu NQĐH"). */
export const CONGRESS_RESOLUTION = ['NQĐH', 'NQ ĐH'] as const;
/** "CT" for "chỉ tiêu", only inside brackets and as a subject alone ("(CT 95%)"). */
export const PLAN_SHORTHAND = ['CT'] as const;
/** Heads a progress percentage is measured against besides the plan words: "đạt 95% chỉ tiêu kế hoạch", "hoàn thành 100% nhiệm vụ", "so với tỉnh giao". */
export const REFERENCE_EXTRA_HEADS = [
  'chỉ tiêu kế hoạch', 'chỉ tiêu nghị quyết', 'nhiệm vụ', 'KH năm', 'dự toán năm',
  // what a higher level assigned, the plan left unnamed: "vượt 51% so với tỉnh giao"
  'tỉnh giao', 'huyện giao', 'Trung ương giao', 'cấp trên giao',
  // the council or committee that assigned it: "đạt 53,4% so với HĐND huyện giao"
  'HĐND tỉnh giao', 'HĐND huyện giao', 'HĐND xã giao', 'UBND tỉnh giao', 'UBND huyện giao',
] as const;
/** Title and heading words that name plans: "Các chỉ tiêu chủ yếu đến năm 2025", "Phương hướng, nhiệm vụ năm 2024". */
export const PLAN_TITLE_WORDS = ['chỉ tiêu', 'mục tiêu', 'nhiệm vụ', 'kế hoạch', 'phương hướng', 'định hướng'] as const;
/** Compounds that open on a plan word and name no plan: "Dân số – Kế hoạch hóa gia đình" is family planning. */
export const NOT_PLAN_COMPOUNDS = ['kế hoạch hóa', 'kế hoạch hoá'] as const;

/** Words of a title that aims at a year's goals: "Gia Lai hướng tới tăng trưởng 2 con số năm 2026". */
export const AIM_TITLE_WORDS = ['hướng tới', 'hướng đến'] as const;

/** Words of a title that reviews a period before planning the next: "Báo cáo tổng kết nhiệm kỳ IV (2019-2025) và phương hướng …". */
export const REVIEW_TITLE_WORDS = ['tổng kết', 'sơ kết'] as const;

/** Verbs that issue a plan, a programme or a scheme: "UBND tỉnh vừa ban hành Kế hoạch 126/KH-UBND …", "vừa phê duyệt chương trình …". */
export const ISSUING_VERBS = ['ban hành', 'phê duyệt'] as const;
/** What is issued with its targets. */
export const ISSUED_PLANS = ['kế hoạch', 'chương trình', 'đề án', 'chiến lược'] as const;
/**
 * Passing a resolution issues a plan only in news that one was just passed ("HĐND huyện vừa thông qua Nghị quyết về
 * nhiệm vụ phát triển kinh tế xã hội 6 tháng cuối năm 2019"), title or not: "HĐND huyện thông qua nhiều nghị quyết quan
 * trọng" over a session's review issues none.
 */
export const PASSING_VERBS = ['thông qua'] as const;
/** What is passed with its targets. */
export const PASSED_PLANS = ['nghị quyết'] as const;
/** Besides the goal and strive words, words that say a page sets out what a plan holds: "Theo Kế hoạch, …", "dự kiến là 635 dự án". */
export const PLAN_CONTENT_WORDS = ['dự kiến', 'theo kế hoạch'] as const;

/** Words that open target talk: "Phấn đấu đến năm 2025, ..." ("phân đầu" as converters leave it). */
export const STRIVE_WORDS = ['phấn đấu', 'phân đầu'] as const;
/** Setting a goal before what it is of: "Việt Nam đặt mục tiêu đến năm 2030 có ít nhất 2 triệu doanh nghiệp" (what is measured comes after). */
export const GOAL_SETTING_VERBS = ['đặt mục tiêu', 'đề ra mục tiêu'] as const;

/** "so với" before what a figure is measured against, often written short: "gấp 2,46 lần so kế hoạch", "so KH". */
export const COMPARED_WITH = String.raw`so\s+(?:với\s+)?`;

/** Every form a progress percentage may be "of". */
export const REFERENCE_HEADS: readonly string[] = [...PLAN_WORDS, ...CONGRESS_RESOLUTION, ...REFERENCE_EXTRA_HEADS];
/** What a bracket after a level may open with: "(Chỉ tiêu NQĐH giao 65 triệu)", "(KH: 250 nghìn tấn)". */
export const BRACKET_PLAN_WORDS: readonly string[] = [...PLAN_WORDS, 'NQĐH', ...PLAN_SHORTHAND];
/** A subject that is only a plan word names no indicator: "(KH giảm 5%)". */
export const PLAN_ALONE: readonly string[] = [...PLAN_WORDS, ...PLAN_SHORTHAND];
/** What an official document is, printed alone on the line above its title: "BÁO CÁO" / "Kết quả … năm 2024; phương hướng … năm 2025". */
export const DOCUMENT_TYPES = ['báo cáo', 'nghị quyết', 'kế hoạch', 'tờ trình', 'đề án', 'chương trình', 'thông báo'] as const;
