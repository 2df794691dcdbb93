/**
 * The page in a real browser (playwright-core driving Debian's chromium): ask and see the cited answer with its
 * quote, follow a suggestion, filter the dashboard, switch to English, use it inside a non-Teams iframe, and keep
 * laptop and phone screenshots under test/artifacts/. Skipped, saying why, only when /usr/bin/chromium is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { PROJECT_ROOT } from '../../../src/adapters/files/paths.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { startWeb } from '../../../src/adapters/web/start-web.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { SAMPLE_DIGEST } from '../../fixtures/teams/digest.js';
import { type Harness, startHarness, TEST_NOW } from '../teams/runtime-harness.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(PROJECT_ROOT, 'test', 'artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the browser tests: ${CHROMIUM} does not exist (apt-get install chromium).`);

let engine: AnswerEngine;
let browser: Browser;
let harness: Harness;
let page: Page;

beforeAll(async () => {
  if (!hasChromium) return;
  engine = loadEngine();
  mkdirSync(ARTIFACTS, { recursive: true });
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
    localChannel: { list: () => [posted] },
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
    const rows = page.locator('#deadline-rows tr');
    await rows.first().waitFor();
    const all = await rows.count();
    await page.getByLabel('Institūcija').selectOption('LM');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const owners = await page.locator('#deadline-rows tr td:nth-child(2)').allInnerTexts();
    expect(owners.filter((o) => !/\bLM\b|Labklājības ministrij/.test(o))).toEqual([]);
    await page.getByLabel('Stāvoklis').selectOption('overdue');
    await expect.poll(() => page.locator('#deadline-rows tr:not(.bucket-overdue)').count()).toBe(0);
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('#deadline-summary').textContent()).toMatch(/^Rādīti \d+ no \d+ · stāvoklis 2026-11-23$/);
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
    await page.screenshot({ path: join(ARTIFACTS, 'web-iframe.png') });
  });

  it('fits a laptop and a phone (screenshots kept under test/artifacts/)', async () => {
    await page.goto(`${harness.url}/`);
    await ask(page, 'Kas ir atbildīgs par 4.4.5. pasākumu?');
    await page.locator('#deadline-rows tr').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-laptop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-phone.png') });
    await page.locator('#deadlines').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'web-phone-deadlines.png') });
  });
});
