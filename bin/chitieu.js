#!/usr/bin/env node
// Entry point for `npx chitieu`. Runs the build in dist/ (made by `npm run build`, which `npm install`
// and `npm ci` run); when it is missing or older than any source it was built from, runs the
// TypeScript sources through tsx instead, so a stale build is never what answers.
import { buildIsFresh } from './build-state.js';

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
