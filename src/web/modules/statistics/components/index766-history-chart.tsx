import { useMemo } from 'react';
import type { Index766History } from '../../../api/reports';
import type { ChartOption } from '../../../ui/echart';
import { LazyEChart as EChart } from '../../../ui/lazy-echart';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatScore } from '../utils/format-figures';

export type Index766HistoryChartProps = { history: Index766History; code: string; name: string };

/** One unit's Decision 766 total (bars) and rank among its peers (line, first place on top) month by month. */
export function Index766HistoryChart({ history, code, name }: Index766HistoryChartProps) {
  const { t, lang } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const lastRank = Math.max(2, ...history.periods.flatMap((p) => p.units.map((u) => u.rank ?? 0)));
    const points = history.periods.map((p) => ({ month: `${p.from.slice(5, 7)}/${p.from.slice(0, 4)}`, unit: p.units.find((u) => u.code === code) }));
    return {
      grid: { left: 48, right: 48, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.month) },
      yAxis: [
        { type: 'value', name: t('statistics.i766.total'), min: 0, axisLabel: { formatter: (v: number) => formatScore(v, lang) } },
        { type: 'value', name: t('statistics.i766.rank'), inverse: true, minInterval: 1, min: 1, max: lastRank },
      ],
      series: [
        { type: 'bar', name: t('statistics.i766.total'), data: points.map((p) => p.unit?.total ?? '-'), itemStyle: { color: '#1f6feb' }, barMaxWidth: 28 },
        { type: 'line', name: t('statistics.i766.rank'), yAxisIndex: 1, data: points.map((p) => p.unit?.rank ?? '-'), itemStyle: { color: '#a8071a' }, connectNulls: false },
      ],
    };
  }, [history, code, lang, t]);
  return <EChart option={option} height={280} ariaLabel={t('statistics.i766.history', { unit: name })} data-testid="i766-chart-history" />;
}
