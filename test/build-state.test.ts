// bin/chitieu.js runs the build only while it is newer than every source it was made from.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { buildIsFresh } from '../bin/build-state.js';
// @ts-expect-error plain JS module without types
import { sourceStack } from '../bin/source-stack.js';

let dir: string;
let root: URL;
const at = (rel: string, seconds: number) => fs.utimesSync(path.join(dir, rel), seconds, seconds);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-build-'));
  root = pathToFileURL(dir + path.sep);
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.mkdirSync(path.join(dir, 'pipeline'));
  fs.writeFileSync(path.join(dir, 'pipeline/cli.ts'), '');
  fs.writeFileSync(path.join(dir, 'dist/cli.js'), '');
  fs.writeFileSync(path.join(dir, 'dist/build.json'), JSON.stringify({ inputs: ['pipeline/cli.ts'] }));
  at('pipeline/cli.ts', 1000);
  at('dist/cli.js', 2000);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the build in dist/', () => {
  it('is used while no source changed after it', () => {
    expect(buildIsFresh(root)).toBe(true);
  });
  it('is stale once a source it was built from is newer, gone, or when there is none', () => {
    at('pipeline/cli.ts', 3000);
    expect(buildIsFresh(root)).toBe(false);
    fs.rmSync(path.join(dir, 'pipeline/cli.ts'));
    expect(buildIsFresh(root)).toBe(false);
    fs.rmSync(path.join(dir, 'dist'), { recursive: true });
    expect(buildIsFresh(root)).toBe(false);
  });
});

describe('bin/chitieu.js as an executable (npx chitieu)', () => {
  it('starts node with the flags on its #! line', () => {
    const bin = fileURLToPath(new URL('../bin/chitieu.js', import.meta.url));
    const flags = fs.readFileSync(bin, 'utf8').split('\n', 1)[0];
    expect(flags).toMatch(/^#!\/usr\/bin\/env -S node --/); // a bad flag would stop node before any of ours runs
    expect(execFileSync(bin, ['--help'], { encoding: 'utf8' })).toMatch(/^chitieu — /);
  });
});

const DIST_CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
describe.skipIf(!fs.existsSync(DIST_CLI))('an error in the build', () => {
  it('names the TypeScript line it comes from (source maps without the sources inside them)', () => {
    const script = `import(${JSON.stringify(pathToFileURL(DIST_CLI).href)}).then(async (m) => { try { await m.main(null); } catch (e) { console.log(e.stack); } });`;
    const stack = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script]).toString();
    expect(stack).toMatch(/pipeline\/cli\.ts:\d+:\d+/);
  });
  it('is told in the TypeScript lines by bin/ when shown, without Node reading every map at start-up', () => {
    const script = `import(${JSON.stringify(pathToFileURL(DIST_CLI).href)}).then(async (m) => { try { await m.main(null); } catch (e) { console.log(e.stack); } });`;
    const built = execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString();
    expect(built).toMatch(/at Module\.main \(file:\/\/\S*\/dist\/cli\.js:\d+:\d+\)/);
    const told = sourceStack(built);
    expect(told).toMatch(/at Module\.main \(file:\/\/\S*\/pipeline\/cli\.ts:\d+:\d+\)/);
    expect(told).not.toMatch(/dist\/cli\.js/);
  });
});

describe.skipIf(!fs.existsSync(DIST_CLI))('the build', () => {
  it('keeps every regex literal a literal, made once, not a `new RegExp("…")` made each time it runs', () => {
    const dist = path.dirname(DIST_CLI);
    const rebuilt = fs.readdirSync(dist).filter((f) => f.endsWith('.js'))
      .flatMap((f) => fs.readFileSync(path.join(dist, f), 'utf8').match(/new RegExp\("(?:[^"\\\n]|\\.)*", "[a-z]*"\)/g) ?? []);
    expect(rebuilt).toEqual([]);
  });
});

describe('a stack told in the sources', () => {
  it('leaves frames of files without a map beside them as they are', () => {
    const stack = 'Error: x\n    at f (file:///nowhere/lib.js:1:2)\n    at node:internal/main:3:4';
    expect(sourceStack(stack)).toBe(stack);
  });
});
