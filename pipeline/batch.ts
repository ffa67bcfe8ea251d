// Ingest's writes in batches: one transaction holds several documents, each in its own savepoint
// (storeDocument's transaction nests as one), so a document that fails is undone alone and the
// others in the batch stay. A commit per document cost ingest about a fifth of its store time.
// A batch is committed when it holds `size` documents or has been open `ms` milliseconds; a timer
// commits it also while the writer waits for the next document, so other writers never wait long.
import type { Db } from './adapters/sqlite.ts';
import { retryBusy } from './adapters/sqlite.ts';

export class WriteBatch {
  private first: number | undefined; // input index of the first document in the open batch
  private count = 0;
  private opened = 0;
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown; // a commit the timer made that failed, thrown at the next write

  constructor(private readonly db: Db, private readonly size = 64, private readonly ms = 250) {}

  /** Runs `write` (the input at `index`) inside the open batch, starting one when none is open. */
  write<T>(index: number, write: () => T): T {
    this.rethrow();
    if (this.first === undefined) {
      retryBusy(() => this.db.prepare('BEGIN IMMEDIATE').run()); // another writer is waited for, as per document
      this.first = index;
      this.count = 0;
      this.opened = Date.now();
      this.timer = setTimeout(() => { try { this.commit(); } catch (err) { this.failure = err; } }, this.ms);
      this.timer.unref();
    }
    try {
      return write();
    } finally {
      this.count++;
      if (this.count >= this.size || Date.now() - this.opened >= this.ms) this.commit();
    }
  }

  /** The input index of the first document not yet committed, if any. */
  get pending(): number | undefined {
    return this.first;
  }

  commit(): void {
    this.rethrow();
    if (this.first === undefined) return;
    clearTimeout(this.timer);
    if (this.db.inTransaction) this.db.prepare('COMMIT').run();
    this.first = undefined; // only once committed: after a failed commit these inputs are not stored
  }

  private rethrow(): void {
    if (this.failure === undefined) return;
    const err = this.failure;
    this.failure = undefined;
    throw err;
  }

  /** After a database failure: whatever the batch held is not stored. */
  abandon(): void {
    clearTimeout(this.timer);
    this.first = undefined;
    this.failure = undefined;
    try {
      if (this.db.inTransaction) this.db.prepare('ROLLBACK').run();
    } catch { /* the failure itself is what the user is told */ }
  }
}
