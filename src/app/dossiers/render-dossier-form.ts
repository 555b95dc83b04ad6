import type { Actor } from '../../domain/auth/actor.js';
import { EVENT_TEXT } from '../../domain/dossiers/timeline-text.js';
import { DomainError } from '../../domain/errors.js';
import { ancestorsOn, nameOn } from '../../domain/org/org-queries.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { FormDataByKind, FormDossier, FormKind } from '../../documents/form-data.js';
import { renderForm } from '../../documents/render-form.js';
import { formatVietnamInstant as at } from '../../domain/shared/format-vietnam-instant.js';
import type { StoredEvent } from '../../store/repositories/dossier.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { getDossier, type DossierDetails } from './get-dossier.js';

export type DossierFormKind = Exclude<FormKind, '07'>;

const unitName = (history: OrgHistory, id: string, date: string) => { const u = history.units.get(id); return u ? nameOn(u, date).name : ''; };

/** The province a unit belongs to, for the place line ("Hà Tĩnh, ngày …"; Decree 30/2020/ND-CP Annex I). */
export function provinceNameOf(history: OrgHistory, unitId: string, date: string): string {
  const top = [unitId, ...ancestorsOn(history, unitId, date)].at(-1)!;
  return unitName(history, top, date).replace(/^(Tỉnh|Thành phố)\s+/, '');
}

function base(x: DossierDetails, history: OrgHistory, trackingBase: string, officerName: string): FormDossier {
  const d = x.dossier;
  const date = localDateOf(new Date(d.receivedAt ?? d.submittedAt));
  const status = (s: string) => (s === 'missing' ? 'missing' : s) as FormDossier['components'][number]['status'];
  return {
    code: d.code, trackingUrl: `${trackingBase}/tra-cuu?code=${encodeURIComponent(d.code)}`, procedureCode: x.procedure.code, procedureName: x.procedure.name,
    receivingUnitName: unitName(history, d.receivingUnitId, date), competentUnitName: unitName(history, d.competentUnitId, date), provinceName: provinceNameOf(history, d.receivingUnitId, date),
    applicant: { name: d.applicant.name, idNumber: d.applicant.idNumber || null, address: d.applicant.address, phone: d.applicant.phone, email: d.applicant.email },
    channel: d.channel, receivedAt: at(d.receivedAt ?? d.submittedAt), dueAt: d.dueAt === null ? null : at(d.dueAt),
    components: x.components.map((c) => ({ name: c.name, copies: x.procedure.components.find((p) => p.code === c.code)?.copies ?? 1, status: status(c.status) })),
    officerName, resultDelivery: `${unitName(history, d.receivingUnitId, date)}${x.procedure.resultType !== 'paper' ? ' hoặc trực tuyến qua Cổng Dịch vụ công' : ''}`,
  };
}

const last = (events: StoredEvent[], ...types: string[]) => [...events].reverse().find((e) => types.includes(e.type));
const missingForm = (kind: string) => new DomainError('INVALID_TRANSITION', `Form ${kind} does not apply to this dossier yet.`, `Mẫu ${kind} chưa áp dụng cho hồ sơ này.`, { field: 'form' });

/** Builds the data of a form from the dossier's state and its event log, the only source of truth (Circular 03/2025/TT-VPCP Annex I). */
export function formData(kind: DossierFormKind, x: DossierDetails, history: OrgHistory, trackingBase: string): FormDataByKind[DossierFormKind] {
  const receipt = last(x.events, 'received', 'submitted');
  const f = base(x, history, trackingBase, receipt?.actorName ?? '');
  switch (kind) {
    case '01': return f;
    case '02': {
      const e = last(x.events, 'supplement_requested') ?? (() => { throw missingForm(kind); })();
      return { ...f, officerName: e.actorName, missing: (e.payload.missing as string[]) ?? [], reason: e.reason ?? '', requestedAt: at(e.at) };
    }
    case '03': {
      const e = last(x.events, 'refused_at_reception', 'refused') ?? (() => { throw missingForm(kind); })();
      return { ...f, officerName: e.actorName, reason: e.reason ?? '', refusedAt: at(e.at) };
    }
    case '04': {
      const approved = last(x.events, 'extension_approved');
      const requested = last(x.events, 'extension_requested') ?? approved ?? (() => { throw missingForm(kind); })();
      const newDueAt = (approved?.payload.newDueAt ?? requested.payload.newDueAt) as number;
      return { ...f, officerName: requested.actorName, reason: requested.reason ?? (approved?.payload.reason as string) ?? '', originalDueAt: at(x.dossier.dueAt!), newDueAt: at(newDueAt), apologisedAt: at(requested.at), approvedBy: approved?.actorName ?? null };
    }
    case '05': {
      const e = last(x.events, 'withdrawn', 'stopped', 'auto_closed') ?? (() => { throw missingForm(kind); })();
      return { ...f, officerName: e.actorName, reason: e.reason ?? '', stoppedAt: at(e.at), byApplicant: e.type === 'withdrawn' };
    }
    case '06': {
      const steps = x.events.filter((e) => e.type !== 'submitted').map((e, i, all) => ({
        at: at(e.at), from: e.actorName, to: all[i + 1]?.actorName ?? '', action: EVENT_TEXT[e.type]?.vi ?? e.type,
        dueAt: x.dossier.dueAt === null ? null : at(x.dossier.dueAt), onTime: x.dossier.dueAt === null ? null : e.at <= x.dossier.dueAt, note: e.reason,
      }));
      return { ...f, steps };
    }
  }
}

/** One of forms 01–06 of a dossier as a PDF, for officers in scope. */
export async function renderDossierForm(ctx: AppContext, o: { actor: Actor; idOrCode: string; kind: DossierFormKind; trackingBase: string }): Promise<{ code: string; pdf: Buffer }> {
  const details = await getDossier(ctx, { actor: o.actor, idOrCode: o.idOrCode });
  const data = formData(o.kind, details, await loadOrgHistory(ctx), o.trackingBase);
  return { code: details.dossier.code, pdf: await renderForm(o.kind, data as never) };
}
