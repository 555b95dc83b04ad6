import type { MessageKey } from './vi';
import { enCore } from './en/core';
import { enOrg } from './en/org';
import { enAdmin } from './en/admin';
import { enCalendar } from './en/calendar';
import { enDossiers } from './en/dossiers';

/** English catalog: the same keys as vi.ts, one file per module in en/ (the compiler refuses a missing one). */
export const en: Record<MessageKey, string> = { ...enCore, ...enOrg, ...enAdmin, ...enCalendar, ...enDossiers };
