import { DomainError } from '../../domain/errors.js';
import type { Dossier } from '../../domain/dossiers/dossier-types.js';
import { dossierRepository, type StoredEvent } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';

const notFound = () => new DomainError('NOT_FOUND', 'No dossier matches this code and these digits.', 'Không tìm thấy hồ sơ khớp với mã và 4 chữ số đã nhập.', { field: 'code' });

/**
 * A citizen's look-up by dossier code plus the last 4 digits of the applicant's phone or ID number, so codes cannot be
 * enumerated (Circular 01/2018/TT-VPCP Art. 16: look-up without login by dossier code).
 */
export async function lookupDossier(ctx: AppContext, o: { code: string; last4: string }): Promise<{ dossier: Dossier; procedureName: string; events: StoredEvent[] }> {
  const repository = dossierRepository(ctx.db.orm);
  const dossier = await repository.findByCode(o.code.trim());
  const digits = [dossier?.applicant.phone, dossier?.applicant.idNumber].filter((v): v is string => !!v).map((v) => v.replace(/\D/g, '').slice(-4));
  if (!dossier || !/^\d{4}$/.test(o.last4) || !digits.includes(o.last4)) throw notFound();
  const procedure = await procedureRepository(ctx.db.orm).findVersionById(dossier.procedureVersionId);
  return { dossier, procedureName: procedure?.name ?? dossier.procedureCode, events: await repository.listEvents(dossier.id) };
}

export type RatingInput = { code: string; last4: string; overall: 'satisfied' | 'neutral' | 'dissatisfied'; criteria: Record<string, 'satisfied' | 'neutral' | 'dissatisfied'>; comment: string | null };

/** The applicant rates a delivered dossier once, on the criteria of Decree 61/2018/ND-CP Art. 31. */
export async function rateDossier(ctx: AppContext, o: RatingInput): Promise<void> {
  const { dossier } = await lookupDossier(ctx, o);
  if (dossier.status !== 'delivered' && dossier.status !== 'resolved') {
    throw new DomainError('INVALID_TRANSITION', 'A dossier can be rated once its result is ready or delivered.', 'Chỉ đánh giá được khi hồ sơ đã có kết quả.', { status: dossier.status, allowedActions: [] });
  }
  await ctx.db.transaction(async (tx) => {
    const stored = await dossierRepository(tx).rate(dossier.id, { overall: o.overall, criteria: o.criteria, comment: o.comment });
    if (!stored) throw new DomainError('CONFLICT', 'This dossier has already been rated.', 'Hồ sơ này đã được đánh giá.', { field: 'code' });
  });
}
