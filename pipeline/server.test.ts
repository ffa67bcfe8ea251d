import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase, openDatabase } from './adapters/sqlite.ts';
import { writeAgreementDocs } from './agreement.fixtures.ts';
import { runCli } from './commands/cli.fixtures.ts';
import { parseCsv } from './csv.ts';
import type { RunningServer } from './server.ts';
import { createHandler, startServer } from './server.ts';
import cases from './server.cases.json' with { type: 'json' };

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A raw HTTP request: the path goes out exactly as written (no URL normalization). */
function request(base: string, rawPath: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET',
      headers: options.host ? { Host: options.host } : {},
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.method === 'POST' ? 'DELETE FROM statements' : undefined);
  });
}

const looksLikeStack = (s: string) => /\n\s+at |\.ts:\d+|node_modules|\/work\//.test(s);

describe('chitieu serve', () => {
  let dir: string;
  let dbPath: string;
  let server: RunningServer;
  const logged: string[] = [];
  const get = (p: string) => request(server.url, p);
  const statementCount = () => {
    const db = openDatabase(dbPath, { readonly: true });
    try { return (db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n; } finally { closeDatabase(db); }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-serve-'));
    dbPath = path.join(dir, 'chitieu.db');
    const ingested = await runCli(['ingest', 'seeds', '--db', dbPath]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServer({ dbPath, port: 0, log: (m) => logged.push(m) });
  }, 30_000);

  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with a policy that allows nothing from elsewhere', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<script src="/app.js"');
    expect(page.body).not.toMatch(/(?:src|href)="(?:https?:)?\/\//); // no CDN, no remote font
    for (const file of ['/app.js', '/style.css']) {
      const r = await get(file);
      expect(r.status).toBe(200);
      expect(r.body).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
  });

  it('searches with every filter as a parameter and returns JSON', async () => {
    const r = await get(`/api/search?text=${encodeURIComponent('thu nhap binh quan')}&kind=progress&unit=${encodeURIComponent('đồng/người/năm')}&min=6e7&max=7e7`);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.total).toBe(1);
    expect(body.results[0]).toMatchObject({ value_text: 'ước 62 triệu đồng/người/năm', percent_text: '95% chỉ tiêu Nghị quyết đại hội' });
  });

  it('downloads the same result as CSV', async () => {
    const r = await get(`/api/search?text=${encodeURIComponent('hộ nghèo')}&format=csv`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain('attachment');
    const json = JSON.parse((await get(`/api/search?text=${encodeURIComponent('ho ngheo')}&limit=1000`)).body);
    const [header, ...rows] = parseCsv(r.body.replace(/^\ufeff/, ''));
    expect(header[0]).toBe('indicator');
    expect(rows.map((row) => row[header.indexOf('quote')])).toEqual(json.results.map((h: { quote: string }) => h.quote));
  });

  it('marks a download cut at its limit in its name and header, and the JSON says how many rows a download holds', async () => {
    const all = JSON.parse((await get('/api/search?text=ty+le')).body);
    expect(all.total).toBeGreaterThan(3);
    expect(all.download_limit).toBe(100_000);
    const cut = await get('/api/search?text=ty+le&format=csv&limit=3');
    expect(cut.headers['x-chitieu-truncated']).toBe('first 3 rows');
    expect(cut.headers['content-disposition']).toContain('chitieu-results-first-3.csv');
    expect(parseCsv(cut.body)).toHaveLength(4);
    const whole = await get(`/api/search?text=ty+le&format=jsonl&limit=${all.total}`);
    expect(whole.headers['x-chitieu-truncated']).toBeUndefined();
    expect(whole.body.trim().split('\n')).toHaveLength(all.total);
  });

  it('finds no seed contradicting another on the page: no result carries check/disagreement', async () => {
    const all = JSON.parse((await get('/api/search?limit=1000')).body);
    expect(all.results.length).toBeGreaterThan(50);
    expect(all.results.filter((r: { notes: string }) => r.notes?.includes('check/disagreement'))).toEqual([]);
  });

  it('reports the real total for an offset past the end', async () => {
    const all = JSON.parse((await get('/api/search?text=ty+le')).body);
    const past = JSON.parse((await get('/api/search?text=ty+le&offset=999999999')).body);
    expect(past.results).toEqual([]);
    expect(past.total).toBe(all.total);
  });

  it('pages the document list instead of cutting it silently', async () => {
    const first = JSON.parse((await get('/api/documents?limit=2')).body);
    expect(first.documents).toHaveLength(2);
    expect(first.total).toBe(fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).length);
    const rest = JSON.parse((await get(`/api/documents?offset=2`)).body);
    expect(rest.documents).toHaveLength(first.total - 2);
    expect(new Set([...first.documents, ...rest.documents].map((d: { id: string }) => d.id)).size).toBe(first.total);
    expect((await get('/api/documents?limit=5000')).status).toBe(400);
  });

  it('serves a bookmarked search (/?q=…) as the page', async () => {
    const r = await get(`/?q=${encodeURIComponent('thu nhập')}&kind=value`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<script src="/app.js"');
    expect((await get('/?evil=1')).status).toBe(400);
  });

  it('returns a document with spans that slice its text, and one indicator\'s series', async () => {
    const hit = JSON.parse((await get('/api/search?text=thu+nhap+binh+quan&kind=progress')).body).results[0];
    const doc = JSON.parse((await get(`/api/document?id=${hit.document_id}`)).body);
    expect(doc.statements.length).toBeGreaterThan(10);
    const chosen = doc.statements.find((s: { id: number }) => s.id === hit.id);
    expect(doc.text.slice(chosen.start, chosen.end)).toBe(hit.quote);
    const series = JSON.parse((await get(`/api/series?indicator=${encodeURIComponent(hit.indicator)}`)).body);
    expect(series.points.map((p: { value: number }) => p.value)).toEqual(expect.arrayContaining([53e6, 62e6]));
    expect((await get(`/api/document?id=${'0'.repeat(64)}`)).status).toBe(404);
  });

  it.each(cases.badRequests)('400 for $path', async ({ path: p, message }) => {
    const r = await get(p);
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error).toContain(message);
    expect(body.error.length).toBeLessThan(120);
    expect(looksLikeStack(r.body)).toBe(false);
  });

  it.each(cases.notAllowed)('404 for %s: nothing outside the allow-list is served', async (p) => {
    const r = await get(p);
    expect(r.status).toBe(404);
    expect(r.body).toBe('{"error":"not found"}');
  });

  it('refuses another Host (DNS rebinding) while listening on loopback', async () => {
    expect((await request(server.url, '/api/units', { host: 'attacker.example:80' })).status).toBe(400);
    expect((await request(server.url, '/api/units', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
  });

  it('is read-only: writes are refused at the door and by the database', async () => {
    const before = statementCount();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await request(server.url, '/api/search', { method });
      expect(r.status).toBe(405);
    }
    expect(server.db.readonly).toBe(true);
    expect(() => server.db.prepare('DELETE FROM statements').run()).toThrow(/readonly|read-only|query_only/i);
    expect(statementCount()).toBe(before);
  });

  it('answers an internal error with 500 and a short message; the detail goes to the log only', async () => {
    const broken = { prepare() { throw new Error('disk I/O error at /secret/path'); } } as unknown as Db;
    const log: string[] = [];
    const other = http.createServer(createHandler(broken, { log: (m) => log.push(m) }));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = other.address() as { port: number };
      const r = await request(`http://127.0.0.1:${port}/`, '/api/units');
      expect(r.status).toBe(500);
      expect(JSON.parse(r.body)).toEqual({ error: 'internal error' });
      expect(log.join('\n')).toContain('/secret/path');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('tells the user when the database is missing, and when the port is taken', async () => {
    const missing = await runCli(['serve', '--db', path.join(dir, 'none.db'), '--port', '0']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such database file');
    const taken = await runCli(['serve', '--db', dbPath, '--port', new URL(server.url).port]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('EADDRINUSE');
    expect((await runCli(['serve', '--port', 'http'])).code).toBe(2);
    expect(logged).toEqual([]);
  });
});

describe('chitieu serve: documents that disagree', () => {
  let dir: string;
  let server: RunningServer;
  const get = async (p: string) => JSON.parse((await request(server.url, p)).body);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-serve-agree-'));
    const dbPath = path.join(dir, 'chitieu.db');
    const ingested = await runCli(['ingest', writeAgreementDocs(path.join(dir, 'in')), '--db', dbPath]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServer({ dbPath, port: 0, log: () => {} });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('flags both records on the page, naming the other document and its value; agreeing ones stay silent', async () => {
    const { results } = await get('/api/search?text=ho+ngheo');
    const notes = Object.fromEntries(results.map((r: { doc: string; notes: string }) => [r.doc, JSON.parse(r.notes) as string[]]));
    expect(Object.keys(notes).sort()).toEqual(['ht-2022.txt', 'ht-bao.txt', 'ht-ubnd.txt', 'lc-bao.txt', 'lc-ubnd.txt']);
    expect(notes['lc-bao.txt']).toContain('check/disagreement: lc-ubnd.txt gives 9.8%');
    expect(notes['lc-ubnd.txt']).toContain('check/disagreement: lc-bao.txt gives 9.5%');
    for (const doc of ['ht-bao.txt', 'ht-ubnd.txt', 'ht-2022.txt']) expect(notes[doc], doc).toEqual([]);
    const csv = await (await fetch(`${server.url}api/search?text=ho+ngheo&place=lai+chau&format=csv`)).text();
    expect(csv.match(/check\/disagreement/g)).toHaveLength(2);
  });

  it('marks the contradicted points of the chart', async () => {
    const series = await get(`/api/series?indicator=${encodeURIComponent('tỷ lệ hộ nghèo của tỉnh Lai Châu')}`); // as the page asks, with a record's wording
    const byDoc = Object.fromEntries(series.points.map((p: { doc: string; disagreement: string | null }) => [p.doc, p.disagreement]));
    expect(byDoc['lc-bao.txt']).toBe('check/disagreement: lc-ubnd.txt gives 9.8%');
    expect(byDoc['ht-bao.txt']).toBeNull();
    expect(series.points).toHaveLength(5);
  });

  it('draws a series from plain indicator words or a key no record carries as written', async () => {
    for (const words of ['tỷ lệ hộ nghèo', 'ty le ho ngheo', 'poverty_rate']) {
      const series = await get(`/api/series?indicator=${encodeURIComponent(words)}`);
      expect(new Set(series.points.map((p: { place: string }) => p.place)).size, words).toBeGreaterThanOrEqual(2);
    }
    expect((await get(`/api/series?indicator=${encodeURIComponent('sản lượng cà phê')}`)).points).toEqual([]);
  });
});
