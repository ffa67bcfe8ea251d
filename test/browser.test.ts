// The search page in a real browser: Debian's headless Chromium driven by playwright-core.
// Skips when /usr/bin/chromium is absent (.ci/run installs it). With CHITIEU_SCREENSHOT=FILE it
// also saves a screenshot of a highlighted document (`npm run screenshot` writes docs/screenshot.png)
// and, beside it, one of a chart of several places (docs/chart.png).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../pipeline/commands/cli.fixtures.ts';
import type { RunningServer } from '../pipeline/server.ts';
import { startServer } from '../pipeline/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const screenshotFile = process.env.CHITIEU_SCREENSHOT;

// A document whose text looks like markup: the page must show it as text and run nothing.
const HOSTILE = 'Báo cáo thử <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>\n'
  + 'Tỷ lệ hộ nghèo giảm còn 1,2% <b>cuối năm</b>.\n';

// Our own short reports: the poverty rate of three provinces over three years, two of them
// disagreeing on one province's 2023 figure.
const SERIES: Record<string, string> = {};
for (const [slug, place, values] of [
  ['lc', 'Lai Châu', ['13,2', '11,4', '9,5']], ['ht', 'Hà Tĩnh', ['3,6', '2,9', '2,1']], ['db', 'Điện Biên', ['17,1', '15', '12,9']],
] as const) {
  values.forEach((v, i) => { SERIES[`${slug}-${2021 + i}.txt`] = `Năm ${2021 + i}, tỷ lệ hộ nghèo của tỉnh ${place} còn ${v}%.\n`; });
}
SERIES['lc-2023-ubnd.txt'] = 'Năm 2023, tỷ lệ hộ nghèo toàn tỉnh Lai Châu giảm còn 9,8%.\n';

// a skip says why, in the test's name: the report shows it
const title = hasChromium ? 'search page in Chromium'
  : `search page in Chromium — skipped: no ${CHROMIUM} (install it with \`apt-get install chromium\`, as .ci/run does)`;

describe.skipIf(!hasChromium)(title, () => {
  let dir: string;
  let server: RunningServer;
  let seriesServer: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-browser-'));
    fs.writeFileSync(path.join(dir, 'hostile.txt'), HOSTILE);
    const dbPath = path.join(dir, 'chitieu.db');
    const ingested = await runCli(['ingest', 'seeds', path.join(dir, 'hostile.txt'), '--db', dbPath]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServer({ dbPath, port: 0, log: () => {} });
    fs.mkdirSync(path.join(dir, 'series'));
    for (const [name, text] of Object.entries(SERIES)) fs.writeFileSync(path.join(dir, 'series', name), text);
    const seriesDb = path.join(dir, 'series.db');
    const made = await runCli(['ingest', path.join(dir, 'series'), '--db', seriesDb]);
    expect(made.code, made.stderr).toBe(0);
    seriesServer = await startServer({ dbPath: seriesDb, port: 0, log: () => {} });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await seriesServer?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('searches without diacritics, opens a document with its statements highlighted, and charts the indicator', async () => {
    await page.goto(server.url);
    await page.locator('#results tbody tr').first().waitFor();

    await page.fill('#text', 'thu nhap binh quan');
    await page.click('button[type=submit]');
    const rows = page.locator('#results tbody tr', { hasText: /thu nhập bình quân/i });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^\d+ statements/);
    const shownRows = await page.locator('#results tbody tr').count();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(shownRows).toBe(await rows.count()); // every row is about the words searched for
    const row = page.locator('#results tbody tr', { hasText: '62 triệu đồng/người/năm' });
    expect(await row.textContent()).toContain('95% chỉ tiêu Nghị quyết đại hội');
    await row.click();

    // The document: every statement is a <mark>, the chosen one selected and scrolled into view.
    const selected = page.locator('#doc-text mark.selected');
    await selected.first().waitFor();
    const shown = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('#doc-text mark')] as HTMLElement[];
      const chosen = marks.filter((m) => m.classList.contains('selected'));
      const pane = document.getElementById('doc-text')!.getBoundingClientRect();
      const box = chosen[0].getBoundingClientRect();
      return {
        marks: marks.length,
        text: document.getElementById('doc-text')!.textContent,
        chosen: chosen.map((m) => m.textContent).join(''),
        visible: box.top >= pane.top && box.bottom <= pane.bottom && box.bottom <= window.innerHeight,
      };
    });
    const res = await fetch(`${server.url}api/search?text=${encodeURIComponent('62 trieu thu nhap')}&kind=progress`);
    const hit = (await res.json()).results[0];
    const doc = await (await fetch(`${server.url}api/document?id=${hit.document_id}`)).json();
    expect(shown.text).toBe(doc.text); // the whole text, nothing lost or added by highlighting
    expect(shown.chosen).toBe(hit.quote);
    expect(shown.marks).toBeGreaterThanOrEqual(new Set(doc.statements.map((s: { start: number }) => s.start)).size);
    expect(shown.visible).toBe(true);

    // The chart: one point per document that states the indicator, the chosen one marked.
    await page.locator('#chart svg circle').first().waitFor();
    expect(await page.locator('#chart svg circle').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#chart svg circle.selected').count()).toBe(1);
    expect(await page.locator('#chart-title').textContent()).toContain('Thu nhập bình quân đầu người');

    // The CSV link downloads the current result.
    const href = await page.locator('#csv').getAttribute('href');
    expect(href).toContain('format=csv');
    const csv = await (await fetch(new URL(href!, server.url))).text();
    expect(csv.trim().split('\n')).toHaveLength(shownRows + 1);
    expect(csv).toContain('62 triệu đồng/người/năm');

    if (screenshotFile) {
      fs.mkdirSync(path.dirname(path.resolve(screenshotFile)), { recursive: true });
      await page.screenshot({ path: screenshotFile });
    }
    // Offline: nothing was fetched from anywhere but this server.
    expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([]);
  }, 60_000);

  it('charts one line per place over real periods, lists the source of each point, and flags the documents that disagree', async () => {
    await page.goto(`${seriesServer.url}?q=ho+ngheo`);
    const row = page.locator('#results tbody tr', { hasText: '9,5%' }); // lc-2023.txt's
    await row.waitFor();
    // the record itself says which document contradicts it
    expect(await row.locator('.check').textContent()).toBe('≠ lc-2023-ubnd.txt gives 9.8%');
    expect(await page.locator('#results tbody tr', { hasText: '2,1%' }).locator('.check').count()).toBe(0);
    await row.click();
    await page.locator('#chart svg polyline').first().waitFor();
    const chart = await page.evaluate(() => {
      const lines = [...document.querySelectorAll('#chart svg polyline')].map((l) => ({
        place: l.getAttribute('data-place'),
        xs: l.getAttribute('points')!.trim().split(' ').map((p) => Number(p.split(',')[0])),
      }));
      const dots = [...document.querySelectorAll('#chart svg circle')].map((c) => ({
        place: c.getAttribute('data-place'), x: Number(c.getAttribute('cx')), disagree: c.classList.contains('disagree'),
      }));
      const periods = [...document.querySelectorAll('#chart svg text.period')].map((t) => ({ text: t.textContent, x: Number(t.getAttribute('x')) }));
      const legend = [...document.querySelectorAll('#chart svg text.legend')].map((t) => t.textContent);
      const sources = [...document.querySelectorAll('#chart-sources li')].map((li) => li.textContent);
      return { lines, dots, periods, legend, sources };
    });
    // one line per place, through each of its points, left to right in time
    expect(chart.lines.map((l) => l.place).sort()).toEqual(['Hà Tĩnh', 'Lai Châu', 'Điện Biên']);
    for (const line of chart.lines) {
      expect(line.xs).toHaveLength(chart.dots.filter((d) => d.place === line.place).length);
      expect([...line.xs].sort((a, b) => a - b)).toEqual(line.xs);
    }
    expect(chart.legend.sort()).toEqual(['Hà Tĩnh', 'Lai Châu', 'Điện Biên']);
    // real periods on the x axis, in order, each once
    expect(chart.periods.map((p) => p.text)).toEqual(['2021', '2022', '2023']);
    expect(chart.periods[0].x).toBeLessThan(chart.periods[1].x);
    expect(chart.periods[1].x).toBeLessThan(chart.periods[2].x);
    expect(new Set(chart.dots.filter((d) => d.place === 'Hà Tĩnh').map((d) => d.x)))
      .toEqual(new Set(chart.dots.filter((d) => d.place === 'Điện Biên').map((d) => d.x)));
    // each point's source listed; the two that disagree marked, on the chart and in the list
    expect(chart.sources).toHaveLength(Object.keys(SERIES).length);
    for (const name of Object.keys(SERIES)) expect(chart.sources.filter((t) => t!.includes(name)).length, name).toBeGreaterThan(0);
    expect(chart.dots.filter((d) => d.disagree).map((d) => d.place)).toEqual(['Lai Châu', 'Lai Châu']);
    expect(chart.sources.filter((t) => t!.includes('≠')).sort()).toEqual([
      'Lai Châu · 2023 · 9,5% — lc-2023.txt ≠ lc-2023-ubnd.txt gives 9.8%',
      'Lai Châu · 2023 · 9,8% — lc-2023-ubnd.txt ≠ lc-2023.txt gives 9.5%',
    ]);
    if (screenshotFile) {
      await page.screenshot({ path: path.join(path.dirname(path.resolve(screenshotFile)), 'chart.png') });
    }
  }, 60_000);

  it('shows a document that looks like markup as text and runs none of it', async () => {
    await page.goto(server.url);
    await page.fill('#text', 'ho ngheo 1,2');
    await page.click('button[type=submit]');
    // the row shows the document's title (its first line, markup and all, as text)
    const row = page.locator('#results tbody tr', { hasText: 'Báo cáo thử <img' });
    await row.first().waitFor();
    await row.first().click();
    await page.locator('#doc-text mark.selected').first().waitFor();
    const text = await page.locator('#doc-text').textContent();
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(await page.locator('#doc-text img, #doc-text script, #doc-text b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }, 60_000);

  it('shows the server\'s short message for a bad filter', async () => {
    await page.goto(server.url);
    await page.locator('#results tbody tr').first().waitFor();
    await page.evaluate(() => {
      const kind = document.getElementById('kind') as HTMLSelectElement;
      kind.append(new Option('bogus', 'bogus'));
      kind.value = 'bogus';
      kind.dispatchEvent(new Event('change'));
    });
    await expect.poll(() => page.locator('#status').textContent()).toContain('kind must be one of');
  }, 60_000);
});
