// A folder's manifest: the address each file was saved from, for texts kept without it (a crawl
// saved as .txt files, a MANIFEST.tsv listing them). The context stage reads a document's address
// as it does a web page's or a dump line's: the site's place ("yenbai.gov.vn": Yên Bái), which the
// text itself often never names ("toàn tỉnh", "của tỉnh"), and the page's title when the text
// opens on none of its own (its place and period, as a web page's headline gives them).
//
// The manifest is a tab-separated table with a header: a `file` column and an address column
// (`url`, else `source` or `link`), and optionally a `title` column; other columns are left alone. It sits in the file's folder, or
// in the folder above it (a set laid out as docs/ beside MANIFEST.tsv). A row names its file by
// its path from the manifest's folder, or by its bare name when that is unique in the manifest.
import fs from 'node:fs';
import path from 'node:path';

const MANIFEST_NAMES = ['MANIFEST.tsv', 'manifest.tsv'];
const ADDRESS_COLUMNS = ['url', 'source', 'link'];
const ADDRESS = /^https?:\/\/\S+$/i;

/** What a manifest's row says of its file. */
export interface Listing { url: string; title: string | null }
interface Manifest { byPath: Map<string, Listing>; byName: Map<string, Listing | null> }

// every file of a folder asks: each folder's manifest is read once per thread
const manifests = new Map<string, Manifest | null>();

/** The row a manifest beside `file`, or one folder up, lists for it; null when none does. */
export function listing(file: string): Listing | null {
  const abs = path.resolve(file);
  const own = path.dirname(abs);
  for (const folder of [own, path.dirname(own)]) {
    const manifest = manifestIn(folder);
    if (!manifest) continue;
    const relative = path.relative(folder, abs).split(path.sep).join('/');
    const row = manifest.byPath.get(relative) ?? manifest.byName.get(path.basename(abs));
    if (row) return row;
  }
  return null;
}

function manifestIn(folder: string): Manifest | null {
  let manifest = manifests.get(folder);
  if (manifest === undefined) {
    manifest = null;
    for (const name of MANIFEST_NAMES) {
      let text: string;
      try {
        text = fs.readFileSync(path.join(folder, name), 'utf8');
      } catch {
        continue; // no manifest of this name here
      }
      manifest = parseManifest(text);
      break;
    }
    manifests.set(folder, manifest);
  }
  return manifest;
}

/** The table's rows as file → address and title; null when it has no file column or no address column. */
export function parseManifest(text: string): Manifest | null {
  const [header, ...rows] = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const columns = header.split('\t').map((c) => c.trim().toLowerCase());
  const fileAt = columns.indexOf('file');
  const urlAt = ADDRESS_COLUMNS.map((c) => columns.indexOf(c)).find((i) => i >= 0) ?? -1;
  if (fileAt < 0 || urlAt < 0) return null;
  const titleAt = columns.indexOf('title');
  const byPath = new Map<string, Listing>(), byName = new Map<string, Listing | null>();
  for (const line of rows) {
    const cells = line.split('\t');
    const file = cells[fileAt]?.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    const url = cells[urlAt]?.trim();
    if (!file || !url || !ADDRESS.test(url)) continue;
    const listed = { url, title: (titleAt >= 0 && cells[titleAt]?.trim()) || null };
    byPath.set(file, listed);
    const name = file.slice(file.lastIndexOf('/') + 1);
    byName.set(name, byName.has(name) && byName.get(name)?.url !== url ? null : listed); // two rows, one name: neither
  }
  return { byPath, byName };
}
