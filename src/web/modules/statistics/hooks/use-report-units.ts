import { useMemo } from 'react';
import { listUnits } from '../../../api/org';
import type { OrgUnit } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { defaultReportUnit, unitsUnder } from '../utils/unit-scope';

export type ReportUnits = {
  /** The units the user may report on (the default one and all below it), the default first. */
  units: OrgUnit[];
  defaultUnit: OrgUnit | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
};

/** The organisation as of today (GET /api/v1/org/units) narrowed to the user's reporting scope. */
export function useReportUnits(): ReportUnits {
  const { user } = useSession();
  const { collator } = useI18n();
  const today = todayInProvince();
  const state = useApi((signal) => listUnits({ asOf: today }, signal).then((answer) => answer.units), [today]);
  return useMemo(() => {
    const all = state.data ?? [];
    const defaultUnit = user ? defaultReportUnit(user, all) : undefined;
    return { units: unitsUnder(defaultUnit, all, collator.compare), defaultUnit, loading: state.loading, error: state.error, reload: state.reload };
  }, [state.data, state.loading, state.error, state.reload, user, collator]);
}
