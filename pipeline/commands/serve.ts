// `chitieu serve`: the read-only search page on http://127.0.0.1:PORT/.
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { DatabaseError } from '../adapters/sqlite.ts';
import { startServer } from '../server.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { DEFAULT_DB } from './ingest.ts';

export const DEFAULT_PORT = 8080;

const usage = `usage: chitieu serve [--db PATH] [--port N] [--host ADDRESS]

Serves a read-only search page over the database: a search box with filters (kind, unit, dates,
document), the results with a CSV download, each statement's document with every statement
highlighted, and a chart of one indicator's values across documents. Everything is served from
this machine (no CDN), so it works offline. Stop it with Ctrl-C.

options:
  --db PATH       the database (default ${DEFAULT_DB}); opened read-only
  --port N        the port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS  the address to listen on (default 127.0.0.1, this machine only)
  -h, --help      this text
`;

async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args, strict: true, allowPositionals: false,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got '${values.port}')`);
  const host = values.host ?? '127.0.0.1';
  if (!host.trim()) throw new UsageError('--host must not be empty');
  const dbPath = values.db ?? DEFAULT_DB;
  let running;
  try {
    running = await startServer({ dbPath, host, port });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof DatabaseError) { process.stderr.write(`chitieu serve: ${e.message}\n`); return 1; }
    if (e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') {
      process.stderr.write(`chitieu serve: cannot listen on ${host}:${port}: ${e.code}\n`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(`chitieu serve: ${dbPath} (read-only) on ${running.url}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(`chitieu serve: listening on ${host}: other machines may reach this page\n`);
  }
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await running.close();
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  usage,
  run,
};
