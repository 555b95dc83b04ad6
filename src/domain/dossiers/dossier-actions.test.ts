import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { actionsFrom, DOSSIER_ACTION_TYPES, DOSSIER_ACTIONS, type DossierActionType } from './dossier-actions.js';
import { STATUS_CODES, type DossierStatus } from './dossier-types.js';

const STATUSES = Object.keys(STATUS_CODES) as DossierStatus[];
const OPEN: DossierStatus[] = ['submitted', 'received', 'processing', 'waiting_supplement', 'waiting_payment'];
const TERMINAL: DossierStatus[] = ['refused_at_reception', 'withdrawn', 'stopped', 'delivered'];
const HANDLERS: Role[] = ['unit_officer', 'leader'];
const WAITS: DossierStatus[] = ['processing', 'waiting_supplement', 'waiting_payment'];

/**
 * The state machine as the law reads (domain.md §1.4 C–J, §1.5; requirements 3, 7, 9, 10, 12), written out independently
 * of dossier-actions.ts: where each action may start, where it leads, who takes it, for which unit, and whether it needs a reason.
 */
const EXPECTED: Record<DossierActionType, { from: DossierStatus[]; to: DossierStatus | 'same' | 'back'; roles: Role[]; unit: 'receiving' | 'competent' | 'either' | 'task'; reason: boolean }> = {
  received: { from: ['submitted'], to: 'received', roles: ['desk_officer'], unit: 'receiving', reason: false },
  refused_at_reception: { from: ['submitted'], to: 'refused_at_reception', roles: ['desk_officer'], unit: 'receiving', reason: true },
  forwarded: { from: ['received'], to: 'processing', roles: ['desk_officer'], unit: 'receiving', reason: false },
  assigned: { from: ['processing'], to: 'same', roles: HANDLERS, unit: 'competent', reason: false },
  step_completed: { from: ['processing'], to: 'same', roles: ['desk_officer', ...HANDLERS], unit: 'competent', reason: false },
  returned: { from: ['processing'], to: 'same', roles: HANDLERS, unit: 'competent', reason: true },
  consultation_requested: { from: ['processing'], to: 'same', roles: HANDLERS, unit: 'competent', reason: false },
  consultation_answered: { from: ['processing'], to: 'same', roles: HANDLERS, unit: 'competent', reason: false },
  task_completed: { from: ['processing'], to: 'same', roles: HANDLERS, unit: 'task', reason: false },
  supplement_requested: { from: ['submitted', 'received', 'processing'], to: 'waiting_supplement', roles: ['desk_officer', ...HANDLERS], unit: 'either', reason: true },
  supplement_completed: { from: ['waiting_supplement'], to: 'back', roles: ['desk_officer', 'citizen'], unit: 'receiving', reason: false },
  payment_requested: { from: ['received', 'processing'], to: 'waiting_payment', roles: ['desk_officer', ...HANDLERS], unit: 'either', reason: false },
  paid: { from: ['waiting_payment'], to: 'back', roles: ['desk_officer'], unit: 'receiving', reason: false },
  extension_requested: { from: WAITS, to: 'same', roles: HANDLERS, unit: 'competent', reason: true },
  extension_approved: { from: WAITS, to: 'same', roles: ['leader'], unit: 'competent', reason: false },
  extension_rejected: { from: WAITS, to: 'same', roles: ['leader'], unit: 'competent', reason: true },
  resolved: { from: ['processing'], to: 'resolved', roles: HANDLERS, unit: 'competent', reason: false },
  refused: { from: ['processing'], to: 'resolved', roles: ['leader'], unit: 'competent', reason: true },
  delivered: { from: ['resolved'], to: 'delivered', roles: ['desk_officer'], unit: 'receiving', reason: false },
  withdrawn: { from: OPEN, to: 'withdrawn', roles: ['desk_officer', 'citizen'], unit: 'either', reason: true },
  stopped: { from: OPEN, to: 'stopped', roles: ['leader'], unit: 'competent', reason: true },
  auto_closed: { from: ['waiting_supplement'], to: 'stopped', roles: [], unit: 'receiving', reason: true },
};
const sorted = <T>(xs: readonly T[]): T[] => [...xs].sort();

describe('DOSSIER_ACTIONS', () => {
  it('has exactly the actions of the lifecycle, no more and no fewer', () => {
    expect(sorted(DOSSIER_ACTION_TYPES)).toEqual(sorted(Object.keys(EXPECTED)));
  });

  it.each(Object.entries(EXPECTED))('%s starts only from its statuses and leads where the law says', (type, expected) => {
    const spec = DOSSIER_ACTIONS[type as DossierActionType];
    expect(sorted(spec.from)).toEqual(sorted(expected.from));
    expect(spec.to).toBe(expected.to);
  });

  it.each(Object.entries(EXPECTED))('%s is taken by its roles for its unit, with a reason when one is required', (type, expected) => {
    const spec = DOSSIER_ACTIONS[type as DossierActionType];
    expect(sorted(spec.roles)).toEqual(sorted(expected.roles));
    expect(spec.unit).toBe(expected.unit);
    expect(spec.needsReason).toBe(expected.reason);
  });

  it('only leads to statuses that exist (national codes 1–10)', () => {
    expect(sorted(Object.values(STATUS_CODES))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].sort());
    for (const spec of Object.values(DOSSIER_ACTIONS)) {
      if (spec.to !== 'same' && spec.to !== 'back') expect(STATUSES).toContain(spec.to);
      for (const from of spec.from) expect(STATUSES).toContain(from);
    }
  });

  it('lets no action end a dossier without a reason except a result (resolved) and its delivery', () => {
    const ending = DOSSIER_ACTION_TYPES.filter((t) => ['refused_at_reception', 'withdrawn', 'stopped'].includes(DOSSIER_ACTIONS[t].to));
    expect(sorted(ending)).toEqual(sorted(['refused_at_reception', 'withdrawn', 'stopped', 'auto_closed']));
    for (const t of [...ending, 'refused' as const]) expect(DOSSIER_ACTIONS[t].needsReason).toBe(true);
  });

  it('gives the automatic closing to no user role (only the system job closes)', () => {
    expect(DOSSIER_ACTIONS.auto_closed.roles).toEqual([]);
  });

  it('allows withdrawal and stopping from every open status and from no decided one (requirement 10)', () => {
    expect(sorted(DOSSIER_ACTIONS.withdrawn.from)).toEqual(sorted(OPEN));
    expect(sorted(DOSSIER_ACTIONS.stopped.from)).toEqual(sorted(OPEN));
    expect(DOSSIER_ACTIONS.withdrawn.from).not.toContain('resolved');
    expect(DOSSIER_ACTIONS.stopped.from).not.toContain('resolved');
  });
});

describe(actionsFrom.name, () => {
  it.each(TERMINAL)('allows nothing once the dossier is %s', (status) => {
    expect(actionsFrom(status)).toEqual([]);
  });

  it('allows only the delivery of a result that is ready', () => {
    expect(actionsFrom('resolved')).toEqual(['delivered']);
  });

  it.each(STATUSES)('lists, for %s, exactly the actions whose starting statuses include it, in table order', (status) => {
    const expected = DOSSIER_ACTION_TYPES.filter((t) => EXPECTED[t].from.includes(status));
    expect(actionsFrom(status)).toEqual(expected);
  });

  it('offers reception, refusal, a supplement request, withdrawal and stopping for a dossier submitted online', () => {
    expect(sorted(actionsFrom('submitted'))).toEqual(sorted(['received', 'refused_at_reception', 'supplement_requested', 'withdrawn', 'stopped']));
  });

  it('offers, while waiting for a supplement, its completion, the apology, withdrawal, stopping and the automatic closing', () => {
    expect(sorted(actionsFrom('waiting_supplement'))).toEqual(sorted([
      'supplement_completed', 'extension_requested', 'extension_approved', 'extension_rejected', 'withdrawn', 'stopped', 'auto_closed',
    ]));
  });

  it('offers, while waiting for payment, the payment, the apology, withdrawal and stopping', () => {
    expect(sorted(actionsFrom('waiting_payment'))).toEqual(sorted(['paid', 'extension_requested', 'extension_approved', 'extension_rejected', 'withdrawn', 'stopped']));
  });

  it('has every open status lead somewhere and every terminal one nowhere', () => {
    for (const status of OPEN) expect(actionsFrom(status).length).toBeGreaterThan(0);
    for (const status of STATUSES) expect(actionsFrom(status).length === 0).toBe(TERMINAL.includes(status));
  });
});
