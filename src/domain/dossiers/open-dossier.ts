import { DomainError, invalidInput } from '../errors.js';
import type { DossierChannel, ProcedureVersion } from '../procedures/procedure-types.js';
import { checkCitizenId, checkTaxCode } from './applicant-id.js';
import type { DecideContext } from './decide-dossier-action.js';
import { decideDossierAction } from './decide-dossier-action.js';
import type { Applicant, Dossier, DossierEvent } from './dossier-types.js';

/** How a component of the dossier was provided (Circular 01/2023/TT-VPCP Art. 8; Circular 03/2025/TT-VPCP Art. 5(2)). */
export type ComponentStatus = 'submitted' | 'digitised' | 'reused' | 'exempt' | 'missing';
export type ComponentCheck = { code: string; status: ComponentStatus };

export type OpenDossierInput = {
  id: string;
  code: string;
  procedure: ProcedureVersion;
  channel: DossierChannel;
  receptionUnitId: string;
  receivingUnitId: string;
  competentUnitId: string;
  applicant: Applicant;
  components: ComponentCheck[];
  /** At the counter: receive a complete dossier, or ask once for what is missing (Form 02), or refuse it (Form 03). */
  decision: 'receive' | 'request_supplement' | 'refuse' | 'submit';
  reason?: string | null;
};

/**
 * Opens a dossier: checks the channel, the agencies, the applicant's ID and the component checklist against the
 * procedure version in force, then records the submission and the desk's decision as events (Decree 61/2018/ND-CP
 * Arts. 16–17; Decree 118/2025/ND-CP Arts. 15, 17).
 */
export function openDossier(input: OpenDossierInput, ctx: DecideContext): { dossier: Dossier; events: DossierEvent[] } {
  const p = input.procedure;
  if (!p.channels.includes(input.channel)) {
    throw invalidInput('channel', `Procedure ${p.code} cannot be submitted ${input.channel}.`, `Thủ tục ${p.code} không tiếp nhận qua kênh ${input.channel}.`, { allowed: p.channels });
  }
  if (!p.competentUnitIds.includes(input.competentUnitId)) {
    throw invalidInput('competentUnitId', 'This agency is not competent for the procedure.', 'Cơ quan này không có thẩm quyền giải quyết thủ tục.');
  }
  const receivesHere = p.receivingUnitIds.includes(input.receivingUnitId) || p.competentUnitIds.includes(input.receivingUnitId);
  if (!receivesHere && !p.outsideBoundaryAllowed) {
    throw invalidInput('receivingUnitId', 'This desk does not receive the procedure, and it is not one handled regardless of the administrative boundary.', 'Bộ phận này không tiếp nhận thủ tục, và thủ tục không thuộc danh mục tiếp nhận không phụ thuộc địa giới hành chính.');
  }
  const applicant = { ...input.applicant, idNumber: input.applicant.kind === 'person' ? checkCitizenId(input.applicant.idNumber) : checkTaxCode(input.applicant.idNumber) };
  const missing = p.components.filter((c) => c.required && !input.components.some((x) => x.code === c.code && x.status !== 'missing'));
  const unknown = input.components.filter((x) => !p.components.some((c) => c.code === x.code));
  if (unknown.length) throw invalidInput('components', `Unknown components: ${unknown.map((u) => u.code).join(', ')}.`, `Thành phần hồ sơ không có trong thủ tục: ${unknown.map((u) => u.code).join(', ')}.`);
  if (input.decision === 'receive' && missing.length) {
    throw new DomainError('INVALID_INPUT', `Required components are missing: ${missing.map((m) => m.name).join('; ')}. Ask for them once (Form 02) instead.`,
      `Còn thiếu thành phần bắt buộc: ${missing.map((m) => m.name).join('; ')}. Hãy lập phiếu yêu cầu bổ sung (Mẫu 02).`, { field: 'components', missing: missing.map((m) => m.code) });
  }
  const dossier: Dossier = {
    id: input.id, code: input.code, procedureVersionId: p.id, procedureCode: p.code, channel: input.channel,
    receptionUnitId: input.receptionUnitId, receivingUnitId: input.receivingUnitId, competentUnitId: input.competentUnitId,
    outsideBoundary: !receivesHere, applicant, status: 'submitted', stepIndex: null, assigneeId: null,
    submittedAt: ctx.now, receivedAt: null, dueAt: null, originalDueAt: null, extendedDueAt: null, pendingExtension: null,
    supplementCount: 0, waitingSince: null, resumeStatus: null, consultations: [], tasks: [], outcome: null, endedAt: null, deliveredAt: null, resultNote: null, version: 0,
  };
  const events: DossierEvent[] = [{
    type: 'submitted', at: ctx.now, actorId: ctx.actor.userId, actorName: ctx.actor.name, unitId: input.receivingUnitId,
    statusBefore: null, statusAfter: 'submitted', reason: null, payload: { channel: input.channel, components: input.components },
  }];
  const then = input.decision === 'receive' ? { type: 'received' as const }
    : input.decision === 'request_supplement' ? { type: 'supplement_requested' as const, reason: input.reason ?? 'Hồ sơ chưa đầy đủ', payload: { missing: missing.map((m) => m.name) } }
      : input.decision === 'refuse' ? { type: 'refused_at_reception' as const, reason: input.reason } : null;
  if (!then) return { dossier, events };
  const { next, event } = decideDossierAction(dossier, then, ctx);
  return { dossier: next, events: [...events, event] };
}
