// `npm run mutate`: the mutation check. For each rule in extractors/rules.ts, runs the extractor
// case tests (extractors/extractors.test.ts, the cases only) as if that rule were deleted
// (CHITIEU_WITHOUT_RULES, read by the extract stage) and reports which tests fail. A removal that
// fails no test is a rule the cases do not pin: the script exits 1 and names it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../extractors/rules.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'chitieu-mutate-'));

interface Report { testResults: { assertionResults: { fullName: string; status: string }[] }[] }

/** Names of the case tests that fail with these rules switched off. */
function failingWith(without: string[]): string[] {
  const out = path.join(scratch, 'report.json');
  const run = spawnSync(process.execPath, [vitest, 'run', 'extractors/extractors.test.ts', '-t', ' extractor ', '--reporter=json', `--outputFile=${out}`], {
    cwd: root, env: { ...process.env, CHITIEU_WITHOUT_RULES: without.join(',') }, encoding: 'utf8',
  });
  if (run.error) throw run.error;
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  return report.testResults.flatMap((f) => f.assertionResults).filter((t) => t.status === 'failed').map((t) => t.fullName);
}

const unpinned: string[] = [];
try {
  const before = failingWith([]);
  if (before.length) throw new Error(`the case tests fail with every rule in place: ${before.join('; ')}`);
  console.log('| rule removed | case tests failed | first failing case |');
  console.log('|---|---:|---|');
  for (const { id } of RULES) {
    const failed = failingWith([id]);
    if (!failed.length) unpinned.push(id);
    console.log(`| ${id} | ${failed.length} | ${failed[0]?.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 90) ?? '— none —'} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true }); // also when a run throws: no scratch left behind
}
console.log(unpinned.length ? `\n${unpinned.length} removals fail no test: ${unpinned.join(', ')}` : `\nevery one of the ${RULES.length} removals fails at least one case test`);
process.exitCode = unpinned.length ? 1 : 0;
