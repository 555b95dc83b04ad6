import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launch-browser.js';
import { startServer, type RunningServer } from './support/start-server.js';
import { act, pick, signIn } from './support/ui.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => { [server, browser] = await Promise.all([startServer(), launchBrowser()]); });
/** On failure, a screenshot of the desk officer's page helps to see why (CI keeps /tmp for the run). */
let lastPage: Page | undefined;
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && lastPage) await lastPage.screenshot({ path: '/tmp/e2e-dossier-fail.png', fullPage: true }).catch(() => undefined);
});
afterAll(async () => { await browser?.close(); await server?.stop(); });

describe('one-stop dossier handling', () => {
  it('receives at the counter, prints Form 01, runs a supplement, re-dates with an approved apology, delivers; the citizen looks it up and rates it', async () => {
    const desk = await signIn(browser, server.url, 'canboxa');
    lastPage = desk;
    await desk.goto(`${server.url}/dossiers/new`);
    await pick(desk, 'intake-procedure', 'xac nhan tinh trang hon', '1.004873');
    await desk.getByTestId('intake-component-TK').waitFor();
    await desk.getByTestId('intake-applicant-name').fill('Trần Thị Bình');
    await desk.getByTestId('intake-applicant-id').fill('042090001234');
    await desk.getByTestId('intake-applicant-phone').fill('0912 345 678');
    await pick(desk, 'intake-component-TK', null, 'Đã nộp');
    const scan = { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% to khai\n%%EOF\n') };
    await desk.getByTestId('intake-attachments').locator('input[type=file]').setInputFiles(scan);
    await desk.getByTestId('intake-attachment-list').filter({ hasText: 'to-khai.pdf' }).waitFor();
    await desk.getByTestId('intake-receive').click();
    await desk.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    const code = (await desk.getByTestId('dossier-code').innerText()).trim();
    const id = desk.url().split('/').pop()!;
    expect(code).toMatch(/-\d{6}-\d{4}$/);

    // The scan chosen at the counter is listed with its size, type and checksum, and downloads as sent.
    const scanRow = desk.getByTestId('document-row-to-khai.pdf');
    await scanRow.filter({ hasText: 'PDF' }).waitFor();
    const listed = await (await desk.request.get(`${server.url}/api/v1/dossiers/${id}/documents`)).json();
    expect(listed.documents).toMatchObject([{ fileName: 'to-khai.pdf', componentCode: 'TK', contentType: 'application/pdf', sizeBytes: scan.buffer.length }]);
    expect(await scanRow.innerText()).toContain(listed.documents[0].sha256.slice(0, 8));
    const href = await scanRow.getByRole('link').getAttribute('href');
    expect((await (await desk.request.get(`${server.url}${href}`)).body()).equals(scan.buffer)).toBe(true);
    await desk.getByTestId('dossier-documents').locator('input[type=file]').setInputFiles({ ...scan, name: 'ban-sao.pdf', buffer: Buffer.from('%PDF-1.4\n% ban sao\n') });
    await desk.getByTestId('document-row-ban-sao.pdf').waitFor();

    const form = await desk.request.get(`${server.url}/api/v1/dossiers/${id}/forms/01`);
    expect(form.headers()['content-type']).toBe('application/pdf');
    expect((await form.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await act(desk, 'forwarded');
    await desk.getByTestId('dossier-status').filter({ hasText: 'Đang xử lý' }).waitFor();
    await act(desk, 'supplement_requested', async () => {
      await desk.getByTestId('action-missing').click();
      await desk.keyboard.type('Bản sao giấy khai sinh');
      await desk.keyboard.press('Enter');
      await desk.locator('.ant-modal-title').click();
      await desk.getByTestId('action-reason').fill('Thiếu giấy tờ chứng minh nhân thân');
    });
    await desk.getByTestId('dossier-status').filter({ hasText: 'Yêu cầu bổ sung' }).waitFor();
    await act(desk, 'supplement_completed');
    await desk.getByTestId('dossier-status').filter({ hasText: 'Đang xử lý' }).waitFor();
    const afterSupplement = await (await desk.request.get(`${server.url}/api/v1/dossiers/${id}`)).json();
    const completed = afterSupplement.events.find((e: { type: string }) => e.type === 'supplement_completed');
    expect(completed.payload).toMatchObject({ clock: 'restart' });
    expect(afterSupplement.dueAt >= afterSupplement.originalDueAt).toBe(true);

    const newDueAt = new Date(Date.parse(afterSupplement.dueAt) + 7 * 86_400_000).toISOString();
    const apology = await desk.request.post(`${server.url}/api/v1/dossiers/${id}/actions`, { headers: { origin: server.url }, data: { type: 'extension_requested', version: afterSupplement.version, reason: 'Cần xác minh tại nơi cư trú', payload: { newDueAt } } });
    expect(apology.status()).toBe(200);

    const leader = await signIn(browser, server.url, 'lanhdao');
    await leader.goto(`${server.url}/dossiers?tab=pending_apology`);
    await leader.getByTestId(`queue-row-${code}`).waitFor();
    await leader.goto(`${server.url}/dossiers/${id}`);
    await leader.getByTestId('dossier-pending-apology').waitFor();
    await act(leader, 'extension_approved');
    await leader.getByTestId('dossier-pending-apology').waitFor({ state: 'detached' });
    const approved = await (await leader.request.get(`${server.url}/api/v1/dossiers/${id}`)).json();
    expect(approved.extendedDueAt).not.toBeNull();
    expect(approved.dueAt).toBe(afterSupplement.dueAt);

    await desk.reload();
    await act(desk, 'resolved', async () => {
      await desk.getByTestId('action-note').fill('Đã cấp Giấy xác nhận tình trạng hôn nhân');
      await desk.locator('.ant-modal input[type=file]').setInputFiles({ ...scan, name: 'ket-qua.pdf', buffer: Buffer.from('%PDF-1.4\n% ket qua\n') });
      await desk.getByTestId('action-result-file').waitFor();
    });
    await desk.getByTestId('dossier-status').filter({ hasText: 'Đã xử lý xong' }).waitFor();
    await desk.getByTestId('document-row-ket-qua.pdf').filter({ hasText: 'Kết quả giải quyết' }).waitFor();
    await act(desk, 'delivered');
    await desk.getByTestId('dossier-status').filter({ hasText: 'Đã trả kết quả' }).waitFor();

    const citizen = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await citizen.goto(`${server.url}/tra-cuu?code=${encodeURIComponent(code)}`);
    await citizen.getByTestId('lookup-last4').fill('5678');
    await citizen.getByTestId('lookup-submit').click();
    await citizen.getByTestId('lookup-status').filter({ hasText: 'Đã trả kết quả' }).waitFor();
    expect(await citizen.getByTestId('lookup-timeline').innerText()).toContain('hẹn lại');
    await citizen.getByTestId('rating-overall-satisfied').click();
    await citizen.getByTestId('rating-submit').click();
    await citizen.getByTestId('rating-done').waitFor();
  });
});
