import type { Browser, Page } from 'playwright-core';

/** Signs a demo user in (password `<username>-demo-2025`) in a fresh context. */
export async function signIn(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(`${username}-demo-2025`);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Picks an antd Select option by typing and choosing the option whose text contains `text`. */
export async function pick(page: Page, testId: string, typed: string | null, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed, { delay: 20 });
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor({ timeout: 10_000 });
  await option.click();
}

/** Opens an action of the dossier page, lets `fill` complete its form, and submits it. */
export async function act(page: Page, type: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${type}`).click();
  await page.getByTestId('action-submit').waitFor();
  if (fill) await fill();
  await page.getByTestId('action-submit').click();
  await page.getByTestId('action-submit').waitFor({ state: 'detached', timeout: 20_000 });
}
