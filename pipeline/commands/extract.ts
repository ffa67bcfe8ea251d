// `chitieu extract <file>...`: statements as JSON lines on stdout, no database.
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { LoadError, loadFile } from '../load.ts';
import { process as runPipeline } from '../pipeline.ts';
import { STATEMENT_COLUMNS } from '../schema.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: `usage: chitieu extract <file>... [--diagnostics]

Runs the pipeline over each file and prints one JSON object per statement on stdout:
the spec's fields (doc, kind, indicator, value, value_max, unit, approx, estimate, percent,
relation, reference, achieved, total, target_value, target_unit, target_value_max, quote,
start, end) plus rule and notes. Offsets index the cleaned text of the document.

options:
  --diagnostics   also print each document's diagnostics on stderr
  -h, --help      this text

exit status: 0 all files read, 1 some files failed (named on stderr), 2 usage error`,
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { diagnostics: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new UsageError('no input files');
    let failed = 0;
    for (const file of positionals) {
      try {
        const doc = runPipeline(await loadFile(file));
        const lines = doc.statements.map((s) => JSON.stringify(Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, s[c]]))));
        if (lines.length) process.stdout.write(lines.join('\n') + '\n');
        if (values.diagnostics) for (const d of doc.diagnostics) process.stderr.write(`${file}: ${d.code}: ${d.message}\n`);
      } catch (err) {
        if (!(err instanceof LoadError)) throw err;
        process.stderr.write(`chitieu extract: ${err.message}\n`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  },
};
