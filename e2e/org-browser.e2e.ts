import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launch-browser.js';
import { startServer, type RunningServer } from './support/start-server.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => { [server, browser] = await Promise.all([startServer(), launchBrowser()]); });
afterAll(async () => { await browser?.close(); await server?.stop(); });

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(`${username}-demo-2025`);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('organisation browser', () => {
  it('shows the demo province with its districts until 30/06/2025 and without them from 01/07/2025', async () => {
    const page = await browser.newPage();
    await signIn(page, 'canbo');
    await expect.poll(() => page.getByText('Lê Thị Cán Bộ').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/org`);

    await page.getByTestId('org-asof-2025-06-30').click();
    const district = page.getByTestId('org-unit-439');
    await district.waitFor();
    expect(await district.textContent()).toContain('Hương Sơn');
    // Commune codes are reused: 18754 is an old commune until 30/06/2025, then the new Phường Sông Trí.
    expect(await page.getByText('Phường Sông Trí').count()).toBe(0);

    await page.getByTestId('org-asof-2025-07-01').click();
    await page.getByText('Phường Sông Trí').first().waitFor();
    expect(await page.getByTestId('org-unit-18754').textContent()).toContain('Sông Trí');
    expect(await page.getByTestId('org-unit-439').count()).toBe(0);
    expect(await page.getByTestId('org-unit-436').count()).toBe(0);
    expect(await page.getByTestId('org-unit-42').count()).toBe(1);
    await page.close();
  });

  it('refuses a wrong password with the Vietnamese message and stays on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.locator('input[autocomplete="username"]').fill('canbo');
    await page.locator('input[autocomplete="current-password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });
});
