#!/usr/bin/env node
// `npm run build` (also run by `npm install` / `npm ci` through `prepare`): bundles the TypeScript
// CLI and the pool's worker into dist/ with esbuild, source maps beside them. Libraries stay in
// node_modules (imported at run time, each only when first needed), except zod: every run validates
// with it, and its modules cost ~80 ms to resolve and load one by one; bundled, and imported as a
// namespace the bundler can tree-shake (its 750 kB of locales stay out), ~40 ms. dist/build.json lists every
// source the bundle was made from, so bin/chitieu.js can tell a stale build and run the sources instead.
// The gazetteer's index is built here too and packed into dist/gazetteer.json (a run reads it in
// milliseconds instead of building it from the package's tables).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'dist');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('chitieu build: esbuild is not installed; bin/chitieu.js will run the TypeScript sources');
  process.exit(0);
}
fs.rmSync(out, { recursive: true, force: true });
const { dependencies } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const BUNDLED = new Set(['zod']);
const external = Object.keys(dependencies).filter((d) => !BUNDLED.has(d)).flatMap((d) => [d, `${d}/*`]);
// esbuild's table has Node 20 without \p{…} in a regex literal (it has it), so it would rewrite each
// such literal as `new RegExp(…)`, built anew every time the expression runs: 114 of them, some in
// functions run for every word.
const LITERAL_REGEXPS = { 'regexp-unicode-property-escapes': true };
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['pipeline/cli.ts', 'pipeline/worker.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true, // a command's or a format's code is its own chunk, loaded when first used
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: LITERAL_REGEXPS,
  external,
  sourcemap: true,
  sourcesContent: false, // the maps name the sources, which ship beside them: a third the size, parsed at every start-up
  metafile: true,
  logLevel: 'warning',
});
await packGazetteer();
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')).sort();
fs.writeFileSync(path.join(out, 'build.json'), JSON.stringify({ inputs }, null, 1) + '\n');

/** dist/gazetteer.json: the adapter itself, bundled to a scratch module and run once. */
async function packGazetteer() {
  const scratch = path.join(out, '.gazetteer-build.mjs');
  await esbuild.build({
    absWorkingDir: root, entryPoints: ['pipeline/adapters/gazetteer.ts'], outfile: scratch,
    bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  try {
    const { buildIndex, packIndex } = await import(pathToFileURL(scratch).href);
    fs.writeFileSync(path.join(out, 'gazetteer.json'), packIndex(buildIndex()));
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
