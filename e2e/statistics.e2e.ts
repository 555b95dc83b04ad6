import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../src/app/app-context.js';
import { seedDemoDossiers } from '../src/app/seed/seed-demo-dossiers.js';
import { launchBrowser } from './support/launch-browser.js';
import { startServer, type RunningServer } from './support/start-server.js';
import { pick, signIn } from './support/ui.js';

let server: RunningServer;
let browser: Browser;
let lastPage: Page | undefined;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  // A small demo year (the real first start seeds 50,000 in the background): enough for every II.06a column and the 766 ranking.
  const seeded = await seedDemoDossiers(createAppContext(server.db), { count: 400, seed: 42 });
  expect(seeded.imported).toBeGreaterThan(300);
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && lastPage) await lastPage.screenshot({ path: '/tmp/e2e-statistics-fail.png', fullPage: true }).catch(() => undefined);
});
afterAll(async () => { await browser?.close(); await server?.stop(); });

describe('statistics dashboard', () => {
  it('keeps ECharts and the dashboard out of the login page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(`${server.url}/login`);
    await page.locator('input[autocomplete="username"]').waitFor();
    expect(scripts.filter((url) => /echart|statistics-page/.test(url))).toEqual([]);
    await context.close();
  });

  it('shows the PAR agency its province: II.06a with numbers, the dossiers behind a cell, and the 766 ranking', { timeout: 180_000 }, async () => {
    const page = await signIn(browser, server.url, 'sonoivu');
    lastPage = page;
    await page.getByRole('link', { name: 'Thống kê, báo cáo' }).click();
    await page.waitForURL(/\/statistics/);
    await page.getByRole('heading', { level: 1, name: 'Thống kê, báo cáo' }).waitFor();

    // The province by default, this calendar year (the server names the period).
    const table = page.getByTestId('ii06a-table');
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('stats-period').innerText()).toMatch(/^Báo cáo năm \d{4}: từ ngày 01\/01\/\d{4} đến ngày 31\/12\/\d{4}$/);
    const { from, to } = { from: `${new Date().getUTCFullYear()}-01-01`, to: `${new Date().getUTCFullYear()}-12-31` };
    const api = await (await page.request.get(`${server.url}/api/v1/reports/ii06a?unit=42&from=${from}&to=${to}`)).json();
    expect(api.total.received).toBeGreaterThan(0);
    const received = page.getByTestId('ii06a-cell-total-received');
    expect(await received.innerText()).toBe(new Intl.NumberFormat('vi-VN').format(api.total.received));
    expect(await page.getByTestId('ii06a-cell-total-resolvedOnTime').innerText()).toBe(new Intl.NumberFormat('vi-VN').format(api.total.resolvedOnTime));
    // Two-level header of the form and one row per field plus the total.
    for (const heading of ['Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đang giải quyết', 'Kỳ trước chuyển qua', 'Trước hạn', 'Rút hồ sơ']) {
      await table.locator('thead th').filter({ hasText: heading }).first().waitFor();
    }
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(api.rows.length + 1);

    // Overview: the on-time rate with 2 decimals and a comma.
    const onTime = (api.total.resolvedEarly + api.total.resolvedOnTime) / api.total.resolved * 100;
    const onTimeText = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(onTime / 100);
    await page.getByTestId('stats-card-onTime').filter({ hasText: onTimeText }).waitFor();
    expect(onTimeText).toMatch(/^\d{1,3},\d{2}%$/);

    // A cell lists its dossiers with the rule on top; a code opens the dossier.
    await received.click();
    const drawer = page.getByTestId('stats-drawer');
    await drawer.getByTestId('stats-drawer-rule').filter({ hasText: 'Tiếp nhận trước hoặc trong kỳ' }).waitFor();
    await drawer.getByTestId('stats-drawer-code').first().waitFor();
    expect(await drawer.getByTestId('stats-drawer-total').innerText()).toBe(`${new Intl.NumberFormat('vi-VN').format(api.total.received)} hồ sơ`);
    const codes = await drawer.getByTestId('stats-drawer-code').allInnerTexts();
    expect(codes.length).toBe(Math.min(20, api.total.received));
    for (const code of codes) expect(code).toMatch(/-\d{6}-\d{4}$/);
    const href = await drawer.getByTestId('stats-drawer-code').first().getAttribute('href');
    expect(href).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
    if (process.env.CCHC_E2E_SHOTS) await page.screenshot({ path: '/tmp/statistics-drawer.png' });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // Decision 766: rankings of departments and communes, the chart of totals, and the sub-indices of a unit.
    const section = page.getByTestId('i766-section');
    const departments = page.getByTestId('i766-ranking-departments');
    await departments.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    expect(await departments.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(3);
    await section.getByRole('tab', { name: /UBND cấp xã/ }).waitFor();
    await page.getByTestId('i766-chart-totals').locator('svg').waitFor();
    await page.getByTestId('i766-chart-history').locator('svg').waitFor({ timeout: 30_000 });
    await page.getByTestId('i766-subindices').locator('tbody tr').filter({ hasText: '4.2' }).waitFor();
    await departments.locator('tbody tr.ant-table-row').first().getByRole('button').click();
    await page.getByTestId('i766-open-2.1').click();
    await drawer.getByTestId('stats-drawer-rule').filter({ hasText: 'Hồ sơ xử lý trước hạn, đúng hạn' }).waitFor();
    await drawer.getByTestId('stats-drawer-total').waitFor();
    if (process.env.CCHC_E2E_SHOTS) await page.screenshot({ path: '/tmp/statistics-drawer-766.png' });
    await page.keyboard.press('Escape');
    await page.getByTestId('stats-trend').locator('svg').waitFor({ timeout: 30_000 });

    // Another period: the Decree 09/2019 monthly cut-off window, named by the server; the choice is kept in the address.
    await pick(page, 'stats-preset', null, 'Tháng (chốt số liệu 15–14');
    await expect.poll(() => page.getByTestId('stats-period').innerText())
      .toMatch(/^Báo cáo tháng \d{1,2} năm \d{4} \(số liệu từ ngày 15\/\d{2}\/\d{4} đến ngày 14\/\d{2}\/\d{4}\)$/);
    expect(page.url()).toContain('preset=cutoff_month');
    await page.getByTestId('ii06a-cell-total-received').waitFor();

    if (process.env.CCHC_E2E_SHOTS) {
      // Set CCHC_E2E_SHOTS=1 to look at the layout: the page and each section.
      await page.screenshot({ path: '/tmp/statistics-page.png', fullPage: true });
      await page.getByTestId('stats-overview').screenshot({ path: '/tmp/statistics-overview.png' });
      await table.screenshot({ path: '/tmp/statistics-ii06a.png' });
      await section.screenshot({ path: '/tmp/statistics-766.png' });
      await page.getByTestId('stats-trend').screenshot({ path: '/tmp/statistics-trend.png' });
    }
  });
});
