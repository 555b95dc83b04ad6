import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordEscalations } from '../src/app/dossiers/record-escalations.js';
import { buildProcedureRecord } from '../src/domain/procedures/procedure.fixtures.js';
import { launchBrowser } from './support/launch-browser.js';
import { startServer, type RunningServer } from './support/start-server.js';
import { act, signIn } from './support/ui.js';

/**
 * Inter-agency handling in the browser (Decree 61/2018/ND-CP Art. 19(5)–(6); domain.md requirement 11): an inter-agency
 * procedure, a dossier forwarded, the agency's step on the dossier page; the step runs late, so the leader over the
 * receiving unit sees it escalated in the alerts tab and the nightly job records it; the agency's officer completes it
 * with the button, and the competent agency resolves the dossier.
 */
let server: RunningServer;
let browser: Browser;
/** The server's clock: real time moved forward by this much (never back, so the browser's session cookies stay valid). */
let offsetMs = 0;
let lastPage: Page | undefined;

beforeAll(async () => { [server, browser] = await Promise.all([startServer({ now: () => new Date(Date.now() + offsetMs) }), launchBrowser()]); });
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && lastPage) await lastPage.screenshot({ path: '/tmp/e2e-inter-agency-fail.png', fullPage: true }).catch(() => undefined);
});
afterAll(async () => { await browser?.close(); await server?.stop(); });

const post = async (page: Page, path: string, data: object) => {
  const response = await page.request.post(`${server.url}${path}`, { headers: { origin: server.url }, data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
};
const get = async (page: Page, path: string) => (await page.request.get(`${server.url}${path}`)).json();

describe('inter-agency dossier', () => {
  it('opens the agency step on forwarding, escalates it when late, lets the agency complete it, then resolves', async () => {
    // The catalogue: a commune procedure whose one inter-agency step belongs to the Department of Justice (officer `canbo`).
    const admin = await signIn(browser, server.url, 'admin');
    const justice = await signIn(browser, server.url, 'canbo');
    const justiceUnit = await get(admin, `/api/v1/org/units/${(await get(justice, '/api/v1/auth/me')).user.unitId}`);
    const justiceCode: string = justiceUnit.unit.code;
    expect(justiceCode).toBeTruthy();
    const procedure = buildProcedureRecord({
      code: '1.009901', name: 'Đăng ký khai sinh có xác minh liên thông (thử nghiệm)', timeLimit: { value: 10, unit: 'working_days' }, interAgency: 'sequential',
      agencySteps: [{ unitCode: justiceCode, name: 'Xác minh thông tin hộ tịch', workingDays: 1 }], validFrom: '2025-07-01',
    });
    await post(admin, '/api/v1/procedures', procedure);

    // The commune desk receives a dossier and forwards it: the Justice step opens with its own appointment.
    const desk = await signIn(browser, server.url, 'canboxa');
    lastPage = desk;
    const communeId = (await get(desk, '/api/v1/auth/me')).user.unitId;
    const received = await post(desk, '/api/v1/dossiers', {
      procedureCode: procedure.code, channel: 'in_person', receivingUnitId: communeId, decision: 'receive',
      components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }],
      applicant: { kind: 'person', name: 'Trần Văn Liên', idNumber: '042090004321', phone: '0912 000 111', email: null, address: 'Hà Tĩnh' },
    });
    const { id, code } = received as { id: string; code: string };
    await desk.goto(`${server.url}/dossiers/${id}`);
    await act(desk, 'forwarded');
    await desk.getByTestId('dossier-agency-tasks').waitFor();
    await desk.getByTestId('task-status-0').filter({ hasText: 'Đang xử lý' }).waitFor();
    expect(await desk.getByTestId('dossier-agency-tasks').innerText()).toContain('Xác minh thông tin hộ tịch');
    expect(await desk.getByTestId('task-complete-0').count()).toBe(0); // only the Justice officers complete it
    const forwarded = await get(desk, `/api/v1/dossiers/${id}`);
    const taskDueAt = Date.parse(forwarded.tasks[0].dueAt);
    expect(Date.parse(forwarded.dueAt)).toBeGreaterThan(taskDueAt);

    // A day after the step's appointment: the leader over the receiving commune sees it escalated in the alerts tab.
    offsetMs = taskDueAt + 26 * 3_600_000 - Date.now();
    const leader = await signIn(browser, server.url, 'lanhdao');
    lastPage = leader;
    await leader.goto(`${server.url}/dossiers?tab=alerts`);
    const row = leader.getByTestId(`alert-row-${code}-agency_task_overdue`);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Bước liên thông quá hạn');
    expect(text).toContain('Xác minh thông tin hộ tịch');
    expect(text).toContain(`Cơ quan chậm: ${justiceUnit.unit.name}`);
    expect(text).toMatch(/Trễ|ngoài giờ/);
    await leader.getByTestId('alerts-filter-escalated').click();
    await leader.getByTestId(`alert-row-${code}-agency_task_overdue`).waitFor();

    // The nightly job records the escalation once; the officers see it in the dossier's log.
    expect(await recordEscalations(server.ctx)).toEqual({ dossiers: [code], escalations: 1 });
    expect(await recordEscalations(server.ctx)).toEqual({ dossiers: [], escalations: 0 });
    await leader.goto(`${server.url}/dossiers/${id}`);
    await leader.locator('[data-testid^="dossier-event-"][data-type="escalated"]').filter({ hasText: 'Báo người đứng đầu Bộ phận Một cửa' }).waitFor();

    // The Justice officer completes the step with the button (late), and the escalation leaves the alerts tab.
    const officer = await signIn(browser, server.url, 'canbo');
    lastPage = officer;
    await officer.goto(`${server.url}/dossiers/${id}`);
    await officer.getByTestId('task-complete-0').click();
    await officer.getByTestId('action-submit').waitFor();
    await officer.getByTestId('action-submit').click();
    await officer.getByTestId('action-submit').waitFor({ state: 'detached', timeout: 20_000 });
    await officer.getByTestId('task-status-0').filter({ hasText: 'Hoàn thành trễ hạn' }).waitFor();
    await leader.goto(`${server.url}/dossiers?tab=alerts`);
    await leader.getByTestId('alerts-filter-open').waitFor();
    await leader.waitForLoadState('networkidle');
    await leader.locator('.ant-table-tbody').waitFor();
    expect(await leader.getByTestId(`alert-row-${code}-agency_task_overdue`).count()).toBe(0);

    // The competent agency (the commune) gives the result now that every step is done.
    const desk2 = await signIn(browser, server.url, 'canboxa');
    lastPage = desk2;
    await desk2.goto(`${server.url}/dossiers/${id}`);
    await act(desk2, 'resolved', async () => { await desk2.getByTestId('action-note').fill('Đã đăng ký khai sinh'); });
    await desk2.getByTestId('dossier-status').filter({ hasText: 'Đã xử lý xong' }).waitFor();
    const resolved = await get(desk2, `/api/v1/dossiers/${id}`);
    expect(resolved.status).toBe('resolved');
    expect(resolved.tasks.map((t: { status: string }) => t.status)).toEqual(['done_late']);
    expect(resolved.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['task_opened', 'escalated', 'task_completed', 'resolved']));
  });
});
