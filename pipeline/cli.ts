// chitieu's command line: `chitieu <command> [options]`, `--help` on every command.
import { parseArgs } from 'node:util';
import type { Command } from './commands/command.ts';
import { UsageError } from './commands/command.ts';
import { evalCommand } from './commands/eval.ts';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { exportCommand } from './commands/export.ts';
import { numbersCommand } from './commands/numbers.ts';
import { queryCommand } from './commands/query.ts';
import { serveCommand } from './commands/serve.ts';
import { isClosedPipe } from './output.ts';
import { seriesCommand } from './commands/series.ts';

const COMMANDS: Command[] = [
  extractCommand,
  ingestCommand,
  exportCommand,
  evalCommand,
  numbersCommand,
  queryCommand,
  seriesCommand,
  serveCommand,
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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`chitieu: unknown command '${name}'\n\n${mainHelp()}\n`);
    return 2;
  }
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
