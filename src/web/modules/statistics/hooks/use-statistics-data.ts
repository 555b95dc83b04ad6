import type { Ii06aReport, Index766, Index766History } from '../../../api/reports';
import { getIi06a, getIndex766, getIndex766History } from '../../../api/reports';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';
import type { MonthRange } from '../utils/period-ranges';
import { lastMonths } from '../utils/period-ranges';

export type ReportRequest = { unit: string; from: string; to: string } | undefined;

const nothing = <T,>() => new Promise<T>(() => undefined);

/** Form II.06a of the unit and period (GET /api/v1/reports/ii06a); waits while the request is not known. */
export function useIi06a(request: ReportRequest): ApiState<Ii06aReport> {
  return useApi((signal) => (request ? getIi06a(request, signal) : nothing<Ii06aReport>()), [request?.unit, request?.from, request?.to]);
}

/** The Decision 766 index of the unit and its departments and communes (GET /api/v1/indexes/766). */
export function useIndex766(request: ReportRequest): ApiState<Index766> {
  return useApi((signal) => (request ? getIndex766(request, signal) : nothing<Index766>()), [request?.unit, request?.from, request?.to]);
}

export type TrendPoint = MonthRange & { received: number; resolved: number; onTime: number };

/** The 12 calendar months up to the month of `end`: one II.06a request per month, in parallel. */
export function useTrend(unit: string | undefined, end: string | undefined): ApiState<TrendPoint[]> {
  return useApi(async (signal) => {
    if (!unit || !end) return nothing<TrendPoint[]>();
    const months = lastMonths(end, 12);
    const reports = await Promise.all(months.map((m) => getIi06a({ unit, from: m.from, to: m.to }, signal)));
    return months.map((m, i) => {
      const t = reports[i]!.total;
      return { ...m, received: t.receivedOnline + t.receivedInPersonOrPostal, resolved: t.resolved, onTime: t.resolvedEarly + t.resolvedOnTime };
    });
  }, [unit, end?.slice(0, 7)]);
}

/** The monthly Decision 766 totals and ranks of the unit and its departments and communes over the 12 months up to `end` (one request). */
export function useIndex766History(unit: string | undefined, end: string | undefined): ApiState<Index766History> {
  return useApi((signal) => {
    if (!unit || !end) return nothing<Index766History>();
    const months = lastMonths(end, 12);
    return getIndex766History({ unit, from: months[0]!.from, to: months[months.length - 1]!.to < end ? months[months.length - 1]!.to : end, granularity: 'month' }, signal);
  }, [unit, end]);
}
