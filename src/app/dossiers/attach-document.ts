import type { Actor } from '../../domain/auth/actor.js';
import { checkDocument } from '../../domain/dossiers/document-rules.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierDocumentRepository, type DossierDocument } from '../../store/repositories/dossier-document.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import type { AppContext } from '../app-context.js';
import { getDossier } from './get-dossier.js';
import { refreshDossierStatistics } from '../statistics/refresh-dossier-statistics.js';

/**
 * Attaches a scanned component or an electronic result to a dossier: checks type and size, stores the bytes by SHA-256
 * and marks a submitted component as digitised (Circular 01/2023/TT-VPCP Art. 8; Decree 118/2025/ND-CP Art. 17(1)(c)).
 */
export async function attachDocument(ctx: AppContext, o: { actor: Actor; dossierId: string; kind: 'component' | 'result'; componentCode: string | null; fileName: string; content: Buffer }): Promise<DossierDocument> {
  const { dossier, components } = await getDossier(ctx, { actor: o.actor, idOrCode: o.dossierId });
  if (['withdrawn', 'stopped', 'refused_at_reception', 'delivered'].includes(dossier.status)) {
    throw new DomainError('INVALID_TRANSITION', `Nothing can be attached while the dossier is ${dossier.status}.`, `Không thể đính kèm khi hồ sơ ở trạng thái ${dossier.status}.`, { status: dossier.status, allowedActions: [] });
  }
  const component = o.componentCode ? components.find((c) => c.code === o.componentCode) : undefined;
  if (o.kind === 'component' && !component) throw invalidInput('componentCode', 'Choose one of the dossier\'s components.', 'Hãy chọn một thành phần của hồ sơ.');
  const contentType = checkDocument(o.fileName, o.content);
  const { sha256, size } = await ctx.files.put(o.content); // stored before the row: a failed upload records nothing
  return ctx.db.transaction(async (tx) => {
    const document = await dossierDocumentRepository(tx).insert({ dossierId: dossier.id, componentCode: component?.code ?? null, kind: o.kind, fileName: o.fileName, contentType, sizeBytes: size, sha256 }, o.actor.userId);
    if (component && ['submitted', 'missing'].includes(component.status)) await dossierRepository(tx).setComponentStatus(dossier.id, component.code, 'digitised');
    await refreshDossierStatistics(tx, dossier.id, ctx.now().getTime());
    await auditRepository(tx).record(o.actor, 'dossier.document_attached', { type: 'dossier', id: dossier.id }, null, { documentId: document.id, kind: o.kind, componentCode: component?.code ?? null, fileName: o.fileName, sha256, size });
    return document;
  });
}
