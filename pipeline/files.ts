// Input walking for `ingest`: directories are walked for files the loader knows; files named
// explicitly are taken whatever their extension (and a missing one is left for the loader to report).
import fs from 'node:fs/promises';
import path from 'node:path';
import { KNOWN_EXTENSIONS } from './load.ts';

export interface InputFile {
  /** the path as the user would recognise it (relative when given relative) */
  path: string;
  /** bytes, or 0 when it could not be read (the loader will say why) */
  size: number;
}

const isKnown = (file: string) => KNOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());

/** Every file under `dir`, recursively, skipping hidden entries; symlink loops are visited once. */
async function walk(dir: string, seen: Set<string>, out: InputFile[]): Promise<void> {
  const real = await fs.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let stat;
    try {
      stat = await fs.stat(full); // follows symlinks
    } catch {
      continue; // a dangling symlink inside a walked folder is not an input
    }
    if (stat.isDirectory()) await walk(full, seen, out);
    else if (stat.isFile() && isKnown(full)) out.push({ path: full, size: stat.size });
  }
}

const byPath = (a: InputFile, b: InputFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The files to ingest, in order: each argument in turn, a directory's files sorted by path; no file twice. */
export async function listInputs(args: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const taken = new Set<string>();
  const add = (file: InputFile) => {
    const key = path.resolve(file.path);
    if (!taken.has(key)) { taken.add(key); out.push(file); }
  };
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      add({ path: arg, size: 0 });
      continue;
    }
    if (stat.isDirectory()) {
      const found: InputFile[] = [];
      await walk(arg, new Set(), found);
      found.sort(byPath).forEach(add);
    } else {
      add({ path: arg, size: stat.size });
    }
  }
  return out;
}
