// Crawler dumps: a `.jsonl` file of records `{id?, url?, title?, published?, site?, text | html}`,
// one document per line. The document's name (the records' `doc`) is its id, else its url; the
// record's metadata is the document's own and wins over what the text or markup says. A bad line
// is named by its number and skipped; the rest go on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as z from 'zod'; // a namespace import the bundler can tree-shake (zod's locales stay out)
import type { Document, DocumentMeta } from '../document.ts';
import { newDocument } from '../document.ts';
import { LoadError } from './loader.ts';
import { headOf } from './text.ts';
import { normalizeIsoDate } from './dates.ts';

const text = z.string().nullish();
const RecordSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(), url: text, title: text, published: text, site: text,
  author: text, text, html: text,
});

export const isDump = (file: string) => /\.jsonl$/i.test(file);

/** Every document of a dump, or the reason a line gave none, in line order. */
export async function* loadDump(file: string): AsyncGenerator<Document | LoadError> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    yield new LoadError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
    return;
  }
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${file}:${i + 1}`;
    try {
      yield await fromLine(line, where);
    } catch (err) {
      if (err instanceof LoadError) yield err;
      else if (err instanceof SyntaxError) yield new LoadError(where, `line ${i + 1}: not JSON (${err.message})`);
      else throw err;
    }
  }
}

async function fromLine(line: string, where: string): Promise<Document> {
  const parsed = RecordSchema.safeParse(JSON.parse(line));
  if (!parsed.success) throw new LoadError(where, `line ${where.slice(where.lastIndexOf(':') + 1)}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  const r = parsed.data;
  const name = r.id != null && String(r.id).trim() ? String(r.id).trim() : r.url?.trim();
  const lineNo = where.slice(where.lastIndexOf(':') + 1);
  if (!name) throw new LoadError(where, `line ${lineNo}: no id or url to name the document`);
  const body = r.text ?? r.html;
  if (!body || !body.trim()) throw new LoadError(where, `line ${lineNo}: no text or html`);
  const own: Partial<DocumentMeta> = {};
  if (r.title?.trim()) own.title = r.title.trim();
  if (r.published?.trim()) own.published = normalizeIsoDate(r.published) ?? null;
  if (r.url?.trim()) own.url = r.url.trim();
  if (r.site?.trim()) own.site = r.site.trim();
  if (r.author?.trim()) own.author = r.author.trim();
  const id = createHash('sha256').update(line).digest('hex');
  if (r.text != null) {
    const raw = r.text.replace(/\r\n?/g, '\n');
    const head = headOf(raw);
    return newDocument({ id, source: where, name, format: 'txt', raw, meta: { ...head, ...dropNulls(own) } });
  }
  // the HTML loader (and cheerio) only when a record has markup: a text-only run never loads them
  const { loadHtml } = await import('./html.ts');
  const loaded = await loadHtml(Buffer.from(body, 'utf8'), where);
  return newDocument({
    id, source: where, name, format: 'html', raw: loaded.raw,
    meta: { ...loaded.meta, ...dropNulls(own) }, diagnostics: loaded.diagnostics,
  });
}

function dropNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
