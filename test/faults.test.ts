// Fault injection: hostile and unlucky inputs, concurrent writers, safe exports. Each case reproduces
// a failure that once lost data or hung, through the real CLI in a child process where it matters
// (signals, pipes, file-size limits, other users), so that none of them comes back.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'chitieu.js');

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs the CLI in a child process; `shell` wraps it (ulimit, pipes) when given. */
// bash, for pipefail
function cli(args: string[], options: { input?: string; shell?: (cmd: string) => string; timeout?: number; env?: Record<string, string> } = {}): Promise<Run> {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = options.shell
    ? spawn('/bin/bash', ['-c', options.shell(quoted)], { cwd: root, env: { ...process.env, ...options.env } })
    : spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  if (options.input !== undefined) child.stdin.end(options.input);
  else child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
  return new Promise((resolve) => child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); }));
}

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-faults-')); });
afterAll(() => { spawnSync('chmod', ['-R', 'u+w', dir]); fs.rmSync(dir, { recursive: true, force: true }); });
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

const LINE = 'Giá trị sản xuất đạt 7.476 tỷ đồng.\n';
const SEED = path.join(root, 'seeds');

describe('one document costs only itself', () => {
  it('150,000 statements in one document are all extracted, and the batch goes on (item 2)', async () => {
    const many = file('many.txt', LINE.repeat(150_000));
    const small = file('small.txt', 'Tỷ lệ hộ nghèo giảm còn 1,2%.\n');
    const r = await cli(['extract', many, small], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(150_001);
    expect(JSON.parse(lines[150_000]).doc).toBe('small.txt');
  }, 150_000);
});

describe('closed pipes (item 13)', () => {
  it('`extract … | head -1` exits quietly', async () => {
    const big = file('pipe/big.txt', LINE.repeat(20_000));
    for (const command of [['extract', big], ['extract', path.dirname(big)]]) {
      const r = await cli(command, { shell: (cmd) => `set -o pipefail; ${cmd} | head -1` });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')).toHaveLength(2);
    }
  }, 120_000);
});

describe('extract walks directories like ingest (item 14)', () => {
  it('reads the known files under a folder, and names a broken one while the others go on', async () => {
    file('walk/a.txt', 'Tỷ lệ hộ nghèo giảm còn 1,2%.\n');
    file('walk/sub/b.md', 'Giá trị sản xuất đạt 7.476 tỷ đồng.\n');
    file('walk/broken.pdf', 'not a pdf');
    const r = await cli(['extract', path.join(dir, 'walk')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.pdf: /);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc).sort()).toEqual(['a.txt', 'b.md']);
  }, 60_000);
});
