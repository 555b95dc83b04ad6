import type { ReportPeriod } from '../../../api/reports';
import { getReportPeriod } from '../../../api/reports';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';
import type { StatisticsParams } from './use-statistics-params';

/** The period in force: a preset resolved by the server (GET /api/v1/reports/periods), or the free range as chosen. */
export type ResolvedPeriod = { from: string; to: string; label: string | null; labelEn: string | null };

export function useReportPeriod(params: StatisticsParams): ApiState<ResolvedPeriod | null> {
  const { preset, date, months, from, to } = params;
  return useApi(async (signal): Promise<ResolvedPeriod | null> => {
    if (preset === 'custom') return from && to ? { from, to, label: null, labelEn: null } : null;
    const period: ReportPeriod = await getReportPeriod({ preset, date, months: preset === 'first_months' ? months : undefined }, signal);
    return { from: period.from, to: period.to, label: period.label, labelEn: period.labelEn };
  }, [preset, date, preset === 'first_months' ? months : 0, preset === 'custom' ? from : '', preset === 'custom' ? to : '']);
}
