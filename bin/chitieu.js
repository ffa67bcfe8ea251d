#!/usr/bin/env node
// Entry point for `npx chitieu`. Runs the build in dist/ (made by `npm run build`, which `npm install`
// and `npm ci` run); when it is missing or older than any source it was built from, runs the
// TypeScript sources through tsx instead, so a stale build is never what answers.
import v8 from 'node:v8';
import { buildIsFresh } from './build-state.js';

// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
// code on the second, so each of the rules' regexes is compiled twice; compiling once saved ~60 ms of
// CPU in a one-seed run. Set before any of ours is compiled (a regexp flag, read at compile time).
v8.setFlagsFromString('--no-regexp-tier-up');

let main;
if (buildIsFresh(new URL('..', import.meta.url))) {
  process.setSourceMapsEnabled(true); // errors name the TypeScript lines
  ({ main } = await import('../dist/cli.js'));
} else {
  if (process.stderr.isTTY) process.stderr.write('chitieu: no up-to-date build in dist/, running the sources (npm run build makes it fast)\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
