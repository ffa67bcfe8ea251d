#!/usr/bin/env node
// Entry point for `npx chitieu`. Runs the build in dist/ (made by `npm run build`, which `npm install`
// and `npm ci` run); when it is missing or older than any source it was built from, runs the
// TypeScript sources through tsx instead, so a stale build is never what answers.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);

function buildIsFresh() {
  try {
    const built = statSync(new URL('dist/cli.js', root)).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('dist/build.json', root), 'utf8'));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false; // no build, or a source it names is gone
  }
}

let main;
if (buildIsFresh()) {
  process.setSourceMapsEnabled(true); // errors name the TypeScript lines
  ({ main } = await import('../dist/cli.js'));
} else {
  if (process.stderr.isTTY) process.stderr.write('chitieu: no up-to-date build in dist/, running the sources (npm run build makes it fast)\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
