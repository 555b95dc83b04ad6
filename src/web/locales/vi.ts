import { viCore } from './vi/core';
import { viOrg } from './vi/org';
import { viAdmin } from './vi/admin';
import { viCalendar } from './vi/calendar';
import { viDossiers } from './vi/dossiers';
import { viDocuments } from './vi/documents';
import { viAlerts } from './vi/alerts';
import { viAgencyTasks } from './vi/agency-tasks';
import { viStatistics } from './vi/statistics';

/**
 * Vietnamese catalog — the reference language of cchc, one file per module in vi/. Every key must exist in en/ (the
 * compiler checks). Placeholders: {name}. Keep sentences short; legal references as the documents write them.
 */
export const vi = { ...viCore, ...viOrg, ...viAdmin, ...viCalendar, ...viDossiers, ...viDocuments, ...viAlerts, ...viAgencyTasks, ...viStatistics } as const;

export type MessageKey = keyof typeof vi;
