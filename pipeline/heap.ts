// A soft ceiling on the heap, checked between documents. Left alone, V8 lets garbage pile up to
// several times the live heap (~25 MB per thread) before its first full collection, and each worker
// thread does so on its own: peak RSS of 300–600 MB for little live data. A hard cap
// (--max-old-space-size, a worker's maxOldGenerationSizeMb) would instead end the run on one huge
// document that needs more; this one only collects, and a document is never refused for its size.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A thread that runs the stages. Measured with 2 workers: extract of 20 MB peaks at ~181 MB RSS with
 * 40, ~205 with 48, ~211 with 60, 235–278 with none; but at 40 the live heap (~30 MB) sits so near
 * that a collection comes every few documents (+15–20 % CPU), at 48 it costs nothing measurable.
 */
export const HEAP_CEILING_MB = 48;
/**
 * The pool's writer, which only stores or prints what the workers send: its live heap is ~10 MB, and
 * with 48 its garbage grew to ~25 MB before V8 collected it. Measured, `ingest` of the bench's 50 MB
 * with 2 workers: 259 MB peak RSS at 48, 240 at 16, 239 at 12, with no CPU cost seen.
 */
export const WRITER_HEAP_CEILING_MB = 16;

let collect: (() => void) | null | undefined;

/** A check to call between documents: a full collection once the heap has grown past `mb`. */
export function heapCeiling(mb: number): () => void {
  let ceiling = mb * 1e6;
  return () => {
    if (v8.getHeapStatistics().used_heap_size <= ceiling) return;
    collect ??= gcFunction();
    if (!collect) return;
    collect();
    // a live heap near the ceiling (a large document still held) would collect after every
    // document: the ceiling moves above it
    ceiling = Math.max(ceiling, 1.5 * v8.getHeapStatistics().used_heap_size);
  };
}

/** V8's collector as a function (exposed at run time, so no flag at start-up); null if refused. */
function gcFunction(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
