// `chitieu numbers "<text>"...`: the quantities the number normalizer finds, as JSON lines.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { findQuantities } from '../../extractors/numbers.ts';

export const numbersCommand: Command = {
  name: 'numbers',
  usage: `usage: chitieu numbers "<text>"... | chitieu numbers -

Finds the quantities in each text (qualifier, number or range, scale word, unit) and prints one
JSON object per quantity on stdout:
  {"text", "start", "end", "value", "value_max", "unit", "approx"}
text is the quoted span, start/end its offsets in the (NFC-normalized) argument; value is in base units
("62 triệu đồng" -> 62000000, unit "đồng"). Dates, periods, document and phone numbers and
A/B pairs ("22/55") are not quantities. "-" reads the text from stdin.

examples:
  chitieu numbers "Thu nhập đạt khoảng 62 triệu đồng/người/năm"
  chitieu numbers "Kết nạp 27.004 đoàn viên; 15-18 tiêu chí; gần 2 triệu lượt người"

options:
  -h, --help   this text

exit status: 0 ok, 2 usage error (no text given)`,
  async run(args) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new UsageError('no text given');
    const lines: string[] = [];
    for (const arg of positionals) {
      const text = (arg === '-' ? readFileSync(0, 'utf8') : arg).normalize('NFC');
      for (const q of findQuantities(text)) {
        lines.push(JSON.stringify({
          text: text.slice(q.start, q.end), start: q.start, end: q.end,
          value: q.value, value_max: q.value_max, unit: q.unit, approx: q.approx,
        }));
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
