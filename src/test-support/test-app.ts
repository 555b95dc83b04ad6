import type { FastifyInstance } from 'fastify';
import { createAppContext, type AppContext } from '../app/app-context.js';
import { bootstrap } from '../app/seed/bootstrap.js';
import { demoPassword } from '../app/seed/demo-users.js';
import type { OrgDataset } from '../domain/org/org-dataset.js';
import { buildServer } from '../http/build-server.js';
import type { FileStore } from '../store/file-store.js';
import { buildTestProvinceDatasets } from './org-factory.js';
import { buildTestProcedureDatasets } from './procedure-factory.js';
import type { ProcedureDataset } from '../app/procedures/load-procedure-datasets.js';
import { createTestDb } from './test-db.js';

export type TestApp = {
  ctx: AppContext;
  app: FastifyInstance;
  /** Signs a demo user in and returns the Cookie header to send. */
  login: (username: string) => Promise<string>;
  close: () => Promise<void>;
};

/** A migrated database seeded with the given datasets and demo users, behind a server for `inject`. */
export async function createTestApp(o: { datasets?: OrgDataset[]; procedures?: ProcedureDataset[]; now?: Date | (() => Date); loginRateLimit?: { max: number; timeWindow: number }; lookupRateLimit?: { max: number; timeWindow: number }; files?: FileStore } = {}): Promise<TestApp> {
  const { db, drop } = await createTestDb();
  const now = typeof o.now === 'function' ? o.now : () => (o.now as Date | undefined) ?? new Date('2026-03-02T03:00:00Z');
  const ctx = createAppContext(db, now, o.files);
  await bootstrap(ctx, { demo: true, adminUser: undefined, adminPassword: undefined, provinceCode: undefined }, o.datasets ?? buildTestProvinceDatasets(), undefined, o.procedures ?? buildTestProcedureDatasets());
  const app = await buildServer(ctx, { loginRateLimit: o.loginRateLimit ?? { max: 1000, timeWindow: 60_000 }, lookupRateLimit: o.lookupRateLimit ?? { max: 1000, timeWindow: 60_000 } });
  const login = async (username: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: demoPassword(username) } });
    if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'cchc_session')!;
    return `${cookie.name}=${cookie.value}`;
  };
  return { ctx, app, login, close: async () => { await app.close(); await drop(); } };
}
