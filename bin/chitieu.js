#!/usr/bin/env -S node --max-semi-space-size=4
// Entry point for `npx chitieu`. Runs the build in dist/ (made by `npm run build`, which `npm install`
// and `npm ci` run); when it is missing or older than any source it was built from, runs the
// TypeScript sources through tsx instead, so a stale build is never what answers.
//
// The flag above caps this thread's young generation (V8's default grows it to 2 × 16 MB) and only
// a flag at start-up can: with worker threads this thread is the writer, its live heap ~10 MB. Measured
// on the bench's corpora, `ingest` with 2 workers: peak RSS 256 → 242 MB (200 MB), 235 → 230 (50 MB);
// one-thread `extract` of 10 MB no slower (3.7–4.6 s of CPU either way). Workers get theirs in pool.ts.
// `env -S` is GNU's, macOS's and the BSDs' (npm's Windows shims read it); BusyBox's env lacks it, and
// there `node bin/chitieu.js` runs the same program without the cap.
import v8 from 'node:v8';
import { buildIsFresh } from './build-state.js';

// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
// code on the second, so each of the rules' regexes is compiled twice; compiling once saved ~60 ms of
// CPU in a one-seed run. Set before any of ours is compiled (a regexp flag, read at compile time).
v8.setFlagsFromString('--no-regexp-tier-up');

let main;
const built = buildIsFresh(new URL('..', import.meta.url));
if (built) {
  ({ main } = await import('../dist/cli.js'));
} else {
  if (process.stderr.isTTY) process.stderr.write('chitieu: no up-to-date build in dist/, running the sources (npm run build makes it fast)\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli.ts'));
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // errors name the TypeScript lines (the sources run through tsx name them already)
  if (built && err instanceof Error && err.stack) err.stack = (await import('./source-stack.js')).sourceStack(err.stack);
  throw err;
}
