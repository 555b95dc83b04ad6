import type { MessageKey } from './vi';
import { enCore } from './en/core';
import { enOrg } from './en/org';
import { enAdmin } from './en/admin';
import { enCalendar } from './en/calendar';
import { enDossiers } from './en/dossiers';
import { enDocuments } from './en/documents';
import { enAlerts } from './en/alerts';
import { enAgencyTasks } from './en/agency-tasks';
import { enStatistics } from './en/statistics';

/** English catalog: the same keys as vi.ts, one file per module in en/ (the compiler refuses a missing one). */
export const en: Record<MessageKey, string> = { ...enCore, ...enOrg, ...enAdmin, ...enCalendar, ...enDossiers, ...enDocuments, ...enAlerts, ...enAgencyTasks, ...enStatistics };
