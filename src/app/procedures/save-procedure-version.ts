import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireInScope } from '../../domain/auth/access-scope.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { planProcedureVersion, requireWellFormed, type VersionDraft, type VersionPlan } from '../../domain/procedures/plan-procedure-version.js';
import type { ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { resolveAgencySteps, resolveUnitCodes } from '../../domain/procedures/resolve-unit-codes.js';
import { foldVietnamese } from '../../domain/shared/fold-vietnamese.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import type { Executor } from '../../store/db.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';

/** The roles that keep the procedure catalogue: the administrator and the provincial procedure-control function (Decree 63/2010/ND-CP Art. 15; Decree 118/2025/ND-CP Art. 8(9)). */
export const CATALOGUE_EDITORS: Actor['roles'] = ['system_admin', 'par_agency'];

/** A portable record → a draft with unit ids, resolved as of its first day. */
export function draftOf(history: OrgHistory, r: ProcedureRecord): VersionDraft {
  const { competentUnitCodes, receivingUnitCodes, agencySteps, ...rest } = r;
  return {
    ...rest,
    competentUnitIds: resolveUnitCodes(history, competentUnitCodes, r.validFrom, 'competentUnitCodes'),
    receivingUnitIds: resolveUnitCodes(history, receivingUnitCodes, r.validFrom, 'receivingUnitCodes'),
    ...(agencySteps ? { agencySteps: resolveAgencySteps(history, agencySteps, r.validFrom) } : {}),
  };
}

/** Accent-folded code, name and field: what the catalogue search matches. */
export const searchTextOf = (d: VersionDraft) => foldVietnamese(`${d.code} ${d.name} ${d.fieldName}`);

export type SavedVersion = { version: ProcedureVersion; closed: ProcedureVersion | null };

/**
 * Inside the caller's transaction: lock the procedure, plan the version against its others (no overlap; an amendment
 * closes the previous version the day before), write it and its audit record.
 */
export async function saveProcedureVersion(tx: Executor, o: { actor: Actor; history: OrgHistory; draft: VersionDraft; mode: 'create' | 'amend' | 'either'; today: LocalDate; existing?: ProcedureVersion[] }): Promise<SavedVersion> {
  requireWellFormed(o.draft);
  requireInScope(accessScope(o.actor, o.history, o.today), [...o.draft.competentUnitIds, ...o.draft.receivingUnitIds]);
  const repository = procedureRepository(tx);
  const procedureId = await repository.lockProcedure(o.draft.code);
  const existing = o.existing ?? (await repository.listVersions(o.draft.code));
  const plan: VersionPlan = planProcedureVersion({ draft: o.draft, existing, history: o.history, mode: o.mode });
  const closed = plan.close ? existing.find((v) => v.id === plan.close!.versionId)! : null;
  if (plan.close) await repository.closeVersion(plan.close.versionId, plan.close.validTo);
  const id = await repository.insertVersion(procedureId, plan.version, plan.draft, searchTextOf(plan.draft), o.actor.userId);
  const version: ProcedureVersion = { ...plan.draft, id, procedureId, version: plan.version };
  const action = plan.version === 1 ? 'procedure.created' : 'procedure.amended';
  await auditRepository(tx).record(o.actor, action, { type: 'procedure_version', id }, closed && { versionId: closed.id, validTo: closed.validTo },
    { code: version.code, version: version.version, validFrom: version.validFrom, closedVersionTo: plan.close?.validTo ?? null, draft: plan.draft });
  return { version, closed: closed && { ...closed, validTo: plan.close!.validTo } };
}
