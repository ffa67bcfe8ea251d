// `chitieu extract <file|dir>...`: statements as JSON lines on stdout, no database.
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { listInputs } from '../files.ts';
import { KNOWN_EXTENSIONS, LoadError, loadInputs, reasonOf } from '../load.ts';
import { process as runPipeline } from '../pipeline.ts';
import { STATEMENT_COLUMNS } from '../schema.ts';
import { StdoutWriter } from '../output.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the statements of files as JSON lines (no database)',
  usage: `usage: chitieu extract <file|dir>... [--diagnostics]

Runs the pipeline over each file (directories are walked for ${KNOWN_EXTENSIONS.join(' ')}) and
prints one JSON object per statement on stdout: the spec's fields (doc, kind, indicator, value,
value_max, unit, approx, estimate, percent, relation, reference, achieved, total, target_value,
target_unit, target_value_max, quote, start, end) plus rule and notes. Offsets index the cleaned
text of the document. A file that cannot be read is named on stderr with its reason and the
others go on.

A .jsonl file is a crawler dump: one document per line, {id?, url?, title?, published?, site?,
text | html}; doc is the id, else the url. A bad line is named on stderr and skipped.

options:
  --diagnostics   also print each document's diagnostics on stderr
  -h, --help      this text

exit status: 0 all files read, 1 some files failed (named on stderr), 2 usage error`,
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { diagnostics: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new UsageError('no input files');
    const out = new StdoutWriter();
    let failed = 0;
    for (const input of await listInputs(positionals)) {
      for await (const loaded of loadInputs(input.path)) {
        let lines: string[];
        try {
          if (loaded instanceof LoadError) throw loaded;
          const doc = runPipeline(loaded);
          lines = doc.statements.map((s) => JSON.stringify(Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, s[c]]))));
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
    if (!(await out.end())) return failed ? 1 : 0;
    return failed ? 1 : 0;
  },
};
