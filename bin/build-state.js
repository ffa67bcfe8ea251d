// Whether dist/ holds a build of the current sources: dist/cli.js exists and no source named in
// dist/build.json (written by scripts/build.js) changed after it. Plain JS: bin/chitieu.js asks
// before anything is compiled.
import { readFileSync, statSync } from 'node:fs';

/** `root`: the project folder as a file URL ending in '/'. */
export function buildIsFresh(root) {
  try {
    const built = statSync(new URL('dist/cli.js', root)).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('dist/build.json', root), 'utf8'));
    return inputs.length > 0 && inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false; // no build, or a source it names is gone
  }
}
