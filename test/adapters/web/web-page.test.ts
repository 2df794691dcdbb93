/**
 * The page in a real browser (playwright-core driving Debian's chromium): ask and see the cited answer with its
 * quote, follow a suggestion, read the dashboard in groups and filter it, switch to English, load with no console
 * error, use it inside a non-Teams iframe, and take laptop and phone screenshots into a temporary folder (its path
 * is printed). Skipped, saying why, only when /usr/bin/chromium is missing, and never in CI (CI=true), where a
 * missing browser fails the run.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDigestScopes } from '../../../src/adapters/files/digest-scopes-file.js';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { startWeb } from '../../../src/adapters/web/start-web.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { buildServices } from '../../../src/services.js';
import { NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';
import { SAMPLE_DIGEST } from '../../fixtures/teams/digest.js';
import { testDesk } from '../files/test-desk.js';
import { type Harness, startHarness, TEST_NOW } from '../teams/runtime-harness.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!hasChromium && !inCi)
  console.warn(`Skipping the browser tests: ${CHROMIUM} does not exist (apt-get install chromium).`);
let artifacts = '';

describe.runIf(inCi)('the browser in CI', () => {
  it(`is installed at ${CHROMIUM} (.ci/run installs it): the page is never left untested`, () => {
    expect(hasChromium).toBe(true);
  });
});

let engine: AnswerEngine;
let browser: Browser;
let harness: Harness;
let page: Page;
/** Console errors and warnings, page errors and failed requests seen since the page opened. */
let problems: string[] = [];
const ROWS = '#deadline-table tbody tr[data-key]';

beforeAll(async () => {
  if (!hasChromium) return;
  engine = loadEngine();
  artifacts = mkdtempSync(join(tmpdir(), 'web-page-'));
  console.info(`Screenshots of the page: ${artifacts}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  if (!hasChromium) return;
  const posted = { id: 'd1', postedAt: TEST_NOW.toISOString(), digest: SAMPLE_DIGEST };
  harness = await startHarness({
    engine,
    db: openMemoryDatabase(),
    adapters: [startWeb],
    localChannel: { list: async () => [posted] },
    documents: testDesk,
  });
  // A parent page that is not Teams, to load the page in an iframe.
  harness.runtime.http.app.get('/test-frame', (_req, res) => {
    res
      .type('html')
      .send(
        '<!doctype html><title>Portāls</title><iframe src="/" title="Asistents" width="1000" height="800"></iframe>',
      );
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
});

afterEach(async () => {
  if (!hasChromium) return;
  await page.close();
  await harness.stop();
  harness.runtime.db.close();
});

async function ask(target: Page | Frame, question: string): Promise<void> {
  const before = await target.locator('.message.bot .answer').count();
  await target.locator('#question').fill(question);
  await target.locator('#question').press('Enter');
  await target.locator('.message.bot .answer').nth(before).waitFor();
}

describe.skipIf(!hasChromium)('the web page', () => {
  it('answers a question with the cited source and the quote on demand', async () => {
    await page.goto(`${harness.url}/`);
    await ask(page, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    const answer = page.locator('.message.bot .answer').last();
    await expect.poll(() => answer.textContent()).toContain('Atbildīgā institūcija: LM (Labklājības ministrija)');
    expect(await answer.locator('.source-place').first().textContent()).toBe('Avots: Plāns 2022–2025, 4.4.5. pasākums');
    const quote = answer.locator('.source blockquote').first();
    expect(await quote.isVisible()).toBe(false);
    await answer.locator('.source summary').first().click();
    expect(await quote.isVisible()).toBe(true);
    expect(await answer.locator('.facts dt').first().textContent()).toBe('Līdzatbildīgās institūcijas');
  });

  it('uploads a document, lists it with what was found, answers from it, and removes it', async () => {
    const file = join(artifacts, 'jauniesu-plans.docx');
    writeFileSync(file, await newDocumentDocx());
    await page.goto(`${harness.url}/`);
    const list = page.locator('#document-list');
    await expect.poll(() => list.textContent()).toContain('Vēl nav pievienots neviens dokuments.');
    await page.locator('#upload-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Augšupielādēt' }).click();
    await expect
      .poll(() => page.locator('#upload-status').textContent(), { timeout: 20_000 })
      .toBe(`Pievienots: ${NEW_TITLE}`);
    await expect.poll(() => list.locator('article h3').textContent()).toBe(NEW_TITLE);
    expect(await list.textContent()).toContain('Kas ir atbildīgs par 9.1.1. pasākumu?');
    await ask(page, 'Kas ir atbildīgs par 9.1.1. pasākumu?');
    const answer = page.locator('.message.bot .answer').last();
    expect(await answer.locator('.source-place').first().textContent()).toBe(`Avots: ${NEW_TITLE}, 9.1.1. pasākums`);
    await list.getByRole('button', { name: 'Noņemt' }).click();
    await expect.poll(() => list.textContent()).toContain('Vēl nav pievienots neviens dokuments.');
    expect(problems).toEqual([]);
  });

  it('asks a follow-up question when its button is pressed', async () => {
    await page.goto(`${harness.url}/`);
    await ask(page, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await page.getByRole('button', { name: 'Kāds ir 4.4.5 termiņš?' }).click();
    await page.locator('.message.bot .answer').nth(1).waitFor();
    const second = await page.locator('.message.bot .answer').nth(1).textContent();
    expect(second).toContain('2024. gada 2. pusgad');
    expect(await page.locator('.message.user').nth(1).textContent()).toContain('Kāds ir 4.4.5 termiņš?');
  });

  it('filters the dashboard by institution and by state', async () => {
    await page.goto(`${harness.url}/`);
    const rows = page.locator(ROWS);
    await rows.first().waitFor();
    const all = await rows.count();
    await page.getByLabel('Institūcija').selectOption('LM');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const owners = await page.locator(`${ROWS} td:nth-child(2)`).allInnerTexts();
    expect(owners.filter((o) => !/\bLM\b|Labklājības ministrij/.test(o))).toEqual([]);
    await page.getByLabel('Stāvoklis').selectOption('overdue');
    await expect.poll(() => page.locator(`${ROWS}:not(.bucket-overdue)`).count()).toBe(0);
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('#deadline-summary').textContent()).toMatch(/^Rādīti \d+ no \d+ · stāvoklis 2026-11-23$/);
  });

  it('loads with no console error or warning and no failed request', async () => {
    await page.goto(`${harness.url}/`);
    await page.locator(ROWS).first().waitFor();
    await page.locator('.digest h3').waitFor();
    await page.waitForSelector('body[data-host="standalone"]');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  it('groups the dashboard by what needs attention first, and folds long groups', async () => {
    await page.goto(`${harness.url}/`);
    await page.locator(ROWS).first().waitFor();
    const heads = await page.locator('#deadline-table .group-head th').allInnerTexts();
    const order = heads.map((head) => head.replace(/ \(\d+\)$/u, ''));
    const expected = ['Nokavēts', 'Termiņš 4 nedēļu laikā', 'Drīz sākas', 'Vēlāk', 'Izpildīts'];
    expect(order).toEqual(expected.filter((name) => order.includes(name)));
    expect(order[0]).toBe('Nokavēts');
    const counted = heads.reduce((sum, head) => sum + Number(/\((\d+)\)$/u.exec(head)?.[1]), 0);
    const total = Number(/^Rādīti (\d+) no/u.exec((await page.locator('#deadline-summary').textContent()) ?? '')?.[1]);
    expect(counted).toBe(total);
    for (const group of await page.locator('#deadline-table tbody.group').all()) {
      const total = Number(/\((\d+)\)$/u.exec((await group.locator('.group-head th').textContent()) ?? '')?.[1]);
      expect(await group.locator('tr[data-key]').count()).toBe(Math.min(total, 10));
    }
    const longest = page.locator('#deadline-table tbody.group', { has: page.locator('.group-more') }).first();
    const before = await longest.locator('tr[data-key]').count();
    await longest.getByRole('button', { name: /^Rādīt vēl/u }).click();
    expect(await longest.locator('tr[data-key]').count()).toBeGreaterThan(before);
    expect(await page.locator('#deadline-table tbody.group-overdue tr[data-key]:not(.bucket-overdue)').count()).toBe(0);
  });

  it('labels the filters in the right gender and gives each option its count', async () => {
    await page.goto(`${harness.url}/`);
    await page.locator(ROWS).first().waitFor();
    const first = (id: string) => page.locator(`#${id} option`).first().textContent();
    expect([await first('f-institution'), await first('f-group')]).toEqual(['Visas', 'Visas']);
    expect([await first('f-document'), await first('f-bucket')]).toEqual(['Visi', 'Visi']);
    const documents = await page.locator('#f-document option').allTextContents();
    expect(documents.slice(1).every((label) => /\(\d+\)$/u.test(label))).toBe(true);
    // Each choice shows exactly the number its option promised, the earlier choice kept.
    for (const [id, label] of [
      ['f-group', 'Darba grupa'],
      ['f-document', 'Dokuments'],
    ] as const) {
      const labels = await page.locator(`#${id} option`).allTextContents();
      const index = labels.findIndex((text, i) => i > 0 && !text.endsWith('(0)'));
      const option = page.locator(`#${id} option`).nth(index);
      const count = Number(/\((\d+)\)$/u.exec((await option.textContent()) ?? '')?.[1]);
      await page.getByLabel(label).selectOption((await option.getAttribute('value')) ?? '');
      const shown = new RegExp(`^Rādīti ${count} no`, 'u');
      await expect.poll(() => page.locator('#deadline-summary').textContent()).toMatch(shown);
    }
  });

  it('shows an English answer with English labels on the Latvian page', async () => {
    await page.goto(`${harness.url}/`);
    await ask(page, 'Who is responsible for measure 4.4.5?');
    const answer = page.locator('.message.bot .answer').last();
    expect(await answer.locator('.source-place').first().textContent()).toMatch(/^Source: /u);
    expect(await answer.locator('.followups-label').textContent()).toBe('You can also ask:');
    expect(await answer.locator('summary').first().textContent()).toBe('Show source');
    expect(await answer.textContent()).not.toMatch(/Avots|Varat jautāt|Rādīt avotu/u);
    expect(await page.locator('#chat-title').textContent()).toBe('Jautājiet par dokumentiem');
  });

  it('shows a preview of the digest in the local channel on a fresh start, marked as a preview', async () => {
    const services = buildServices({
      db: harness.runtime.db,
      engine,
      defaults: loadDigestScopes(),
      clock: () => TEST_NOW,
    });
    harness.runtime.services = services;
    harness.runtime.localChannel = services.local;
    await page.goto(`${harness.url}/`);
    const preview = page.locator('.digest.preview');
    await preview.waitFor();
    expect(await preview.locator('.preview-badge').textContent()).toBe('Priekšskatījums');
    expect(await preview.getAttribute('aria-label')).toMatch(/^Priekšskatījums: /u);
    expect(await preview.locator('.digest-section').count()).toBeGreaterThan(0);
    expect(await preview.textContent()).not.toContain('Publicēts');
  });

  it('switches to English and shows the local channel digest', async () => {
    await page.goto(`${harness.url}/`);
    await page.locator('.digest h3').waitFor();
    expect(await page.locator('.digest h3').textContent()).toBe(SAMPLE_DIGEST.title);
    await page.getByRole('button', { name: 'EN' }).click();
    expect(await page.locator('#chat-title').textContent()).toBe('Ask about the documents');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#deadline-summary').textContent()).toMatch(/^Showing \d+ of \d+/);
  });

  it('is usable by keyboard: the skip link first, Enter sends', async () => {
    await page.goto(`${harness.url}/`);
    await page.keyboard.press('Tab');
    // Evaluated as a string: the tests are type-checked without the DOM library.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Pāriet uz jautājumu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.locator('#question').focus();
    await page.keyboard.type('Ko nozīmē VBTAI?');
    await page.keyboard.press('Enter');
    await page.locator('.message.bot .answer').first().waitFor();
    expect(await page.locator('.message.bot .answer').first().textContent()).toContain('Valsts bērnu tiesību');
  });

  it('becomes usable inside an iframe that is not Teams', async () => {
    await page.goto(`${harness.url}/test-frame`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no iframe');
    await frame.waitForSelector('body[data-host="standalone"]', { timeout: 10_000 });
    await ask(frame, 'Ko nozīmē VBTAI?');
    expect(await frame.locator('.message.bot .answer').first().textContent()).toContain('Valsts bērnu tiesību');
    await page.screenshot({ path: join(artifacts, 'web-iframe.png') });
  });

  it('fits a laptop and a phone (screenshots in a temporary folder)', async () => {
    await page.goto(`${harness.url}/`);
    await ask(page, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await page.locator(ROWS).first().waitFor();
    await page.screenshot({ path: join(artifacts, 'web-laptop.png') });
    await page.screenshot({ path: join(artifacts, 'web-laptop-full.png'), fullPage: true });
    const laptopHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
    await page.setViewportSize({ width: 390, height: 844 });
    // Drawn again at phone width, as a phone would load it (fewer rows per group at first).
    await page.reload();
    await ask(page, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await page.locator(ROWS).first().waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'web-phone.png') });
    await page.locator('#deadlines').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'web-phone-deadlines.png') });
    await page.locator('#deadline-table .group-head').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'web-phone-group.png') });
    await page.screenshot({ path: join(artifacts, 'web-phone-full.png'), fullPage: true });
    const phoneHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
    console.info(`Page height: ${laptopHeight} px at 1366 px wide, ${phoneHeight} px at 390 px wide`);
  });
});
