// `chitieu eval [--gold DIR] [--docs DIR] [--misses] [--json]`: runs the pipeline over the
// documents that have gold and scores their statements (pipeline/evaluate.ts).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EvalRecord, Result } from '../evaluate.ts';
import { docStem, formatReport, goldFromFiles, score, scoresOf } from '../evaluate.ts';
import { listInputs } from '../files.ts';
import { loadFile, reasonOf } from '../load.ts';
import { process as runPipeline } from '../pipeline.ts';
import { ROOT } from '../root.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';

export const DEFAULT_GOLD_DIR = path.join(ROOT, 'corpus/gold');
export const DEFAULT_DOCS_DIR = path.join(ROOT, 'seeds');

const usage = `usage: chitieu eval [--gold DIR] [--docs DIR] [--misses] [--json]

Runs the pipeline over every document that has a gold file and scores its statements:
precision, recall and F1 per kind (core = ratio + progress) and the accuracy of each field on
the matched statements. Gold files are named after their document, "<file name>.jsonl" (or
"<file name>.partN.jsonl"); see corpus/README.md for the format and the matching rules.

options:
  --gold DIR  folder of gold files (default: the project's corpus/gold)
  --docs DIR  folder holding the documents, walked recursively (default: the project's seeds)
  --misses    also list missed gold, spurious statements and wrong fields, one JSON line each
  --json      print the scores as JSON (with "misses" when --misses is given)
  -h, --help  this text

exit status: 0 scored, 1 some gold had no readable document or a malformed line (named on stderr
with its line; a document's statements count as missed, a bad line is skipped), 2 usage error
`;

export interface CorpusEvaluation {
  result: Result;
  /** the statements the pipeline produced, `doc` set to the file name */
  statements: EvalRecord[];
  /** gold documents that could not be scored fully: no such file, unreadable */
  problems: string[];
}

async function isDirectory(dir: string): Promise<boolean> {
  try { return (await stat(dir)).isDirectory(); } catch { return false; }
}

/** Loads the gold of `goldDir`, runs the pipeline on the matching documents of `docsDir`, scores. */
export async function evaluateCorpus(goldDir: string, docsDir: string): Promise<CorpusEvaluation> {
  if (!(await isDirectory(goldDir))) throw new UsageError(`--gold ${goldDir}: not a folder`);
  if (!(await isDirectory(docsDir))) throw new UsageError(`--docs ${docsDir}: not a folder`);
  const names = (await readdir(goldDir)).filter((f) => f.endsWith('.jsonl'));
  if (!names.length) throw new UsageError(`--gold ${goldDir}: no .jsonl gold files`);
  const problems: string[] = [];
  // a malformed gold line is named and skipped; the rest of the gold still scores
  const gold = goldFromFiles(await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(goldDir, name), 'utf8') }))),
    (problem) => problems.push(problem));

  const byStem = new Map<string, string>();
  for (const input of await listInputs([docsDir])) {
    const stem = docStem(input.path);
    if (!byStem.has(stem)) byStem.set(stem, input.path);
  }

  const statements: EvalRecord[] = [];
  for (const stem of gold.keys()) {
    const file = byStem.get(stem);
    if (!file) { problems.push(`${stem}: gold without a document in ${docsDir}`); continue; }
    try {
      const doc = runPipeline(await loadFile(file));
      for (const s of doc.statements) statements.push({ ...s, doc: path.basename(file) });
    } catch (err) {
      problems.push(`${file}: ${reasonOf(err)}`); // one document costs only itself
    }
  }
  return { result: score(gold, statements), statements, problems };
}

export const evalCommand: Command = {
  name: 'eval',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        gold: { type: 'string' },
        docs: { type: 'string' },
        misses: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const { result, problems } = await evaluateCorpus(values.gold ?? DEFAULT_GOLD_DIR, values.docs ?? DEFAULT_DOCS_DIR);
    for (const p of problems) process.stderr.write(`chitieu eval: ${p}\n`);
    if (values.json) {
      const out = values.misses ? { ...scoresOf(result), misses: result.misses } : scoresOf(result);
      process.stdout.write(JSON.stringify(out, null, 1) + '\n');
    } else {
      process.stdout.write(formatReport(result, { misses: values.misses }));
    }
    return problems.length ? 1 : 0;
  },
};
