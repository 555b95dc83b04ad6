import type { Role } from '../auth/roles.js';
import type { DossierStatus } from './dossier-types.js';

/**
 * Which unit's scope an action needs: the one-stop desk that received the dossier, the competent agency, either, or the
 * unit of the inter-agency task acted on (Decree 61/2018/ND-CP Art. 19(6)).
 */
export type ActionUnit = 'receiving' | 'competent' | 'either' | 'task';

export type ActionSpec = {
  from: readonly DossierStatus[];
  roles: readonly Role[];
  unit: ActionUnit;
  needsReason: boolean;
  /** The status after the action ('same' keeps it). */
  to: DossierStatus | 'same' | 'back';
};

const OPEN: readonly DossierStatus[] = ['submitted', 'received', 'processing', 'waiting_supplement', 'waiting_payment'];
const HANDLERS: readonly Role[] = ['unit_officer', 'leader'];

/**
 * The dossier state machine over the national status codes (domain.md §1.5) and Decree 61/2018/ND-CP Arts. 17–21,
 * Decree 118/2025/ND-CP Arts. 17–22: for each action, the statuses it may start from, who may take it and the unit
 * whose scope they must hold.
 */
export const DOSSIER_ACTIONS = {
  received: { from: ['submitted'], roles: ['desk_officer'], unit: 'receiving', needsReason: false, to: 'received' },
  refused_at_reception: { from: ['submitted'], roles: ['desk_officer'], unit: 'receiving', needsReason: true, to: 'refused_at_reception' },
  forwarded: { from: ['received'], roles: ['desk_officer'], unit: 'receiving', needsReason: false, to: 'processing' },
  assigned: { from: ['processing'], roles: HANDLERS, unit: 'competent', needsReason: false, to: 'same' },
  step_completed: { from: ['processing'], roles: ['desk_officer', ...HANDLERS], unit: 'competent', needsReason: false, to: 'same' },
  returned: { from: ['processing'], roles: HANDLERS, unit: 'competent', needsReason: true, to: 'same' },
  consultation_requested: { from: ['processing'], roles: HANDLERS, unit: 'competent', needsReason: false, to: 'same' },
  consultation_answered: { from: ['processing'], roles: HANDLERS, unit: 'competent', needsReason: false, to: 'same' },
  task_completed: { from: ['processing'], roles: HANDLERS, unit: 'task', needsReason: false, to: 'same' },
  supplement_requested: { from: ['submitted', 'received', 'processing'], roles: ['desk_officer', ...HANDLERS], unit: 'either', needsReason: true, to: 'waiting_supplement' },
  supplement_completed: { from: ['waiting_supplement'], roles: ['desk_officer', 'citizen'], unit: 'receiving', needsReason: false, to: 'back' },
  payment_requested: { from: ['received', 'processing'], roles: ['desk_officer', ...HANDLERS], unit: 'either', needsReason: false, to: 'waiting_payment' },
  paid: { from: ['waiting_payment'], roles: ['desk_officer'], unit: 'receiving', needsReason: false, to: 'back' },
  extension_requested: { from: ['processing', 'waiting_supplement', 'waiting_payment'], roles: HANDLERS, unit: 'competent', needsReason: true, to: 'same' },
  extension_approved: { from: ['processing', 'waiting_supplement', 'waiting_payment'], roles: ['leader'], unit: 'competent', needsReason: false, to: 'same' },
  extension_rejected: { from: ['processing', 'waiting_supplement', 'waiting_payment'], roles: ['leader'], unit: 'competent', needsReason: true, to: 'same' },
  resolved: { from: ['processing'], roles: HANDLERS, unit: 'competent', needsReason: false, to: 'resolved' },
  refused: { from: ['processing'], roles: ['leader'], unit: 'competent', needsReason: true, to: 'resolved' },
  delivered: { from: ['resolved'], roles: ['desk_officer'], unit: 'receiving', needsReason: false, to: 'delivered' },
  withdrawn: { from: OPEN, roles: ['desk_officer', 'citizen'], unit: 'either', needsReason: true, to: 'withdrawn' },
  stopped: { from: OPEN, roles: ['leader'], unit: 'competent', needsReason: true, to: 'stopped' },
  auto_closed: { from: ['waiting_supplement'], roles: [], unit: 'receiving', needsReason: true, to: 'stopped' },
} as const satisfies Record<string, ActionSpec>;

export type DossierActionType = keyof typeof DOSSIER_ACTIONS;
export const DOSSIER_ACTION_TYPES = Object.keys(DOSSIER_ACTIONS) as DossierActionType[];

/** The actions whose starting statuses include `status` (before role and scope checks). */
export function actionsFrom(status: DossierStatus): DossierActionType[] {
  return DOSSIER_ACTION_TYPES.filter((type) => (DOSSIER_ACTIONS[type].from as readonly DossierStatus[]).includes(status));
}
