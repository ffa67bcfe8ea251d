// What one document costs before it is written or printed: load it and run the stages. The pool
// (pool.ts) runs these tasks in worker threads, or in the calling thread for one job; either way a
// task's result is plain data, the same in both.
import { isMainThread, parentPort } from 'node:worker_threads';
import type { Document } from './document.ts';
import { loadFile } from './load.ts';
import { LoadError } from './loaders/loader.ts';
import { process as runPipeline } from './pipeline.ts';
import { isParsedStatement, statementJson } from './schema.ts';

/** `extract`: the statements as JSON lines, ready to print, and the diagnostics to name. */
export interface ExtractResult { lines: string; diagnostics: { code: string; message: string }[] }

/**
 * `ingest`: the loaded document and, unless its content is already stored (`stored` holds content
 * hashes: the writer then only records the source), the processed one, or the error a stage threw.
 */
export interface IngestResult { loaded: Document; processed?: Document; error?: unknown }

export async function extractTask(file: string): Promise<ExtractResult> {
  const doc = runPipeline(await loadFile(file));
  const lines = doc.statements.map(statementJson);
  return { lines: lines.length ? lines.join('\n') + '\n' : '', diagnostics: doc.diagnostics.map(({ code, message }) => ({ code, message })) };
}

export async function ingestTask(file: string, stored: ReadonlySet<string>): Promise<IngestResult> {
  const loaded = await loadFile(file);
  if (stored.has(loaded.id)) return { loaded };
  try {
    return { loaded, processed: runPipeline(loaded) };
  } catch (error) {
    return { loaded, error };
  }
}


/**
 * What a worker sends back for ingest: only what the writer reads (the raw text and the working
 * spans stay here), which statements normalize parsed (the writer trusts those, as in one thread),
 * and a stage's error as plain data. A processed Document goes as both `loaded` and `processed`
 * (the stages process the loaded one in place, and the writer reads only its id, source and name
 * from `loaded`): one object, which the message carries once (two copies sent its text twice).
 */
function portable(result: IngestResult): IngestResult & { parsed?: boolean[] } {
  const lean = (doc: Document): Document => ({ ...doc, raw: '', rawMap: [], passages: [], sentences: [], matches: [] });
  if (result.processed) {
    const processed = lean(result.processed);
    return { loaded: processed, processed, parsed: result.processed.statements.map((s) => isParsedStatement(s)) };
  }
  return { loaded: result.loaded, ...(result.error !== undefined && { error: portableError(result.error) }) }; // whole: the writer may still process it
}

/** Errors cross the thread as plain data: their class, message, stack and the fields callers read. */
export interface PortableError { name: string; message: string; stack?: string; code?: string; load?: { source: string; reason: string } }

function portableError(err: unknown): PortableError {
  if (err instanceof LoadError) return { name: err.name, message: err.message, stack: err.stack, load: { source: err.source, reason: err.reason } };
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return { name: e.name, message: e.message, stack: e.stack, ...(typeof code === 'string' && { code }) };
}

export interface TaskMessage { index: number; task: 'extract' | 'ingest'; file: string }
export interface ResultMessage { index: number; value?: unknown; error?: unknown }

// In a worker thread: answer each task message with its result or the error it threw, one task at a
// time in the order they came (the pool queues the next while this one runs).
if (!isMainThread && parentPort) {
  const port = parentPort;
  let stored: ReadonlySet<string> = new Set();
  let running: Promise<void> = Promise.resolve();
  const answer = async ({ index, task, file }: TaskMessage) => {
    try {
      const value = task === 'extract' ? await extractTask(file) : portable(await ingestTask(file, stored));
      port.postMessage({ index, value } satisfies ResultMessage);
    } catch (error) {
      port.postMessage({ index, error: portableError(error) } satisfies ResultMessage);
    }
  };
  port.on('message', (message: TaskMessage | { stored: string[] }) => {
    if ('stored' in message) { stored = new Set(message.stored); return; }
    running = running.then(() => answer(message));
  });
}
