// `chitieu extract <file>...`: statements as JSON lines on stdout, no database.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { LoadError } from '../load.ts';
import { extractAll, parseJobs } from '../pool.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: `usage: chitieu extract <file>... [--diagnostics] [--jobs N]

Runs the pipeline over each file and prints one JSON object per statement on stdout:
the spec's fields (doc, kind, indicator, value, value_max, unit, approx, estimate, percent,
relation, reference, achieved, total, target_value, target_unit, target_value_max, quote,
start, end) plus rule and notes. Offsets index the cleaned text of the document.

options:
  --diagnostics   also print each document's diagnostics on stderr
  --jobs N        worker threads (default: one per core for inputs over 2 MB); output order is the same
  -h, --help      this text

exit status: 0 all files read, 1 some files failed (named on stderr), 2 usage error`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args, options: { diagnostics: { type: 'boolean' }, jobs: { type: 'string' } }, allowPositionals: true, strict: true,
    });
    if (positionals.length === 0) throw new UsageError('no input files');
    let jobs;
    try { jobs = parseJobs(values.jobs); } catch (err) { throw new UsageError((err as Error).message); }
    const bytes = positionals.reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
    let failed = 0;
    for await (const result of extractAll(positionals, { jobs, bytes })) {
      if (!result.ok) {
        if (!(result.error instanceof LoadError)) throw result.error;
        process.stderr.write(`chitieu extract: ${result.error.message}\n`);
        failed++;
        continue;
      }
      const { index, value } = result;
      if (value.lines) process.stdout.write(value.lines);
      if (values.diagnostics) for (const d of value.diagnostics) process.stderr.write(`${positionals[index]}: ${d.code}: ${d.message}\n`);
    }
    return failed ? 1 : 0;
  },
};
