// How far a thread's heap may grow past what it keeps alive. Left alone, V8 lets garbage pile up to
// several times the live heap (~25 MB per thread) before its first full collection, and each worker
// thread does so on its own: peak RSS of 300–600 MB for little live data. A hard cap
// (--max-old-space-size, a worker's maxOldGenerationSizeMb) would instead end the run on one huge
// document that needs more; a growth factor only collects sooner, and a document is never refused
// for its size.
//
// Why V8's own growth factor and not a full collection between documents (what this module did
// before): a collection forced when no document is alive frees the hidden classes ("maps") of the
// objects every document makes and drops (a class's instances, an object given a field after it
// was made), and V8 then throws away the optimized code of every function that read them ("weak
// objects" in --trace-deopt) and compiles it again. Measured, `extract` of the bench's 50 MB in one
// thread: 264 such deoptimizations and 794 optimized compilations (5.0 s of compiler time) with
// the forced collections, none and 320 with V8's incremental ones, which run while a document is
// alive; with 2 workers over 200 MB, 58–61 s of CPU and 30–33 s wall before, 51 s and 26.5 s after.
import v8 from 'node:v8';
import { once } from './lazy.ts';

/**
 * After each full collection the old generation may grow by this share of what survived before
 * the next. Measured with 2 workers over the bench's 200 MB: peak RSS 216–220 MB at 30, 217–222
 * at 50 (and more CPU at 50 over 50 MB in one thread); V8's default (a factor of up to 4) let one
 * thread's heap reach 104 MB and its RSS 175 MB.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Sets the growth factor for every thread of the process, once (V8's flags are the process's; a
 * collector reads this one each time it sets the next limit, so it applies from the next
 * collection on, to threads started before and after).
 */
export const limitHeapGrowth = once(() => v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`));
