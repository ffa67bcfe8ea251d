// Words of time: units a count of which is a duration or a date, periods, the past.
import { NUMBER_TABLES } from './numbers.ts';

/** Units of time (the number reader's 'time' tables): "9 tháng", "5 tuổi" are durations or ages, never the level of an indicator. */
export const TIME_UNITS: readonly string[] = NUMBER_TABLES.filter((t) => t.role === 'time').flatMap((t) => t.forms);
/** Besides the units of time, what makes "A/B" a schedule rather than a count: "2/3 buổi". */
export const SCHEDULE_UNITS = ['buổi'] as const;
/** Words before "A/B" that make it a date, a period or a number ("ngày 30/4", "niên khóa 2020/2021", "số 12/NQ"). */
export const PERIOD_BEFORE_PAIR = ['ngày', 'tháng', 'quý', 'năm', 'niên khóa', 'khóa', 'số', 'lúc', 'giai đoạn', 'kỳ', 'đợt', 'mùa', 'vụ mùa'] as const;
/** Words that speak of a period already over, without a year. */
export const PAST_WORDS = ['năm qua', 'vừa qua', 'năm trước', 'những năm qua', 'nhiệm kỳ qua', 'giai đoạn vừa qua'] as const;
/** Words that name a period before a year: "năm 2019", "giai đoạn 2021 - 2025", "KH 2024". */
export const PERIOD_WORDS = ['năm', 'giai đoạn', 'nhiệm kỳ', 'thời kỳ', 'kế hoạch', 'KH'] as const;
