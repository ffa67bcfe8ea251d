// Words about what is measured: units that are never a level, what a measure of a noun is called.
import { TIME_UNITS } from './time.ts';

/** Units besides time that are never the level of an indicator on their own: ages, stars, doses, parts of a text. */
export const NOT_LEVEL_UNITS = ['sao', 'mũi', 'lần', 'khóa', 'đợt', 'phiên', 'lớp', 'tầng', 'bước', 'điều', 'khoản', 'chương', 'mục', 'trang', 'bản'] as const;
/** Every unit that is no level on its own. */
export const NOT_LEVELS: ReadonlySet<string> = new Set<string>([...TIME_UNITS, ...NOT_LEVEL_UNITS]);
/** What a measure counts when its noun follows it: "75ha cây chè" is an area, "35.000 con lợn" a herd. */
export const MEASURE_NOUN_HEADS: Readonly<Record<string, string>> = { ha: 'diện tích', con: 'đàn', 'tấn': 'sản lượng' };
