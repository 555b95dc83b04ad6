import type { DossierForm } from '../../../api/dossiers';
import type { ComponentStatus, DossierChannel, DossierStatus, QueueView, RatingCriterion, RatingLevel, RoleCode } from '../../../api/types';

/** The queue's tabs in order; `roles`: only holders of one of them see the tab. */
export const QUEUE_TABS: readonly { tab: QueueView; roles?: readonly RoleCode[] }[] = [
  { tab: 'open' }, { tab: 'due_soon' }, { tab: 'overdue' }, { tab: 'alerts' }, { tab: 'waiting_supplement' }, { tab: 'to_deliver' },
  { tab: 'pending_apology', roles: ['leader'] }, { tab: 'all' },
];

export const isQueueTab = (value: string | null): value is QueueView => QUEUE_TABS.some((entry) => entry.tab === value);

/** antd Tag colours by status; the status name is always written beside the colour. */
export const STATUS_COLOR: Record<DossierStatus, string> = {
  submitted: 'purple', received: 'geekblue', refused_at_reception: 'default', processing: 'blue',
  waiting_supplement: 'orange', waiting_payment: 'gold', withdrawn: 'default', stopped: 'volcano',
  resolved: 'green', delivered: 'cyan',
};

export const DOSSIER_STATUSES = Object.keys(STATUS_COLOR) as DossierStatus[];

export const isDossierStatus = (value: string | null | undefined): value is DossierStatus =>
  !!value && (DOSSIER_STATUSES as string[]).includes(value);

/** The channels a desk officer chooses from (online dossiers come from citizens). */
export const DESK_CHANNELS: readonly DossierChannel[] = ['in_person', 'postal'];

/** Component statuses in the order of the checklist's select. */
export const COMPONENT_STATUSES: readonly ComponentStatus[] = ['submitted', 'digitised', 'reused', 'exempt', 'missing'];

export const RATING_LEVELS: readonly RatingLevel[] = ['satisfied', 'neutral', 'dissatisfied'];

/** Decree 61/2018/ND-CP Art. 31: what the applicant rates besides the overall level. */
export const RATING_CRITERIA: readonly RatingCriterion[] = ['time', 'visits', 'information', 'attitude', 'lawfulness', 'online'];

/** The printable forms of a dossier (Circular 03/2025/TT-VPCP, Annex I). */
export const DOSSIER_FORMS: readonly DossierForm[] = ['01', '02', '03', '04', '05', '06'];
