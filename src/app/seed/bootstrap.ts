import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findByCodeOn, unitsAsOf } from '../../domain/org/org-queries.js';
import { localDateOf, type LocalDate } from '../../domain/shared/local-date.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import type { OrgDataset } from '../../domain/org/org-dataset.js';
import { checkPasswordStrength } from '../../domain/auth/password-policy.js';
import { migrate } from '../../store/migrate.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import type { Config } from '../../config.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { demoUsers } from './demo-users.js';
import { loadOrgDatasets, readOrgDatasets } from './load-org-datasets.js';
import { seedUsers } from './seed-users.js';
import { loadCalendarSchedules, readShippedSchedules } from './load-calendar-schedules.js';
import type { AnnouncedSchedule } from '../../domain/calendar/announced-schedule.js';
import { loadProcedureDatasets, readShippedProcedures, type ProcedureDataset } from '../procedures/load-procedure-datasets.js';

export const ORG_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../data/org');

export type BootstrapReport = { migration: number; datasetsLoaded: string[]; schedulesLoaded: number[]; usersCreated: string[]; provinceId: string | null };

/**
 * Start-up: migrate, load the shipped organisation data and holiday schedules, and on a fresh database create the demo accounts
 * (demo mode) and the administrator named by CCHC_ADMIN_USER / CCHC_ADMIN_PASSWORD.
 */
export async function bootstrap(
  ctx: AppContext,
  config: Pick<Config, 'demo' | 'adminUser' | 'adminPassword' | 'provinceCode'>,
  datasets: OrgDataset[] = readOrgDatasets(ORG_DATA_DIR),
  schedules: AnnouncedSchedule[] = readShippedSchedules(),
  procedures: ProcedureDataset[] = readShippedProcedures(),
): Promise<BootstrapReport> {
  const migration = await migrate(ctx.db);
  const datasetsLoaded = await loadOrgDatasets(ctx, datasets);
  const schedulesLoaded = await loadCalendarSchedules(ctx, schedules);
  await loadProcedureDatasets(ctx, procedures);
  const history = await loadOrgHistory(ctx);
  const today = localDateOf(ctx.now());
  const settings = settingsRepository(ctx.db.orm);
  const provinceCode = config.provinceCode ?? (await settings.get<string>('province_code')) ?? demoProvinceCode(history, today);
  const province = provinceCode ? findByCodeOn(history, provinceCode, today) : undefined;
  if (province) await settings.set('province_code', province.code);
  const usersCreated: string[] = [];
  const fresh = (await userRepository(ctx.db.orm).count()) === 0;
  if (fresh && config.demo && province) usersCreated.push(...(await seedUsers(ctx, demoUsers(history, province.id, today))));
  if (config.adminUser && config.adminPassword && province) {
    checkPasswordStrength(config.adminPassword, config.adminUser);
    usersCreated.push(...(await seedUsers(ctx, [{ username: config.adminUser, displayName: config.adminUser, password: config.adminPassword, unitId: province.id, roles: ['system_admin'] }])));
  }
  return { migration, datasetsLoaded, schedulesLoaded, usersCreated, provinceId: province?.id ?? null };
}

/** The province of the demo dataset: the province that has departments or communes loaded below it today. */
function demoProvinceCode(history: OrgHistory, today: LocalDate): string | undefined {
  const parentIds = new Set(unitsAsOf(history, today).map((u) => u.parentId));
  return unitsAsOf(history, today, 'province').find((p) => parentIds.has(p.unit.id))?.unit.code;
}
