// Short documents of our own for the checks across documents: two that disagree on Lai Châu's
// poverty rate in 2023, two that agree on Hà Tĩnh's, and one of Hà Tĩnh's in another year.
import fs from 'node:fs';
import path from 'node:path';

export const AGREEMENT_DOCS: Record<string, string> = {
  'lc-bao.txt': 'Năm 2023, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm còn 9,5%.\n',
  'lc-ubnd.txt': 'Năm 2023, tỷ lệ hộ nghèo toàn tỉnh Lai Châu giảm còn 9,8%.\n',
  'ht-bao.txt': 'Năm 2023, tỉnh Hà Tĩnh có tỷ lệ hộ nghèo còn 2,1%.\n',
  'ht-ubnd.txt': 'Tỷ lệ hộ nghèo của tỉnh Hà Tĩnh năm 2023 còn 2,1%.\n',
  'ht-2022.txt': 'Năm 2022, tỷ lệ hộ nghèo của tỉnh Hà Tĩnh còn 2,9%.\n',
};

/** Writes the documents into `dir` and returns it. */
export function writeAgreementDocs(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(AGREEMENT_DOCS)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
