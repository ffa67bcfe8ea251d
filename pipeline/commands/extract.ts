// `chitieu extract <file|dir>...`: statements as JSON lines on stdout, no database.
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { listInputs } from '../files.ts';
import { KNOWN_EXTENSIONS, LoadError, loadInputs, reasonOf } from '../load.ts';
import { StdoutWriter } from '../output.ts';
import { isDump } from '../loaders/jsonl.ts';
import { extractAll, parseJobs, POOL_MIN_BYTES } from '../pool.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: `usage: chitieu extract <file|dir>... [--diagnostics] [--jobs N]

Runs the pipeline over each file (directories are walked for ${KNOWN_EXTENSIONS.join(' ')}) and
prints one JSON object per statement on stdout: the spec's fields (doc, kind, indicator, value,
value_max, unit, approx, estimate, percent, relation, reference, achieved, total, target_value,
target_unit, target_value_max, quote, start, end) plus rule and notes. Offsets index the cleaned
text of the document. A file that cannot be read is named on stderr with its reason and the
others go on.

A .jsonl file is a crawler dump: one document per line, {id?, url?, title?, published?, site?,
text | html}; doc is the id, else the url. A bad line is named on stderr and skipped. A
MANIFEST.tsv in a file's folder, or the folder above, gives saved files their addresses (columns
file and url), and so their site's place, and the date an address carries to a text that prints
none.

options:
  --diagnostics   also print each document's diagnostics on stderr
  --jobs N        worker threads (default: one per core for inputs over ${POOL_MIN_BYTES / 1e6} MB); the output is the
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
    // plain files are read and processed in worker threads (pool.ts), their results back in input
    // order; a crawler dump's documents are processed here, at its place in the order
    const plain = inputs.filter((input) => !isDump(input.path));
    const pooled = extractAll(plain.map((input) => input.path), { jobs, bytes: plain.reduce((sum, input) => sum + input.size, 0) });
    try {
      for (const input of inputs) {
        if (!isDump(input.path)) {
          const { value: result } = await pooled.next();
          if (!result) throw new Error('the pool ended early'); // cannot happen: one result per plain file
          if (!result.ok) {
            // one bad document costs only itself: named with its reason, the batch goes on
            process.stderr.write(`chitieu extract: ${input.path}: ${reasonOf(result.error)}\n`);
            failed++;
            continue;
          }
          if (values.diagnostics) for (const d of result.value.diagnostics) process.stderr.write(`${input.path}: ${d.code}: ${d.message}\n`);
          if (result.value.lines && !(await out.write(result.value.lines))) return failed ? 1 : 0; // the reader left (`| head`)
          continue;
        }
        // the stages load here only for a dump: a pooled run leaves them to the workers
        const [{ process: runPipeline }, { statementJson }] = await Promise.all([import('../pipeline.ts'), import('../schema.ts')]);
        for await (const loaded of loadInputs(input.path)) {
          let lines: string[];
          try {
            if (loaded instanceof LoadError) throw loaded;
            const doc = runPipeline(loaded);
            lines = doc.statements.map(statementJson);
            if (values.diagnostics) for (const d of doc.diagnostics) process.stderr.write(`${doc.source}: ${d.code}: ${d.message}\n`);
          } catch (err) {
            // one bad document costs only itself: named with its reason, the batch goes on
            process.stderr.write(`chitieu extract: ${loaded instanceof LoadError ? loaded.message : `${loaded.source}: ${reasonOf(err)}`}\n`);
            failed++;
            continue;
          }
          for (const line of lines) if (!(await out.write(line + '\n'))) return failed ? 1 : 0; // the reader left (`| head`)
        }
      }
    } finally {
      await pooled.return(undefined); // the workers end with the run
    }
    if (!(await out.end())) return failed ? 1 : 0;
    return failed ? 1 : 0;
  },
};
