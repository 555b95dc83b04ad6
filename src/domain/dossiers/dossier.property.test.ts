/** Invariants of the dossier lifecycle under random sequences of commands (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput, buildProcedureVersion, buildUnitActor, systemActor, vnAt } from '../../test-support/dossier-factory.js';
import { DomainError } from '../errors.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { allowedActions, decideDossierAction, type DossierActor, type DossierCommand } from './decide-dossier-action.js';
import { actionsFrom, DOSSIER_ACTION_TYPES, DOSSIER_ACTIONS, type DossierActionType } from './dossier-actions.js';
import { STATUS_CODES, type Dossier, type DossierStatus } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

const HOUR = 3_600_000;
const ACTORS: Record<string, DossierActor> = {
  staff: buildUnitActor(['desk_officer', 'unit_officer', 'leader'], ['commune']),
  officer: buildUnitActor(['unit_officer'], ['commune']),
  desk: buildUnitActor(['desk_officer'], ['commune']),
  citizen: buildUnitActor(['citizen'], []),
  outsider: buildUnitActor(['desk_officer', 'unit_officer', 'leader'], ['other-commune']),
  system: systemActor,
};
const END_STATES: DossierStatus[] = ['resolved', 'delivered', 'stopped'];
const DUE_MOVERS: DossierActionType[] = ['received', 'supplement_completed', 'paid'];
const ENDINGS: DossierActionType[] = ['refused_at_reception', 'withdrawn', 'stopped', 'auto_closed', 'refused'];
const MAIN_PATH: DossierActionType[] = ['received', 'forwarded', 'step_completed', 'supplement_completed', 'paid', 'resolved', 'delivered'];

const procedureArb = fc.record({
  supplementClock: fc.constantFrom('restart' as const, 'pause' as const),
  clockStartsAfterPayment: fc.boolean(),
  timeLimit: fc.constantFrom(
    { value: 5, unit: 'working_days' as const }, { value: 2.5, unit: 'working_days' as const }, { value: 8, unit: 'working_hours' as const },
    { value: 0, unit: 'same_day' as const }, { value: 10, unit: 'calendar_days' as const },
  ),
}).map((over) => buildProcedureVersion(over));

const stepArb = fc.record({
  /** Take the main path, move the dossier on without ending it, pick any action possible now, or any action at all. */
  mode: fc.constantFrom('main', 'main', 'progress', 'progress', 'progress', 'table', 'any'),
  type: fc.constantFrom(...DOSSIER_ACTION_TYPES),
  pick: fc.nat(50),
  actor: fc.constantFrom('staff', 'staff', 'staff', 'staff', 'staff', 'officer', 'desk', 'citizen', 'outsider', 'system'),
  /** Time until this command: mostly within hours, sometimes days, now and then weeks (to get overdue dossiers). */
  advance: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 4 * HOUR }), weight: 6 },
    { arbitrary: fc.integer({ min: 0, max: 3 * 24 * HOUR }), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 21 * 24 * HOUR }), weight: 1 },
  ),
  reason: fc.constantFrom('Lý do', 'Lý do', 'Lý do', '  ', null),
  legalBasis: fc.boolean(),
  offsetHours: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 24 * 20 }), weight: 4 }, { arbitrary: fc.integer({ min: -48, max: 0 }), weight: 1 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

const startArb = fc.record({
  at: fc.integer({ min: vnAt('2026-01-05', '07:00'), max: vnAt('2026-11-30', '18:00') }),
  decision: fc.constantFrom('receive' as const, 'request_supplement' as const, 'submit' as const),
});

/** The command for a step, its payload built from the dossier as it is now (ids of its consultations, its appointment). */
function commandFor(d: Dossier, s: Step, now: number): DossierCommand {
  const table = actionsFrom(d.status);
  const forward = table.filter((t) => !ENDINGS.includes(t));
  const main = table.filter((t) => MAIN_PATH.includes(t));
  const possible = s.mode === 'main' && main.length > 0 ? main : s.mode !== 'table' && forward.length > 0 ? forward : table;
  const type = s.mode !== 'any' && possible.length > 0 ? possible[s.pick % possible.length] : s.type;
  const payload: Record<string, unknown> = {
    assigneeId: '00000000-0000-4000-8000-000000000002', unitId: 'police', question: 'q', answer: 'a', note: 'n', amountVnd: 10_000, method: 'cash', missing: ['Giấy chứng sinh'],
    consultationId: d.consultations.length ? d.consultations[s.pick % d.consultations.length].id : 'none',
    dueAt: now + s.offsetHours * HOUR,
    newDueAt: (d.dueAt ?? now) + s.offsetHours * HOUR,
  };
  if (s.legalBasis) payload.legalBasis = 'Luật Hộ tịch 2014, Điều 16';
  return { type, reason: s.reason, payload };
}

/** What the model remembers across the run, independently of the dossier's own fields. */
type Model = { resumeTo: DossierStatus | null; everPaid: boolean; supplements: number; approvedExtraSupplements: number; extendedDueAt: number | null; originalDueAt: number | null };

function checkState(d: Dossier, m: Model, procedure: ProcedureVersion): void {
  expect(Object.keys(STATUS_CODES)).toContain(d.status);
  // endedAt is set iff processing has ended: resolved, delivered, or stopped/withdrawn after receipt.
  const ended = (END_STATES.includes(d.status) && (d.status !== 'stopped' || d.receivedAt !== null)) || (d.status === 'withdrawn' && d.receivedAt !== null);
  expect(d.endedAt !== null).toBe(ended);
  // An appointment exists once received, unless the clock waits for a payment not yet made; never before receipt.
  if (d.receivedAt === null) expect(d.dueAt).toBeNull();
  else if (!(procedure.clockStartsAfterPayment && !m.everPaid)) expect(d.dueAt).not.toBeNull();
  if (d.dueAt !== null) expect(d.originalDueAt).not.toBeNull();
  // The original appointment and the re-dated one, once set, never change.
  if (m.originalDueAt !== null) expect(d.originalDueAt).toBe(m.originalDueAt);
  if (m.extendedDueAt !== null) expect(d.extendedDueAt).toBe(m.extendedDueAt);
  if (d.extendedDueAt !== null) expect(d.pendingExtension).toBeNull();
  // At most one supplement request, unless a leader cited a legal basis for each extra one.
  expect(d.supplementCount).toBe(m.supplements);
  expect(d.supplementCount).toBeLessThanOrEqual(1 + m.approvedExtraSupplements);
  // The clock is suspended exactly while waiting; a dossier being processed is at a step; an ended one at none.
  expect(d.waitingSince !== null).toBe(d.status === 'waiting_supplement' || d.status === 'waiting_payment');
  if (d.status === 'processing') expect(d.stepIndex).not.toBeNull();
  if (ended || d.status === 'withdrawn' || d.status === 'refused_at_reception') expect(d.stepIndex).toBeNull();
  if (d.deliveredAt !== null) expect(d.status).toBe('delivered');
}

describe('dossier lifecycle properties', () => {
  it('keeps its invariants under any sequence of commands (failed commands skipped)', () => {
    fc.assert(fc.property(procedureArb, startArb, fc.array(stepArb, { minLength: 1, maxLength: 60 }), (procedure, start, steps) => {
      let ids = 0;
      const newId = () => `c${++ids}`;
      const ctxAt = (now: number, actor: DossierActor) => ({ ...buildContext('2026-01-05', '07:00', { procedure, actor, newId }), now });
      const components = start.decision === 'request_supplement' ? [{ code: 'TK', status: 'submitted' as const }] : undefined;
      const opened = openDossier(buildOpenInput({ procedure, decision: start.decision, channel: start.decision === 'submit' ? 'online' : 'in_person', ...(components && { components }) }), ctxAt(start.at, ACTORS.staff));
      let d = opened.dossier;
      let now = start.at;
      const m: Model = { resumeTo: d.status === 'waiting_supplement' ? 'submitted' : null, everPaid: false, supplements: d.supplementCount, approvedExtraSupplements: 0, extendedDueAt: null, originalDueAt: d.originalDueAt };
      checkState(d, m, procedure);

      for (const step of steps) {
        now += step.advance;
        const actor = ACTORS[step.actor];
        const cmd = commandFor(d, step, now);
        const offered = allowedActions(d, actor);
        const before = structuredClone(d);
        let result: ReturnType<typeof decideDossierAction>;
        try {
          result = decideDossierAction(d, cmd, ctxAt(now, actor));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          expect(d).toEqual(before);
          // What is offered is never refused for the table, the role or the scope; what is not offered always is.
          const gate = error.code === 'NOT_ALLOWED' || (error.code === 'INVALID_TRANSITION' && !(DOSSIER_ACTIONS[cmd.type].from as readonly string[]).includes(d.status));
          if (offered.includes(cmd.type)) expect(gate).toBe(false);
          else if (cmd.type !== 'auto_closed' || actor.kind !== 'system') expect(gate).toBe(true);
          continue;
        }
        const { next, event } = result;
        const spec = DOSSIER_ACTIONS[cmd.type];
        expect(d).toEqual(before);
        if (!(cmd.type === 'auto_closed' && actor.kind === 'system')) expect(offered).toContain(cmd.type);
        // The status moves only along the table; a wait returns to where it was left.
        expect(spec.from as readonly string[]).toContain(d.status);
        const expected = spec.to === 'same' ? d.status : spec.to === 'back' ? m.resumeTo : spec.to;
        expect(next.status).toBe(expected);
        expect(event).toMatchObject({ type: cmd.type, at: now, statusBefore: d.status, statusAfter: next.status, actorId: actor.userId });
        expect(event.unitId).toBe(spec.unit === 'receiving' ? d.receivingUnitId : d.competentUnitId);
        expect(next.version).toBe(d.version + 1);
        if (spec.needsReason) expect(event.reason).toBe('Lý do');
        // The appointment moves only at receipt, at a completed supplement and at payment; an apology never moves it.
        if (!DUE_MOVERS.includes(cmd.type)) expect(next.dueAt).toBe(d.dueAt);
        if (d.extendedDueAt !== null) expect(next.extendedDueAt).toBe(d.extendedDueAt);

        if (next.status === 'waiting_supplement' || next.status === 'waiting_payment') {
          if (d.status !== next.status) m.resumeTo = d.status;
        } else m.resumeTo = null;
        if (cmd.type === 'paid') m.everPaid = true;
        if (cmd.type === 'supplement_requested') {
          m.supplements += 1;
          if (m.supplements > 1) {
            expect(typeof cmd.payload?.legalBasis === 'string' && actor.roles.includes('leader')).toBe(true);
            m.approvedExtraSupplements += 1;
          }
        }
        m.extendedDueAt ??= next.extendedDueAt;
        m.originalDueAt ??= next.originalDueAt;
        d = next;
        checkState(d, m, procedure);
      }
    }), { numRuns: 500 });
  });
});
