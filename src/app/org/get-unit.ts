import { DomainError } from '../../domain/errors.js';
import { findByCodeOn } from '../../domain/org/org-queries.js';
import type { OrgEvent, OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from './load-org-history.js';

export type UnitDetails = { history: OrgHistory; unit: OrgUnit; events: OrgEvent[]; childIds: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A unit with its full history: names, parents, the events that touched it, and every unit ever below it. */
export async function getUnit(ctx: AppContext, o: { idOrCode: string; asOf: LocalDate }): Promise<UnitDetails> {
  const history = await loadOrgHistory(ctx);
  const unit = UUID.test(o.idOrCode) ? history.units.get(o.idOrCode) : findByCodeOn(history, o.idOrCode, o.asOf);
  if (!unit) {
    throw new DomainError('NOT_FOUND', `Unknown organisation unit ${o.idOrCode}.`, `Không tìm thấy đơn vị ${o.idOrCode}.`, { field: 'id' });
  }
  const events = history.events
    .filter((e) => [...e.predecessorIds, ...e.successorIds, ...e.subjectIds].includes(unit.id))
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  const childIds = [...history.units.values()].filter((u) => u.parents.some((p) => p.parentId === unit.id)).map((u) => u.id);
  return { history, unit, events, childIds };
}
