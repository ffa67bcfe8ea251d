// `chitieu extract <file|dir>...`: statements as JSON lines on stdout, no database.
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { listInputs } from '../files.ts';
import { KNOWN_EXTENSIONS, reasonOf } from '../load.ts';
import { StdoutWriter } from '../output.ts';
import { extractAll, parseJobs } from '../pool.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: `usage: chitieu extract <file|dir>... [--diagnostics] [--jobs N]

Runs the pipeline over each file (directories are walked for ${KNOWN_EXTENSIONS.join(' ')}) and
prints one JSON object per statement on stdout: the spec's fields (doc, kind, indicator, value,
value_max, unit, approx, estimate, percent, relation, reference, achieved, total, target_value,
target_unit, target_value_max, quote, start, end) plus rule and notes. Offsets index the cleaned
text of the document. A file that cannot be read is named on stderr with its reason and the
others go on.

options:
  --diagnostics   also print each document's diagnostics on stderr
  --jobs N        worker threads (default: one per core for inputs over 2 MB); the output is the
                  same, in the same order
  -h, --help      this text

exit status: 0 all files read, 1 some files failed (named on stderr), 2 usage error`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args, options: { diagnostics: { type: 'boolean' }, jobs: { type: 'string' } }, allowPositionals: true, strict: true,
    });
    if (positionals.length === 0) throw new UsageError('no input files');
    let jobs;
    try { jobs = parseJobs(values.jobs); } catch (err) { throw new UsageError((err as Error).message); }
    const out = new StdoutWriter();
    let failed = 0;
    const inputs = await listInputs(positionals);
    const bytes = inputs.reduce((sum, input) => sum + input.size, 0);
    // documents are read and processed in worker threads (pool.ts) and come back in input order
    for await (const result of extractAll(inputs.map((input) => input.path), { jobs, bytes })) {
      const input = inputs[result.index];
      if (!result.ok) {
        // one bad document costs only itself: named with its reason, the batch goes on
        process.stderr.write(`chitieu extract: ${input.path}: ${reasonOf(result.error)}\n`);
        failed++;
        continue;
      }
      if (values.diagnostics) for (const d of result.value.diagnostics) process.stderr.write(`${input.path}: ${d.code}: ${d.message}\n`);
      if (result.value.lines && !(await out.write(result.value.lines))) return failed ? 1 : 0; // the reader left (`| head`)
    }
    if (!(await out.end())) return failed ? 1 : 0;
    return failed ? 1 : 0;
  },
};
