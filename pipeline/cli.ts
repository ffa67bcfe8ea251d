// chitieu's command line: `chitieu <command> [options]`, `--help` on every command.
import { parseArgs } from 'node:util';
import type { Command } from './commands/command.ts';
import { UsageError } from './commands/command.ts';
import { isClosedPipe } from './output.ts';

/** A command's module is imported only when it runs, so `--help` and each command load no more than they use. */
const COMMANDS: { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'extract', summary: 'print the statements of files as JSON lines (no database)',
    load: async () => (await import('./commands/extract.ts')).extractCommand },
  { name: 'ingest', summary: 'extract statements from files or folders into the SQLite database',
    load: async () => (await import('./commands/ingest.ts')).ingestCommand },
  { name: 'export', summary: 'write stored statements or documents as JSONL or CSV',
    load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'eval', summary: 'score the pipeline against gold statements (default: the seeds)',
    load: async () => (await import('./commands/eval.ts')).evalCommand },
  { name: 'numbers', summary: 'print the quantities found in a piece of text (number normalizer)',
    load: async () => (await import('./commands/numbers.ts')).numbersCommand },
  { name: 'query', summary: 'search stored statements (diacritics ignored) as a table, CSV or JSONL',
    load: async () => (await import('./commands/query.ts')).queryCommand },
  { name: 'series', summary: 'one row per indicator, place and period across documents, with agreement',
    load: async () => (await import('./commands/series.ts')).seriesCommand },
  { name: 'serve', summary: 'serve a read-only search page (results, highlighted documents, charts) on 127.0.0.1',
    load: async () => (await import('./commands/serve.ts')).serveCommand },
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'chitieu — Vietnamese indicator statements, grounded in the text, in SQLite',
    '',
    'usage: chitieu <command> [options]     (chitieu <command> --help for more)',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

let pipeGuarded = false;

export async function main(argv: string[]): Promise<number> {
  if (!pipeGuarded) {
    // `chitieu … | head -1`: a reader that leaves early ends the output, not with an EPIPE trace
    pipeGuarded = true;
    process.stdout.on('error', (err) => { if (!isClosedPipe(err)) throw err; });
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`chitieu: unknown command '${name}'\n\n${mainHelp()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`chitieu ${name}: ${(err as Error).message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    throw err;
  }
}

export { parseArgs };
