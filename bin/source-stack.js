// An error's stack told in the TypeScript sources' lines. The build's source maps are read here, and
// only when an error is shown: Node's own support (process.setSourceMapsEnabled) reads and parses
// the map of every file as it loads, ~40 ms of every run (a one-seed `extract`: 0.52 → 0.48 s of
// CPU). Plain JS, like the rest of bin/.
import fs from 'node:fs';
import { SourceMap } from 'node:module';

// a frame's place in a built file: file:///…/dist/chunk-X.js:LINE:COLUMN
const FRAME = /(file:\/\/[^\s()]*\.js):(\d+):(\d+)/g;
const maps = new Map();

function mapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(fs.readFileSync(new URL(`${url}.map`), 'utf8')));
    } catch {
      // no map beside the file (a library, Node itself): its frames stay as they are
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** `stack` with every frame in a file that has a map beside it moved to its source's line and column. */
export function sourceStack(stack) {
  return stack.replace(FRAME, (frame, url, line, column) => {
    const entry = mapOf(url)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry?.originalSource) return frame;
    return `${new URL(entry.originalSource, url).href}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
