import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launch-browser.js';
import { startServer, type RunningServer } from './support/start-server.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => { [server, browser] = await Promise.all([startServer(), launchBrowser()]); });
afterAll(async () => { await browser?.close(); await server?.stop(); });

describe('working calendar', () => {
  it('shows the Tết 2024 break, its reason and source, and the lunar new year, without signing in', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/calendar?month=2024-02`);
    const day = (date: string) => page.getByTestId(`calendar-day-${date}`);
    await day('2024-02-10').waitFor();
    for (const date of ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14']) {
      expect(await day(date).getAttribute('data-working')).toBe('false');
    }
    expect(await day('2024-02-07').getAttribute('data-working')).toBe('true');
    expect(await day('2024-02-15').getAttribute('data-working')).toBe('true');
    expect(await day('2024-02-10').getAttribute('data-kind')).toBe('holiday');
    expect(await day('2024-02-10').textContent()).toContain('1/1');
    await day('2024-02-09').click();
    await expect.poll(() => page.getByTestId('calendar-day-details').textContent()).toContain('Tết');
    expect(await page.getByTestId('calendar-day-source').textContent()).toBeTruthy();
    await page.close();
  });

  it('computes an appointment across Tết 2024 at the desk', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/calendar?month=2024-02`);
    await page.getByTestId('due-received-date').fill('2024-02-02');
    await page.getByTestId('due-received-time').fill('09:00');
    await page.getByTestId('due-working-days').fill('5');
    await page.getByTestId('due-submit').click();
    await expect.poll(() => page.getByTestId('due-result').textContent()).toContain('16/02/2024');
    expect(await page.getByTestId('due-result').textContent()).toContain('buổi chiều');
    await page.close();
  });
});
