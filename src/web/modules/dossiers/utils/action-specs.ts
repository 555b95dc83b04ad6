import type { DossierForm } from '../../../api/dossiers';
import type { DossierActionType } from '../../../api/types';

/** The parts of an action's small form besides the reason. */
export type ActionField =
  | 'assignee' | 'stepNote' | 'consultationRequest' | 'consultationAnswer' | 'missing' | 'legalBasis'
  | 'amount' | 'payment' | 'newAppointment' | 'pendingExtension' | 'resultNote' | 'agencyTask';

export type ActionSpec = {
  /** Mirrors the server's rule (dossier-actions.ts `needsReason`); `optional` shows the field without requiring it. */
  reason: 'required' | 'optional' | 'none';
  fields: readonly ActionField[];
  /** Ends or refuses the dossier: the button is red. */
  danger?: boolean;
  /** The form the action produces, offered for printing once it is done. */
  form?: DossierForm;
};

/** Every action the server may allow, with what its form asks (Decree 61/2018 Arts. 17–21; Decree 118/2025 Arts. 17–22). */
export const ACTION_SPECS: Record<DossierActionType, ActionSpec> = {
  received: { reason: 'none', fields: [], form: '01' },
  refused_at_reception: { reason: 'required', fields: [], danger: true, form: '03' },
  forwarded: { reason: 'none', fields: [] },
  assigned: { reason: 'none', fields: ['assignee'] },
  step_completed: { reason: 'none', fields: ['stepNote'] },
  returned: { reason: 'required', fields: [] },
  consultation_requested: { reason: 'none', fields: ['consultationRequest'] },
  consultation_answered: { reason: 'none', fields: ['consultationAnswer'] },
  task_completed: { reason: 'none', fields: ['agencyTask'] },
  supplement_requested: { reason: 'required', fields: ['missing', 'legalBasis'], form: '02' },
  supplement_completed: { reason: 'none', fields: [] },
  payment_requested: { reason: 'none', fields: ['amount'] },
  paid: { reason: 'none', fields: ['payment', 'amount'] },
  extension_requested: { reason: 'required', fields: ['newAppointment'], form: '04' },
  extension_approved: { reason: 'optional', fields: ['pendingExtension'], form: '04' },
  extension_rejected: { reason: 'required', fields: ['pendingExtension'] },
  resolved: { reason: 'none', fields: ['resultNote'] },
  refused: { reason: 'required', fields: [], danger: true },
  delivered: { reason: 'none', fields: [] },
  withdrawn: { reason: 'required', fields: [], danger: true, form: '05' },
  stopped: { reason: 'required', fields: [], danger: true, form: '05' },
};

/** Actions the panel knows; anything else the server lists is ignored rather than shown without a form. */
export const isKnownAction = (type: string): type is DossierActionType => Object.hasOwn(ACTION_SPECS, type);
