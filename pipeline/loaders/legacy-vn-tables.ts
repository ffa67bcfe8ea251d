// Byte tables of the legacy Vietnamese font encodings, as data. Both were used through fonts
// (".VnTime" for TCVN3/ABC, "VNI-Times" for VNI), so the bytes are Latin-1 code points that the
// font drew as Vietnamese letters. Checked against the published TCVN 5712:1993 (VN3) and
// VNI-Windows charts.

/** TCVN3 (ABC): one byte per letter. Toned capitals do not exist: the "H" fonts drew the
 * lowercase codes as capitals, so those bytes decode to lowercase here. */
export const TCVN3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** VNI-Windows letters that stand alone (one byte, no base letter before them). */
export const VNI_SINGLE: Record<number, string> = {
  0xf1: 'đ', 0xd1: 'Đ', 0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư',
  0xec: 'ì', 0xed: 'í', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị',
  0xcc: 'Ì', 0xcd: 'Í', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị',
  0xee: 'ỵ', 0xce: 'Ỵ',
};

/** VNI-Windows marks that follow a base vowel, as the combining marks they stand for.
 * Lowercase and uppercase forms of each mark (the uppercase ones follow capitals). */
const GRAVE = '\u0300', ACUTE = '\u0301', TILDE = '\u0303', HOOK = '\u0309', DOT = '\u0323';
const CIRC = '\u0302', BREVE = '\u0306';
export const VNI_TONE: Record<number, string> = {
  0xf8: GRAVE, 0xf9: ACUTE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  0xd8: GRAVE, 0xd9: ACUTE, 0xdb: HOOK, 0xd5: TILDE, 0xcf: DOT,
};
/** circumflex (after a, e, o) alone or with a tone */
export const VNI_CIRCUMFLEX: Record<number, string> = {
  0xe2: CIRC, 0xe0: CIRC + GRAVE, 0xe1: CIRC + ACUTE, 0xe5: CIRC + HOOK, 0xe3: CIRC + TILDE, 0xe4: CIRC + DOT,
  0xc2: CIRC, 0xc0: CIRC + GRAVE, 0xc1: CIRC + ACUTE, 0xc5: CIRC + HOOK, 0xc3: CIRC + TILDE, 0xc4: CIRC + DOT,
};
/** breve (after a only) alone or with a tone */
export const VNI_BREVE: Record<number, string> = {
  0xea: BREVE, 0xe8: BREVE + GRAVE, 0xe9: BREVE + ACUTE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
  0xca: BREVE, 0xc8: BREVE + GRAVE, 0xc9: BREVE + ACUTE, 0xda: BREVE + HOOK, 0xdc: BREVE + TILDE, 0xcb: BREVE + DOT,
};
